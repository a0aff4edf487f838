import { phaseCues } from '../../core/breathing/plan';
import type { SessionPlan } from '../../core/breathing/types';

/** A stretch of humming in plan seconds. */
export interface HumSpan {
  readonly startS: number;
  readonly endS: number;
}

/** A round's hum counts as reached at this share of its hum phase. */
export const HUM_TARGET_FRACTION = 0.8;

/** What the screen shows of the humming, now. */
export interface HumRoundsLive {
  /** A hum is sounding now. */
  readonly heard: boolean;
  /** 0-based index of the hum phase under way (or last passed); -1 before the first. */
  readonly round: number;
  readonly roundCount: number;
  /** Seconds hummed in that round so far. */
  readonly roundS: number;
  /** Seconds the round's hum needs to count as reached. */
  readonly targetS: number;
  /** Rounds whose hum reached its target. */
  readonly reached: number;
  /** Seconds hummed in the whole practice so far. */
  readonly totalS: number;
}

function overlapS(a: HumSpan, b: HumSpan): number {
  return Math.max(0, Math.min(a.endS, b.endS) - Math.max(a.startS, b.startS));
}

/**
 * One practice's hums laid over its hum phases: seconds per round, which rounds reached their
 * target (each once), and the total. Pure bookkeeping in plan seconds; no timers.
 */
export class HumRounds {
  /** The plan's hum phases, in order. */
  readonly windows: readonly HumSpan[];
  readonly #closed: HumSpan[] = [];
  #open: HumSpan | null = null;
  readonly #reached = new Set<number>();

  constructor(
    plan: SessionPlan,
    readonly targetFraction = HUM_TARGET_FRACTION,
  ) {
    this.windows = phaseCues(plan)
      .filter((c) => c.kind === 'hum')
      .map((c) => ({ startS: c.atS, endS: c.atS + c.durationS }));
  }

  /** A hum that has ended. */
  close(span: HumSpan): void {
    if (span.endS > span.startS) this.#closed.push(span);
  }

  /** The hum sounding now, or null. */
  setOpen(span: HumSpan | null): void {
    this.#open = span && span.endS > span.startS ? span : null;
  }

  /** Every hum so far, the open one included. */
  spans(): readonly HumSpan[] {
    return this.#open ? [...this.#closed, this.#open] : [...this.#closed];
  }

  /** Seconds hummed inside hum phase `round`. */
  roundS(round: number): number {
    const window = this.windows[round];
    if (!window) return 0;
    return this.spans().reduce((sum, span) => sum + overlapS(span, window), 0);
  }

  /** Seconds a round's hum needs to count. */
  targetS(round: number): number {
    const window = this.windows[round];
    return window ? (window.endS - window.startS) * this.targetFraction : 0;
  }

  /** Marks rounds whose hum has now reached its target; returns those reached for the first time. */
  check(): number[] {
    const fresh: number[] = [];
    this.windows.forEach((_, round) => {
      if (this.#reached.has(round)) return;
      if (this.roundS(round) >= this.targetS(round) - 1e-9) {
        this.#reached.add(round);
        fresh.push(round);
      }
    });
    return fresh;
  }

  /** Rounds reached so far. */
  get reached(): number {
    return this.#reached.size;
  }

  /** The hum phase in force at plan time `nowS` (or the last one passed); -1 before the first. */
  roundAt(nowS: number): number {
    let round = -1;
    this.windows.forEach((w, i) => {
      if (w.startS <= nowS + 1e-9) round = i;
    });
    return round;
  }

  /** Hum phases begun by plan time `nowS`. */
  startedBy(nowS: number): number {
    return this.roundAt(nowS) + 1;
  }

  /** The live picture at plan time `nowS`. */
  live(nowS: number): HumRoundsLive {
    const round = this.roundAt(nowS);
    return {
      heard: this.#open !== null,
      round,
      roundCount: this.windows.length,
      roundS: round < 0 ? 0 : this.roundS(round),
      targetS: round < 0 ? 0 : this.targetS(round),
      reached: this.reached,
      totalS: this.spans().reduce((sum, s) => sum + (s.endS - s.startS), 0),
    };
  }
}
