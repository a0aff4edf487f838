import type { HeartRateReading, SensorContact, UrgeReading } from '../../core/heart/types';
import type { SimulatedControls } from '../heart/heart-monitor';
import type { UrgeMeterFactory, UrgeMeterLike, UrgeMeterSetup } from '../heart/heart-session';
import type { HeartRateSource, StrapFailure, StrapState } from '../ports/heart-rate-source';

/** A strap driven by hand: `connect`, `emit` readings, `drop` the link, `fail` pairing. */
export class FakeHeartSource implements HeartRateSource, SimulatedControls {
  available = true;
  rememberedName: string | null = null;
  state: StrapState = { kind: 'idle' };
  readonly calls: string[] = [];
  /** Make the next `pair` end in this failure. */
  failPairWith: { reason: StrapFailure; message: string } | null = null;
  /** Lung level reader given by the monitor (the simulated strap follows the breathing). */
  levelAt: (() => number) | null = null;
  stressed = false;
  private readonly readingListeners = new Set<(reading: HeartRateReading) => void>();
  private readonly stateListeners = new Set<(state: StrapState) => void>();
  private readonly errorListeners = new Set<(error: Error) => void>();

  constructor(
    readonly kind: 'bluetooth' | 'simulated' = 'bluetooth',
    private readonly nowMs: () => number = () => Date.now(),
    readonly name = kind === 'simulated' ? 'Simulated strap' : 'Polar H10',
  ) {}

  pair(): Promise<void> {
    this.calls.push('pair');
    if (this.failPairWith) {
      this.setState({ kind: 'failed', ...this.failPairWith });
      return Promise.resolve();
    }
    this.connect();
    return Promise.resolve();
  }

  reconnectRemembered(): Promise<boolean> {
    this.calls.push('reconnectRemembered');
    if (this.rememberedName === null) return Promise.resolve(false);
    this.connect();
    return Promise.resolve(true);
  }

  retry(): Promise<void> {
    this.calls.push('retry');
    this.connect();
    return Promise.resolve();
  }

  forget(): Promise<void> {
    this.calls.push('forget');
    this.rememberedName = null;
    this.setState({ kind: 'idle' });
    return Promise.resolve();
  }

  followBreathing(levelAt: (() => number) | null): void {
    this.levelAt = levelAt;
  }

  setStressed(stressed: boolean): void {
    this.stressed = stressed;
  }

  /** Connected, with a battery level. */
  connect(batteryPercent: number | null = 80): void {
    this.rememberedName = this.name;
    this.setState({ kind: 'connected', name: this.name, batteryPercent, location: 'chest' });
  }

  /** The link dropped; the strap is trying again. */
  drop(attempt = 1, nextInS = 1): void {
    this.setState({ kind: 'reconnecting', name: this.name, attempt, nextInS });
  }

  setState(state: StrapState): void {
    this.state = state;
    for (const listener of [...this.stateListeners]) listener(state);
  }

  /** Sends one packet now. */
  emit(bpm: number, options: { rrMs?: number[]; contact?: SensorContact } = {}): void {
    const reading: HeartRateReading = {
      bpm,
      contact: options.contact ?? 'detected',
      energyKj: null,
      rrMs: options.rrMs ?? [],
      tMs: this.nowMs(),
    };
    for (const listener of [...this.readingListeners]) listener(reading);
  }

  onReading(listener: (reading: HeartRateReading) => void): () => void {
    this.readingListeners.add(listener);
    return () => this.readingListeners.delete(listener);
  }

  onState(listener: (state: StrapState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  onError(listener: (error: Error) => void): () => void {
    this.errorListeners.add(listener);
    return () => this.errorListeners.delete(listener);
  }

  get listenerCount(): number {
    return this.readingListeners.size + this.stateListeners.size;
  }
}

/**
 * A predictable meter: baseline is the first reading (or the resting level given), level rises
 * 5 points per bpm above it, and quality is `none` until the baseline exists.
 */
export class FakeUrgeMeter implements UrgeMeterLike {
  readonly pushed: { tMs: number; bpm: number; rrMs?: readonly number[] }[] = [];
  private baselineBpm: number | null;
  private level = 0;

  constructor(readonly setup: UrgeMeterSetup) {
    this.baselineBpm = setup.restingBpm;
  }

  push(sample: { tMs: number; bpm: number; rrMs?: readonly number[] }): void {
    this.pushed.push(sample);
    this.baselineBpm ??= sample.bpm;
    this.level = Math.min(100, Math.max(0, (sample.bpm - this.baselineBpm) * 5));
  }

  read(): UrgeReading {
    return {
      level: this.level,
      high: this.level >= 70,
      baselineBpm: this.baselineBpm,
      quality: this.baselineBpm === null ? 'none' : 'ok',
    };
  }
}

/** A meter factory that keeps every meter it made. */
export function fakeMeterFactory(): UrgeMeterFactory & { meters: FakeUrgeMeter[] } {
  const meters: FakeUrgeMeter[] = [];
  const factory = (setup: UrgeMeterSetup) => {
    const meter = new FakeUrgeMeter(setup);
    meters.push(meter);
    return meter;
  };
  return Object.assign(factory, { meters });
}
