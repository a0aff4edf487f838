import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HeartLive, HeartMonitor } from '../app/heart-monitor';

/** Follows the heart monitor's live state while the host is connected, re-rendering on each change. */
export class HeartController implements ReactiveController {
  live: HeartLive | null = null;
  private monitor: HeartMonitor | null = null;
  private unsubscribe: (() => void) | null = null;
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Follow `monitor` (called from the host's render path once services arrive). */
  follow(monitor: HeartMonitor | null | undefined): void {
    if (!monitor || monitor === this.monitor) return;
    this.monitor = monitor;
    this.live = monitor.live;
    if (this.connected) this.listen();
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
  }
}
