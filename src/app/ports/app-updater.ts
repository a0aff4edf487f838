/** A newer version of the app (a waiting service worker in the browser). */
export interface AppUpdater {
  /** Called when a newer version is ready to take over (also when one already was); returns unsubscribe. */
  onWaiting(listener: () => void): () => void;
  /** Lets the waiting version take over; resolves once it controls this page. */
  activate(): Promise<void>;
  /** Loads the page again, from the version in control. */
  reload(): void;
}
