/** Where the page tells it is going away (pagehide, or hidden on phones that never send pagehide). */
export interface PageLifecycle {
  /** Calls `listener` when the page is hidden or unloaded; returns unsubscribe. */
  onLeave(listener: () => void): () => void;
}
