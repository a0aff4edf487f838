import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Coach } from '../app/coach';
import type { AppServices } from '../app/contexts';
import type { HumLive, HumMonitor } from '../app/hum-monitor';

/** Loads the hum monitor for a hum practice and follows its live state while the host is connected. */
export class HumController implements ReactiveController {
  live: HumLive | null = null;
  private monitor: HumMonitor | null = null;
  private loading: AppServices | null = null;
  private unsubscribe: (() => void) | null = null;
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Loads the monitor (once) when the practice hums, so Start finds it ready inside the tap. */
  follow(services: AppServices | null | undefined, hums: boolean): void {
    if (!services || !hums || this.loading === services) return;
    this.loading = services;
    services
      .loadHum()
      .then((monitor) => {
        this.monitor = monitor;
        if (this.connected) this.listen();
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

  hostConnected(): void {
    this.connected = true;
    if (this.monitor) this.listen();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private listen(): void {
    this.unsubscribe?.();
    const monitor = this.monitor;
    if (!monitor) return;
    this.live = monitor.live;
    this.unsubscribe = monitor.subscribe((live) => {
      this.live = live;
      this.host.requestUpdate();
    });
    this.host.requestUpdate();
  }
}
