import { FLOOR_DB, type FrameReading } from './frame';

/** Frames clearer than this are tonal and say nothing about the ambient level. */
const TONAL_CLARITY = 0.8;
/** Assumed ambient band level (dBFS) when too few unpitched frames have been heard. */
export const DEFAULT_AMBIENT_DB = -70;

/**
 * Running estimate of the ambient band loudness: the 10th percentile of unpitched frames' dB
 * (0.5 dB bins), so quiet gaps between hums set it and hums themselves do not.
 */
export class AmbientEstimator {
  readonly #bins = new Uint32Array(2 * -FLOOR_DB + 1);
  #count = 0;

  /** Adds one frame's reading. */
  push(reading: FrameReading): void {
    if (reading.clarity >= TONAL_CLARITY && reading.hz > 0) return;
    const bin = Math.min(
      this.#bins.length - 1,
      Math.max(0, Math.round(2 * (reading.db - FLOOR_DB))),
    );
    this.#bins[bin] = (this.#bins[bin] ?? 0) + 1;
    this.#count++;
  }

  /** The estimate (dBFS); `DEFAULT_AMBIENT_DB` until at least `minFrames` unpitched frames. */
  estimateDb(minFrames = 20): number {
    if (this.#count < minFrames) return DEFAULT_AMBIENT_DB;
    const target = Math.ceil(this.#count * 0.1);
    let seen = 0;
    for (let bin = 0; bin < this.#bins.length; bin++) {
      seen += this.#bins[bin] ?? 0;
      if (seen >= target) return FLOOR_DB + bin / 2;
    }
    return DEFAULT_AMBIENT_DB;
  }
}
