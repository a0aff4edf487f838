import type { HeartLive, HeartMonitor } from '../../app/heart/heart-monitor';
import { LiveController } from '../shared/live-controller';

/** Follows the heart monitor's live state while the host is connected, re-rendering on each change. */
export class HeartController extends LiveController<HeartLive, HeartMonitor> {
  /** Follow `monitor` (call it from the host's `willUpdate`, so it is followed once services arrive). */
  follow(monitor: HeartMonitor | null | undefined): void {
    if (!monitor || monitor === this.monitor) return;
    this.attach(monitor);
  }
}
