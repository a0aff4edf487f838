import type { Coach } from '../../app/practice/coach';
import type { AppServices } from '../../app/contexts';
import type { PauseLive, PauseMonitor } from '../../app/pause/pause-monitor';
import type { PromptId } from '../../core/content/prompts';
import { LiveController } from '../shared/live-controller';

/**
 * Loads the pause monitor and its sensor adapter when the five-minute pause's screen opens (so the
 * Start tap can ask for the sensors synchronously), and follows its live state while connected.
 */
export class PauseController extends LiveController<PauseLive, PauseMonitor> {
  private loading: AppServices | null = null;

  /** Loads the monitor and the sensors (once) for a face-down gate; call it from `willUpdate`. */
  follow(services: AppServices | null | undefined, gated: boolean): void {
    if (!services || !gated || this.loading === services) return;
    this.loading = services;
    services
      .loadPause()
      .then((monitor) => {
        this.attach(monitor);
        void monitor.prepare();
      })
      .catch(() => {
        this.loading = null;
      });
  }

  /** Asks for the sensors; call it inside the Start tap, before anything is awaited. */
  ask(): void {
    void this.monitor?.requestPermission();
  }

  /** Chooses spoken variants with what the sensors know (passed to the launcher's tuning). */
  readonly choosePrompt = (id: PromptId): PromptId => this.monitor?.choosePrompt(id) ?? id;

  /** Follows `coach`'s pause (call it from the Start tap, after starting). */
  track(services: AppServices, coach: Coach): void {
    if (this.monitor) this.monitor.track(coach);
    else
      void services.loadPause().then((monitor) => {
        monitor.track(coach);
      });
  }

  /** Runs on from the face-down wait at once. */
  begin(): void {
    this.monitor?.begin();
  }
}
