import type { HumFrame, HumOptions, HumSegment } from '../../core/hum/hum';
import { HumTracker } from '../../core/hum/hum';

/** A hop from the worklet: its samples and the context sample frame of the first. */
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
  readonly samples: Float32Array;
  readonly verdicts: readonly HumFrame[];
  readonly openHumS: number;
  readonly ambientDb: number;
  /** Hums that ended with this hop (usually none). */
  readonly ended: readonly HumSegment[];
}

/** Feeds hops to a HumTracker and reports each, with the hums that ended since the last. */
export class HopAnalyser {
  readonly #tracker: HumTracker;
  #index = 0;
  #endedCount = 0;

  constructor(sampleRate: number, options?: HumOptions) {
    this.#tracker = new HumTracker(sampleRate, options);
  }

  /** Reads one hop. */
  push(hop: HopMessage): AnalysedHop {
    const verdicts = this.#tracker.push(hop.samples);
    const segments = this.#tracker.segments;
    const ended = segments.length > this.#endedCount ? segments.slice(this.#endedCount) : [];
    this.#endedCount = segments.length;
    return {
      type: 'analysed',
      index: this.#index++,
      startFrame: hop.startFrame,
      samples: hop.samples,
      verdicts,
      openHumS: this.#tracker.openHumS,
      ambientDb: this.#tracker.ambientDb,
      ended,
    };
  }

  /** Every hum heard, the one in progress closed. */
  finish(): readonly HumSegment[] {
    return this.#tracker.finish().segments;
  }
}
