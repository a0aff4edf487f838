/** Keeps the screen on while a practice is visible. */
export interface ScreenKeeper {
  /** Hold a wake lock (re-acquired when the page becomes visible again); returns release. */
  keepAwake(): () => void;
}
