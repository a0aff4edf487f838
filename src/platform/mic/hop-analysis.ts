import type { HumFrame, HumOptions, HumSegment } from '../../core/hum/hum';
import { HumTracker } from '../../core/hum/hum';

/**
 * A hop from the worklet: its samples and the context sample frame of the first. Hops are usually
 * `hopSize` long and back to back; a jump in `startFrame` is a stretch the audio thread skipped
 * (never silence), and the hop before it may be shorter.
 */
export interface HopMessage {
  readonly type: 'hop';
  readonly samples: Float32Array;
  readonly startFrame: number;
}

/** One hop read by the hum tracker: what the main thread needs, nothing it must compute. */
export interface AnalysedHop {
  readonly type: 'analysed';
  readonly index: number;
  readonly startFrame: number;
  /** The rate the hop was read at, Hz. */
  readonly sampleRate: number;
  /** Seconds from the first hop's first sample to this hop's, skipped stretches included. */
  readonly startS: number;
  readonly samples: Float32Array;
  readonly verdicts: readonly HumFrame[];
  readonly openHumS: number;
  readonly ambientDb: number;
  /** Seconds skipped so far (neither hum nor silence: unknown). */
  readonly unheardS: number;
  /** Hums that ended with this hop (usually none). */
  readonly ended: readonly HumSegment[];
}

/**
 * Feeds hops to a HumTracker in order, every one (a late hop is read as late, never dropped), and
 * reports each with the hums that ended since the last. Times come from the hops' sample
 * positions: a jump is told to the tracker as unheard, not heard as silence.
 */
export class HopAnalyser {
  readonly #tracker: HumTracker;
  readonly #sampleRate: number;
  #index = 0;
  #endedCount = 0;
  #firstFrame: number | null = null;
  #nextFrame = 0;

  constructor(sampleRate: number, options?: HumOptions) {
    this.#sampleRate = sampleRate;
    this.#tracker = new HumTracker(sampleRate, options);
  }

  /** Reads one hop. */
  push(hop: HopMessage): AnalysedHop {
    this.#firstFrame ??= hop.startFrame;
    if (this.#index > 0 && hop.startFrame > this.#nextFrame) {
      this.#tracker.skip(hop.startFrame - this.#nextFrame);
    }
    this.#nextFrame = hop.startFrame + hop.samples.length;
    const verdicts = this.#tracker.push(hop.samples);
    const segments = this.#tracker.segments;
    const ended = segments.length > this.#endedCount ? segments.slice(this.#endedCount) : [];
    this.#endedCount = segments.length;
    return {
      type: 'analysed',
      index: this.#index++,
      startFrame: hop.startFrame,
      sampleRate: this.#sampleRate,
      startS: (hop.startFrame - this.#firstFrame) / this.#sampleRate,
      samples: hop.samples,
      verdicts,
      openHumS: this.#tracker.openHumS,
      ambientDb: this.#tracker.ambientDb,
      unheardS: this.#tracker.unheardS,
      ended,
    };
  }

  /** Every hum heard, the one in progress closed. */
  finish(): readonly HumSegment[] {
    return this.#tracker.finish().segments;
  }
}
