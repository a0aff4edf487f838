/** The performance mark placed at the first onset of a started practice. */
export const FIRST_SOUND_MARK = 'stay:first-sound';

/** Tries over which to wait for the context to report an output timestamp, every 20 ms. */
const MAX_TRIES = 25;

/**
 * Mark FIRST_SOUND_MARK at the performance-timeline time the sound at `atTime` (absolute context
 * seconds) leaves the speakers, from getOutputTimestamp. Resolves with that time in ms, or null
 * when the context never reported one.
 */
export async function markFirstSound(raw: AudioContext, atTime: number): Promise<number | null> {
  for (let i = 0; i < MAX_TRIES; i++) {
    const stamp = raw.getOutputTimestamp();
    const { contextTime, performanceTime } = stamp;
    if (contextTime !== undefined && performanceTime !== undefined && performanceTime > 0) {
      const startTime = performanceTime + (atTime - contextTime) * 1000;
      performance.mark(FIRST_SOUND_MARK, { startTime });
      return startTime;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}
