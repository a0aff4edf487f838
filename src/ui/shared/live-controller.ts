import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A monitor with live state a view shows (the heart, hum and pause monitors). */
export interface LiveSource<L> {
  readonly live: L;
  /** Called with each new live state; returns unsubscribe. */
  subscribe(listener: (live: L) => void): () => void;
}

/**
 * Follows a monitor's live state while the host is connected, re-rendering on each change; the
 * subclass says where its monitor comes from and hands it to `attach`.
 */
export abstract class LiveController<L, M extends LiveSource<L>> implements ReactiveController {
  live: L | null = null;
  protected monitor: M | null = null;
  private unsubscribe: (() => void) | null = null;
  private connected = false;

  constructor(protected readonly host: ReactiveControllerHost) {
    host.addController(this);
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

  /** Follows `monitor` from now on (at once when connected). */
  protected attach(monitor: M): void {
    this.monitor = monitor;
    this.live = monitor.live;
    if (this.connected) this.listen();
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
