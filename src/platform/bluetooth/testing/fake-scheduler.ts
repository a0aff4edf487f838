import type { Scheduler } from '../scheduler';

interface Timer {
  readonly atMs: number;
  readonly callback: () => void;
}

/** Let pending promise chains run to the end (several macrotask turns). */
export async function settle(turns = 10): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** A scheduler and clock that move only when told to. */
export class FakeScheduler implements Scheduler {
  nowMs = 0;
  /** Every delay asked for, in ms, in order. */
  readonly delaysMs: number[] = [];
  #timers: Timer[] = [];

  readonly now = (): number => this.nowMs;

  after(ms: number, callback: () => void): () => void {
    const timer = { atMs: this.nowMs + ms, callback };
    this.delaysMs.push(ms);
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((t) => t !== timer);
    };
  }

  /** Timers not yet fired or cancelled. */
  get pending(): number {
    return this.#timers.length;
  }

  /** Fire the earliest timer due by `endMs`, moving the clock to it; false when none is due. */
  #fireNext(endMs: number): boolean {
    const next = this.#timers
      .filter((t) => t.atMs <= endMs)
      .reduce<Timer | null>((a, b) => (a && a.atMs <= b.atMs ? a : b), null);
    if (!next) return false;
    this.#timers = this.#timers.filter((t) => t !== next);
    this.nowMs = next.atMs;
    next.callback();
    return true;
  }

  /** Move time on by `ms`, firing due timers in time order and letting promises settle after each. */
  async advance(ms: number): Promise<void> {
    const endMs = this.nowMs + ms;
    while (this.#fireNext(endMs)) await settle();
    this.nowMs = endMs;
    await settle();
  }

  /** Move time on without letting promises settle between timers (for long simulated runs). */
  runFor(ms: number): void {
    const endMs = this.nowMs + ms;
    while (this.#fireNext(endMs));
    this.nowMs = endMs;
  }
}
