import type { HopMessage } from './hop-analysis';

/** What the cutter needs of an `AudioData` (mono, its samples already copied out). */
export interface TimedFrame {
  /** Capture time of the first sample, µs (AudioData.timestamp). */
  readonly timestamp: number;
  readonly numberOfFrames: number;
  readonly sampleRate: number;
  readonly samples: Float32Array;
}

/** Sample frames received, skipped (holes) and trimmed (overlaps) so far. */
export interface FrameHopStats {
  readonly frames: number;
  readonly gapFrames: number;
  readonly overlapFrames: number;
  /** Times the timestamps jumped back beyond `rebaseFrames` and the clock was taken up anew. */
  readonly rebases: number;
}

/**
 * Cuts timed frames (MediaStreamTrackProcessor's AudioData) into hops of `hopSize` samples whose
 * `startFrame` is the sample position from the first frame's timestamp, rounded to samples. A
 * timestamp past the samples received by more than `toleranceFrames` is a hole: the hop in
 * progress is posted short and the next starts at the new position (never filled with silence).
 * A timestamp before it is an overlap: the samples already received are trimmed. Within the
 * tolerance, frames are taken as back to back (capture timestamps jitter by a fraction of a ms).
 * A jump back by more than `rebaseFrames` is not an overlap but a new timestamp base (Chromium
 * hands a transferred track's first frames stamped seconds ahead of the rest): the frame is taken
 * as following on, and later timestamps count from it.
 */
export class FrameHopCutter {
  readonly #hopSize: number;
  readonly #toleranceFrames: number;
  #hop: Float32Array;
  #filled = 0;
  #startFrame = 0;
  #firstUs: number | null = null;
  #nextFrame = 0;
  #frames = 0;
  #gapFrames = 0;
  #overlapFrames = 0;

  readonly #rebaseFrames: number;
  #rebases = 0;

  constructor(hopSize: number, toleranceFrames = 0, rebaseFrames = Infinity) {
    this.#hopSize = hopSize;
    this.#toleranceFrames = toleranceFrames;
    this.#rebaseFrames = rebaseFrames;
    this.#hop = new Float32Array(hopSize);
  }

  /** The hops `frame` completes, in order (a short one before a hole). */
  push(frame: TimedFrame): HopMessage[] {
    const hops: HopMessage[] = [];
    this.#firstUs ??= frame.timestamp;
    this.#frames += frame.numberOfFrames;
    let at = Math.round(((frame.timestamp - this.#firstUs) * frame.sampleRate) / 1e6);
    if (at < this.#nextFrame - this.#rebaseFrames) {
      this.#firstUs = frame.timestamp - (this.#nextFrame * 1e6) / frame.sampleRate;
      this.#rebases++;
      at = this.#nextFrame;
    }
    let samples = frame.samples.subarray(0, frame.numberOfFrames);
    if (at > this.#nextFrame + this.#toleranceFrames) {
      this.#gapFrames += at - this.#nextFrame;
      this.#flush(hops);
      this.#nextFrame = at;
    } else if (at < this.#nextFrame - this.#toleranceFrames) {
      const overlap = Math.min(this.#nextFrame - at, samples.length);
      this.#overlapFrames += overlap;
      samples = samples.subarray(overlap);
    }
    this.#write(samples, hops);
    return hops;
  }

  /** The hop in progress, however short (at the end). */
  flush(): HopMessage[] {
    const hops: HopMessage[] = [];
    this.#flush(hops);
    return hops;
  }

  get stats(): FrameHopStats {
    return {
      frames: this.#frames,
      gapFrames: this.#gapFrames,
      overlapFrames: this.#overlapFrames,
      rebases: this.#rebases,
    };
  }

  #flush(hops: HopMessage[]): void {
    if (this.#filled === 0) return;
    hops.push({
      type: 'hop',
      samples: this.#hop.slice(0, this.#filled),
      startFrame: this.#startFrame,
    });
    this.#filled = 0;
  }

  #write(samples: Float32Array, hops: HopMessage[]): void {
    let offset = 0;
    while (offset < samples.length) {
      if (this.#filled === 0) this.#startFrame = this.#nextFrame;
      const take = Math.min(samples.length - offset, this.#hopSize - this.#filled);
      this.#hop.set(samples.subarray(offset, offset + take), this.#filled);
      this.#filled += take;
      offset += take;
      this.#nextFrame += take;
      if (this.#filled === this.#hopSize) {
        hops.push({ type: 'hop', samples: this.#hop, startFrame: this.#startFrame });
        this.#hop = new Float32Array(this.#hopSize);
        this.#filled = 0;
      }
    }
  }
}
