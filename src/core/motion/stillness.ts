import type { MotionSample } from './types';

/**
 * Movement (m/s²) at or below which a second counts as still. Movement is the spread of the
 * acceleration vector within one second: sqrt(var x + var y + var z) including gravity, so a tilt
 * counts as well as a shake. A phone lying on a table reads about 0.01–0.03 (sensor noise); one held
 * in a hand reads 0.1 or more (tremor and drift). 0.06 sits between them with room on both sides.
 */
export const STILL_MOVEMENT = 0.06;
/** A second needs at least this many samples to be judged (fewer: it is left out). */
export const MIN_SAMPLES_PER_SECOND = 3;
/** Seconds of plan time per point of the stillness curve. */
export const CURVE_BUCKET_S = 10;

/** One judged second of plan time. */
export interface StillSecond {
  /** Whole plan second (floor of the samples' plan time). */
  readonly second: number;
  /** Spread of the acceleration vector in that second, m/s². */
  readonly movement: number;
  readonly still: boolean;
}

/** Movement in one second's samples (m/s²); NaN with fewer than two samples. */
export function movementOf(samples: readonly MotionSample[]): number {
  const n = samples.length;
  if (n < 2) return NaN;
  let variance = 0;
  for (const axis of ['x', 'y', 'z'] as const) {
    let mean = 0;
    for (const s of samples) mean += s[axis];
    mean /= n;
    let sum = 0;
    for (const s of samples) sum += (s[axis] - mean) ** 2;
    variance += sum / n;
  }
  return Math.sqrt(variance);
}

/**
 * Gathers acceleration samples by whole seconds of plan time and judges each second still or not.
 * Any event rate works: a second is judged by the spread of whatever samples fell in it.
 */
export class StillnessMeter {
  readonly #seconds: StillSecond[] = [];
  #openSecond: number | null = null;
  #open: MotionSample[] = [];

  /** Adds a sample heard at plan time `tS` (seconds); samples must come in time order. */
  push(tS: number, sample: MotionSample): StillSecond | null {
    if (!Number.isFinite(tS) || ![sample.x, sample.y, sample.z].every(Number.isFinite)) return null;
    const second = Math.floor(tS);
    let closed: StillSecond | null = null;
    if (this.#openSecond !== null && second !== this.#openSecond) closed = this.#close();
    this.#openSecond = second;
    this.#open.push(sample);
    return closed;
  }

  /** Closes the second in progress (the practice ended); returns it if it could be judged. */
  flush(): StillSecond | null {
    return this.#openSecond === null ? null : this.#close();
  }

  /**
   * Forgets the second in progress without judging it. For when the plan clock is held (a pause, the
   * face-down wait): the samples after the hold land on the same plan second as those before it,
   * and a phone turned over meanwhile would read as one second of great movement.
   */
  drop(): void {
    this.#open = [];
    this.#openSecond = null;
  }

  /** Every judged second so far, in order. */
  get seconds(): readonly StillSecond[] {
    return this.#seconds;
  }

  #close(): StillSecond | null {
    const samples = this.#open;
    const second = this.#openSecond ?? 0;
    this.#open = [];
    this.#openSecond = null;
    if (samples.length < MIN_SAMPLES_PER_SECOND) return null;
    const movement = movementOf(samples);
    const judged = { second, movement, still: movement <= STILL_MOVEMENT };
    this.#seconds.push(judged);
    return judged;
  }
}

/** Share (0..1) of judged seconds in [fromS, toS) that were still; null when none was judged. */
export function stillnessBetween(
  seconds: readonly StillSecond[],
  fromS = -Infinity,
  toS = Infinity,
): number | null {
  let judged = 0;
  let still = 0;
  for (const s of seconds) {
    if (s.second < fromS || s.second >= toS) continue;
    judged++;
    if (s.still) still++;
  }
  return judged === 0 ? null : round2(still / judged);
}

/**
 * Stillness per `bucketS` of plan time from 0 up to `untilS`. A bucket with no judged second takes
 * the value before it (the first judged value for leading ones); empty when nothing was judged.
 */
export function stillnessCurve(
  seconds: readonly StillSecond[],
  untilS: number,
  bucketS = CURVE_BUCKET_S,
): number[] {
  const count = Math.max(0, Math.ceil(untilS / bucketS));
  const raw: (number | null)[] = [];
  for (let b = 0; b < count; b++)
    raw.push(stillnessBetween(seconds, b * bucketS, (b + 1) * bucketS));
  const first = raw.find((v) => v !== null);
  if (first === undefined) return [];
  let last: number = first;
  return raw.map((v) => (last = v ?? last));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
