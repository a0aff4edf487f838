/** Runs a callback later; injected so tests can move time by hand. */
export interface Scheduler {
  /** Call `callback` once after `ms` milliseconds; returns a function that cancels it. */
  after(ms: number, callback: () => void): () => void;
}

/** The page's timers. */
export const realScheduler: Scheduler = {
  after(ms, callback) {
    const handle = setTimeout(callback, ms);
    return () => {
      clearTimeout(handle);
    };
  },
};

/** Milliseconds on the page's monotonic clock (`performance.now()`). */
export const performanceNow = (): number => performance.now();
