import type { Coach } from '../../app/practice/coach';
import type { AppServices } from '../../app/contexts';
import type { HumLive, HumMonitor } from '../../app/hum/hum-monitor';
import { LiveController } from '../shared/live-controller';

/** Loads the hum monitor for a hum practice and follows its live state while the host is connected. */
export class HumController extends LiveController<HumLive, HumMonitor> {
  private loading: AppServices | null = null;

  /** Loads the monitor once for a hummed practice, ready for the Start tap; call it in `willUpdate`. */
  follow(services: AppServices | null | undefined, hums: boolean): void {
    if (!services || !hums || this.loading === services) return;
    this.loading = services;
    services
      .loadHum()
      .then((monitor) => {
        this.attach(monitor);
      })
      .catch(() => {
        this.loading = null;
      });
  }

  /** Listens through `coach`'s practice (call it from the Start tap): at once when loaded. */
  track(services: AppServices, coach: Coach): void {
    if (this.monitor) this.monitor.track(coach);
    else
      void services.loadHum().then((monitor) => {
        monitor.track(coach);
      });
  }
}
