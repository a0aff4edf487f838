import type { UnheardSpan } from './frame-reader';
import type { HumThresholds } from './options';
import { cents, median } from './robust';

/** One point of a hum's track: time (s, frame centre), pitch (Hz, median of 5), loudness (dBFS). */
export interface HumPoint {
  readonly tS: number;
  readonly hz: number;
  readonly db: number;
}

/** A stretch of humming. `track` holds its voiced frames (bridged gaps have none). */
export interface HumSegment {
  readonly startS: number;
  readonly endS: number;
  readonly medianHz: number;
  readonly track: readonly HumPoint[];
}

/** A frame whose voicing is final, in time order, `hopS` apart. */
export interface DecidedFrame {
  readonly tS: number;
  readonly hz: number;
  readonly db: number;
  readonly voiced: boolean;
  /** Pitched and loud, but a synthetic tone. */
  readonly machine: boolean;
}

/** Odd-length running median of pitch, shrinking at the ends, so single octave slips vanish. */
function medianFilter(values: readonly number[], size = 5): number[] {
  const half = size >> 1;
  return values.map((_, i) => median(values.slice(Math.max(0, i - half), i + half + 1)));
}

/**
 * Groups decided frames into hum segments, incrementally: voiced runs joined across gaps shorter
 * than `maxGapS` when the pitch resumes within `bridgeCents` and the hum before the gap is already
 * `minSegmentS` long (so syllables of speech are never stitched together), runs shorter than `minSegmentS`
 * dropped, and runs that lead straight into or out of a machine tone at their pitch dropped (that
 * tone fading in or out: a voice does not become a machine without a break). Segment edges sit half a hop either side of the first and last voiced frame centres.
 * A stretch never heard (`unheard`) is neither hum nor silence: a hum that resumes after it at its
 * pitch goes on through it when it is at most `maxUnheardS` long; a longer one ends the hum where
 * hearing stopped, and what happened in it stays unknown.
 */
export class HumSegmenter {
  readonly #hopS: number;
  readonly #t: HumThresholds;
  readonly #closed: HumSegment[] = [];
  #open: { tS: number; hz: number; db: number }[] = [];
  /** The open run touches a machine tone at its own pitch: it is that tone fading in or out. */
  #openTouchesMachine = false;
  #lastMachine: { tS: number; hz: number } | null = null;
  /** Unheard stretches not yet passed by a frame, in time order. */
  #unheard: UnheardSpan[] = [];

  constructor(hopS: number, thresholds: HumThresholds) {
    this.#hopS = hopS;
    this.#t = thresholds;
  }

  /** Adds the next frame; returns a segment when this frame closed one. */
  push(frame: DecidedFrame): HumSegment | null {
    const last = this.#open.at(-1);
    if (frame.machine) {
      if (last && this.#continues(last, frame)) this.#openTouchesMachine = true;
      this.#lastMachine = { tS: frame.tS, hz: frame.hz };
    }
    const unheardS = last ? this.#unheardBetween(last.tS, frame.tS) : 0;
    this.#unheard = this.#unheard.filter((u) => u.toS > frame.tS);
    const tooLongUnheard = unheardS > this.#t.maxUnheardS + 1e-9;
    if (!frame.voiced) {
      const heardGapS = last ? frame.tS - last.tS - this.#hopS - unheardS : 0;
      return last && (tooLongUnheard || heardGapS >= this.#t.maxGapS - 1e-9) ? this.#close() : null;
    }
    let closed: HumSegment | null = null;
    if (last) {
      const heardGapS = frame.tS - last.tS - this.#hopS - unheardS;
      const jump = Math.abs(cents(frame.hz, last.hz));
      const resumes = jump <= this.#t.bridgeCents;
      const bridgeable = resumes && this.#rawOpenS >= this.#t.minSegmentS;
      if (
        tooLongUnheard ||
        heardGapS >= this.#t.maxGapS - 1e-9 ||
        (heardGapS > 1e-9 && !bridgeable) ||
        (unheardS > 1e-9 && !resumes)
      ) {
        closed = this.#close();
      }
    }
    if (this.#open.length === 0 && this.#lastMachine && this.#continues(this.#lastMachine, frame)) {
      this.#openTouchesMachine = true;
    }
    this.#open.push({ tS: frame.tS, hz: frame.hz, db: frame.db });
    return closed;
  }

  /** A stretch never heard; spans arrive in time order, before the frames after them. */
  unheard(span: UnheardSpan): void {
    if (span.toS > span.fromS) this.#unheard.push(span);
  }

  /** Seconds of unheard stretches between two frame centres. */
  #unheardBetween(aS: number, bS: number): number {
    let sum = 0;
    for (const u of this.#unheard) sum += Math.max(0, Math.min(bS, u.toS) - Math.max(aS, u.fromS));
    return sum;
  }

  /** Whether `b` follows `a` within a bridgeable gap at the same pitch (or an octave of it). */
  #continues(a: { tS: number; hz: number }, b: { tS: number; hz: number }): boolean {
    const gapS = Math.abs(b.tS - a.tS) - this.#hopS;
    const octaves = Math.log2(b.hz / a.hz);
    return (
      gapS < this.#t.maxGapS && Math.abs(octaves - Math.round(octaves)) * 1200 <= this.#t.droneCents
    );
  }

  /** Seconds of the hum in progress (0 when none), for a live "hum heard" display. */
  get openS(): number {
    return this.#openTouchesMachine ? 0 : this.#rawOpenS;
  }

  get #rawOpenS(): number {
    const first = this.#open[0];
    const last = this.#open.at(-1);
    return first && last ? last.tS - first.tS + this.#hopS : 0;
  }

  /** Closes any hum in progress; returns every segment found, in time order. */
  finish(): readonly HumSegment[] {
    this.#close();
    return this.#closed;
  }

  /** Segments closed so far. */
  get segments(): readonly HumSegment[] {
    return this.#closed;
  }

  #close(): HumSegment | null {
    const frames = this.#open;
    const machine = this.#openTouchesMachine;
    this.#open = [];
    this.#openTouchesMachine = false;
    if (machine) return null;
    const first = frames[0];
    const last = frames.at(-1);
    if (!first || !last) return null;
    const startS = first.tS - this.#hopS / 2;
    const endS = last.tS + this.#hopS / 2;
    if (endS - startS < this.#t.minSegmentS - 1e-9) return null;
    const smoothed = medianFilter(frames.map((f) => f.hz));
    const track = frames.map((f, i) => ({ tS: f.tS, hz: smoothed[i] ?? f.hz, db: f.db }));
    const segment = { startS, endS, medianHz: median(smoothed), track };
    this.#closed.push(segment);
    return segment;
  }
}
