import { BandFilter } from './band-filter';
import { createFrameAnalyser, type FrameReading, frameSizes } from './frame';

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
    const filtered = this.#filter.process(samples);
    const readings: FrameReading[] = [];
    let offset = 0;
    while (offset < filtered.length) {
      const take = Math.min(filtered.length - offset, this.#buffer.length - this.#filled);
      this.#buffer.set(filtered.subarray(offset, offset + take), this.#filled);
      this.#filled += take;
      offset += take;
      let start = 0;
      while (this.#filled - start >= this.windowSize) {
        readings.push(this.#analyse(this.#buffer.subarray(start, start + this.windowSize)));
        start += this.hopSize;
      }
      this.#buffer.copyWithin(0, start, this.#filled);
      this.#filled -= start;
    }
    return readings;
  }
}
