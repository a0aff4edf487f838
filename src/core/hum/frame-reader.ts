import { BandFilter } from './band-filter';
import { createFrameAnalyser, type FrameReading, frameSizes } from './frame';

/** A reading and its window's centre (s from the stream's first sample, unheard stretches included). */
export interface TimedReading {
  readonly reading: FrameReading;
  readonly tS: number;
}

/** A stretch of the stream that was never heard, in frame-coverage seconds (see `FrameReader.skip`). */
export interface UnheardSpan {
  readonly fromS: number;
  readonly toS: number;
}

/**
 * Cuts a stream of samples (any chunk sizes) into band-filtered windows `hopSize` apart and reads
 * each. Shared by the live tracker and the offline `detectHum`, so both see identical frames.
 */
export class FrameReader {
  readonly windowSize: number;
  readonly hopSize: number;
  readonly #filter: BandFilter;
  readonly #analyse: (window: Float32Array) => FrameReading;
  #buffer: Float32Array;
  #filled = 0;
  /** Stream sample index of `#buffer[0]`, which is always the start of the next window. */
  #bufferStart = 0;

  /** `droneHz`: the root of a drone the app plays, notched out before analysis. */
  constructor(
    readonly sampleRate: number,
    droneHz?: number,
  ) {
    if (!(sampleRate >= 8000 && sampleRate <= 384000)) {
      throw new RangeError(
        `Hum detection needs a sample rate between 8 and 384 kHz, not ${sampleRate}.`,
      );
    }
    ({ windowSize: this.windowSize, hopSize: this.hopSize } = frameSizes(sampleRate));
    this.#filter = new BandFilter(sampleRate, droneHz);
    this.#analyse = createFrameAnalyser(sampleRate);
    this.#buffer = new Float32Array(this.windowSize * 4);
  }

  /** Seconds from the first sample to the centre of the first window. */
  get firstFrameS(): number {
    return this.windowSize / 2 / this.sampleRate;
  }

  /** Takes the next samples; returns the readings of every window they completed. */
  push(samples: Float32Array): FrameReading[] {
    return this.read(samples).map((r) => r.reading);
  }

  /**
   * Marks the next `frames` samples as never heard (the audio thread skipped them). Windows are
   * never read across the hole: the samples waiting for a window are dropped too, and windows start
   * again after it. Returns the stretch no frame covers: from half a hop before the centre of the
   * next window that would have been read to half a hop before the centre of the first window read
   * after the hole, so two frames either side of it are `hopS` + its length apart.
   */
  skip(frames: number): UnheardSpan {
    const centreS = (start: number) =>
      (start + this.windowSize / 2 - this.hopSize / 2) / this.sampleRate;
    const fromS = centreS(this.#bufferStart);
    this.#bufferStart += this.#filled + Math.max(0, Math.round(frames));
    this.#filled = 0;
    return { fromS, toS: centreS(this.#bufferStart) };
  }

  /** As `push`, with each window's centre time. */
  read(samples: Float32Array): TimedReading[] {
    const filtered = this.#filter.process(samples);
    const readings: TimedReading[] = [];
    let offset = 0;
    while (offset < filtered.length) {
      const take = Math.min(filtered.length - offset, this.#buffer.length - this.#filled);
      this.#buffer.set(filtered.subarray(offset, offset + take), this.#filled);
      this.#filled += take;
      offset += take;
      let start = 0;
      while (this.#filled - start >= this.windowSize) {
        readings.push({
          reading: this.#analyse(this.#buffer.subarray(start, start + this.windowSize)),
          tS: (this.#bufferStart + start + this.windowSize / 2) / this.sampleRate,
        });
        start += this.hopSize;
      }
      this.#buffer.copyWithin(0, start, this.#filled);
      this.#filled -= start;
      this.#bufferStart += start;
    }
    return readings;
  }
}
