import { HumDecider, type HumFrame } from './decider';
import { FrameReader } from './frame-reader';
import type { HumOptions } from './options';
import type { HumSegment } from './segmenter';

/**
 * Live hum detection: push microphone samples as they come (any chunk size, e.g. 128-sample
 * worklet quanta or one hop at a time); get back frames whose verdict became final (they lag by
 * half a window plus `steadyWindowS`: about 0.52 s at 48 kHz) and read `openHumS` / `segments` at any time.
 */
export class HumTracker {
  readonly #reader: FrameReader;
  readonly #decider: HumDecider;
  #unheardS = 0;

  constructor(sampleRate: number, options: HumOptions = {}) {
    this.#reader = new FrameReader(sampleRate, options.drone?.hz);
    this.#decider = new HumDecider(
      this.#reader.hopSize / sampleRate,
      this.#reader.firstFrameS,
      options,
    );
  }

  /** Takes the next samples; returns frames whose verdict became final. */
  push(samples: Float32Array): HumFrame[] {
    return this.#reader.read(samples).flatMap((r) => this.#decider.push(r.reading, r.tS));
  }

  /**
   * The next `frames` samples were never heard (the audio thread skipped them): a hole in the
   * stream, never silence. Times after it stay on the stream's clock.
   */
  skip(frames: number): void {
    if (!(frames > 0)) return;
    this.#unheardS += frames / this.#reader.sampleRate;
    this.#decider.unheard(this.#reader.skip(frames));
  }

  /** Seconds of the stream skipped so far (`skip`): neither hum nor silence, unknown. */
  get unheardS(): number {
    return this.#unheardS;
  }

  /** Seconds of the hum in progress, 0 when none. */
  get openHumS(): number {
    return this.#decider.openHumS;
  }

  /** The ambient level (band dBFS) in use. */
  get ambientDb(): number {
    return this.#decider.ambientDb;
  }

  /** Hums that have ended so far. */
  get segments(): readonly HumSegment[] {
    return this.#decider.segments;
  }

  /** Ends the stream: finalises pending frames and returns every hum segment. */
  finish(): { frames: HumFrame[]; segments: readonly HumSegment[] } {
    return this.#decider.finish();
  }
}
