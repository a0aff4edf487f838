import type { HeartRateSource, StrapState } from '../../app/ports/heart-rate-source';
import { parseHeartRateMeasurement } from '../../core/heart/measurement';
import type { HeartRateReading } from '../../core/heart/types';
import { Listeners } from './listeners';
import { encodeHeartRateMeasurement } from './measurement-encoder';
import { performanceNow, realScheduler, type Scheduler } from './scheduler';
import { SimulatedHeart, type SimulatedMode } from './simulated-heart';

/** Name the simulated strap shows. */
export const SIMULATED_STRAP_NAME = 'Simulated strap';
/** A strap sends one packet about every second. */
const PACKET_INTERVAL_MS = 1000;

/** The built-in strap for anyone without one, and for tests. */
export interface SimulatedStrap extends HeartRateSource {
  readonly kind: 'simulated';
  readonly mode: SimulatedMode;
  /** 'stressed' starts about 28 % above rest and settles over 2–3 minutes of practice. */
  setMode(mode: SimulatedMode): void;
  /** `setMode('stressed')` or `setMode('calm')`; a no-op when already in that mode. */
  setStressed(stressed: boolean): void;
  /**
   * Breathe along: `lungFill` gives 0..1 from the running plan, or null when none runs. Following
   * a new practice re-arms stressed mode, so each practice rises and settles again.
   */
  followBreathing(lungFill: (() => number | null) | null): void;
}

/** What the simulated strap runs on; each defaults to the page's own. */
export interface SimulatedStrapOptions {
  readonly scheduler?: Scheduler;
  /** Clock of the packets and of the simulated heart, ms (`performance.now()`). */
  readonly now?: () => number;
  /** 0 ≤ x < 1; pass a seeded one for repeatable traces. */
  readonly random?: () => number;
  readonly restBpm?: number;
}

/**
 * A simulated strap: connects at once, then sends a real 0x2A37 packet about every second, decoded
 * through the same parser as a real strap's.
 */
export function createSimulatedStrap(options: SimulatedStrapOptions = {}): SimulatedStrap {
  return new Simulated(
    options.scheduler ?? realScheduler,
    options.now ?? performanceNow,
    new SimulatedHeart(options.random ?? Math.random, options.restBpm),
  );
}

class Simulated implements SimulatedStrap {
  readonly kind = 'simulated';
  readonly available = true;
  readonly #scheduler: Scheduler;
  readonly #now: () => number;
  readonly #heart: SimulatedHeart;
  readonly #readings = new Listeners<HeartRateReading>();
  readonly #states = new Listeners<StrapState>();
  readonly #errors = new Listeners<Error>();
  #state: StrapState = { kind: 'idle' };
  #remembered = true;
  #lungFill: (() => number | null) | null = null;
  #cancelTick: (() => void) | null = null;

  constructor(scheduler: Scheduler, now: () => number, heart: SimulatedHeart) {
    this.#scheduler = scheduler;
    this.#now = now;
    this.#heart = heart;
  }

  get state(): StrapState {
    return this.#state;
  }

  get mode(): SimulatedMode {
    return this.#heart.mode;
  }

  /** The simulated strap is remembered until forgotten (in this page only). */
  get rememberedName(): string | null {
    return this.#remembered ? SIMULATED_STRAP_NAME : null;
  }

  setMode(mode: SimulatedMode): void {
    this.#heart.setMode(mode);
  }

  setStressed(stressed: boolean): void {
    const mode = stressed ? 'stressed' : 'calm';
    if (mode !== this.#heart.mode) this.#heart.setMode(mode);
  }

  followBreathing(lungFill: (() => number | null) | null): void {
    // A new practice finds a stressed person stressed again.
    if (lungFill && !this.#lungFill && this.#heart.mode === 'stressed') {
      this.#heart.setMode('stressed');
    }
    this.#lungFill = lungFill;
  }

  pair(): Promise<void> {
    this.#remembered = true;
    if (this.#state.kind !== 'connected') {
      this.#setState({
        kind: 'connected',
        name: SIMULATED_STRAP_NAME,
        batteryPercent: 100,
        location: 'chest',
      });
      this.#heart.advance(this.#now(), this.#lungFill?.() ?? null);
      this.#schedule();
    }
    return Promise.resolve();
  }

  async reconnectRemembered(): Promise<boolean> {
    if (!this.#remembered) return false;
    await this.pair();
    return true;
  }

  retry(): Promise<void> {
    return this.pair();
  }

  forget(): Promise<void> {
    this.#remembered = false;
    this.#cancelTick?.();
    this.#cancelTick = null;
    this.#setState({ kind: 'idle' });
    return Promise.resolve();
  }

  onReading(listener: (reading: HeartRateReading) => void): () => void {
    return this.#readings.add(listener);
  }

  onState(listener: (state: StrapState) => void): () => void {
    return this.#states.add(listener);
  }

  onError(listener: (error: Error) => void): () => void {
    return this.#errors.add(listener);
  }

  #schedule(): void {
    this.#cancelTick = this.#scheduler.after(PACKET_INTERVAL_MS, () => {
      this.#tick();
      this.#schedule();
    });
  }

  #tick(): void {
    const tMs = this.#now();
    const rrMs = this.#heart.advance(tMs, this.#lungFill?.() ?? null);
    const packet = encodeHeartRateMeasurement({
      bpm: this.#heart.displayBpm(),
      contact: 'detected',
      energyKj: null,
      rrMs,
    });
    try {
      this.#readings.emit({ ...parseHeartRateMeasurement(packet), tMs });
    } catch (error) {
      this.#errors.emit(error instanceof Error ? error : new Error(String(error)));
    }
  }

  #setState(state: StrapState): void {
    this.#state = state;
    this.#states.emit(state);
  }
}
