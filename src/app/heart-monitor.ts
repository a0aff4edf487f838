import { phaseAt } from '../core/breathing/plan';
import type { HeartRateReading, SensorContact } from '../core/heart/types';
import type { StrapChoice } from '../core/settings/settings';
import type { Coach, CoachStatus } from './coach';
import {
  HeartSession,
  NO_DATA_MS,
  hrvWeightFor,
  type UrgeLive,
  type UrgeMeterFactory,
} from './heart-session';
import type { GuidancePlayer, HeartRateSource, SettingsStore, StrapState } from './ports';
import type { SessionLog } from './session-log';

/** The built-in strap's extra knobs: it breathes with the practice and can play a stressed person. */
export interface SimulatedControls {
  /** Lung fill 0..1 now, read whenever the simulation wants it; null when no practice runs. */
  followBreathing(levelAt: (() => number) | null): void;
  setStressed(stressed: boolean): void;
}

/** Everything the monitor drives. */
export interface HeartMonitorPorts {
  readonly bluetooth: HeartRateSource;
  readonly simulated: HeartRateSource;
  readonly simulatedControls?: SimulatedControls;
  readonly settings: SettingsStore;
  readonly log: SessionLog;
  readonly player: GuidancePlayer;
  readonly createMeter: UrgeMeterFactory;
  /** Same clock as the readings' `tMs`; defaults to `performance.now()`. */
  readonly nowMs?: () => number;
}

/** What the screens show about the strap, now. */
export interface HeartLive {
  readonly choice: StrapChoice;
  /** The chosen source's state; `idle` when no strap is chosen. */
  readonly strap: StrapState;
  /** The Bluetooth strap's state, chosen or not (for pairing in settings). */
  readonly bluetooth: StrapState;
  /** Last heart rate, or null when none arrived in the last 5 s. */
  readonly bpm: number | null;
  readonly contact: SensorContact | null;
  /** The urge meter while a practice runs with a strap; null otherwise. */
  readonly urge: UrgeLive | null;
}

const IDLE: StrapState = { kind: 'idle' };
const LINKED: readonly StrapState['kind'][] = ['connected', 'connecting'];

/**
 * Owns the chosen heart-rate source and, for the running practice, one meter and its recording.
 * Readings flow: source → meter → record (about 1 Hz) and live state. The practice never waits on it.
 */
export class HeartMonitor {
  private choice: StrapChoice;
  private bpm: number | null = null;
  private bpmAtMs = -Infinity;
  private contact: SensorContact | null = null;
  private coach: Coach | null = null;
  private session: HeartSession | null = null;
  private recordId: string | null = null;
  private lostNotified = false;
  private watchdog: ReturnType<typeof setInterval> | undefined;
  private lastLive: HeartLive;
  private readonly listeners = new Set<(live: HeartLive) => void>();
  private readonly offs: (() => void)[] = [];
  private coachOffs: (() => void)[] = [];
  private readonly nowMs: () => number;

  constructor(private readonly ports: HeartMonitorPorts) {
    this.nowMs = ports.nowMs ?? (() => performance.now());
    const settings = ports.settings.load();
    this.choice = settings.strap;
    ports.simulatedControls?.setStressed(settings.simulatedStress);
    for (const source of [ports.bluetooth, ports.simulated]) {
      this.offs.push(
        source.onReading((reading) => {
          if (source === this.source) this.onReading(reading);
        }),
        source.onState((state) => {
          if (source === this.source) this.onState(state);
          else this.emit();
        }),
      );
    }
    this.offs.push(
      ports.settings.subscribe((s) => void this.onSettings(s.strap, s.simulatedStress)),
    );
    this.lastLive = this.compute();
  }

  /** The source in use, or null when the person chose no strap. */
  get source(): HeartRateSource | null {
    if (this.choice === 'off') return null;
    return this.choice === 'bluetooth' ? this.ports.bluetooth : this.ports.simulated;
  }

  get bluetooth(): HeartRateSource {
    return this.ports.bluetooth;
  }

  get live(): HeartLive {
    return this.lastLive;
  }

  /** Called with new live state on every change; returns unsubscribe. */
  subscribe(listener: (live: HeartLive) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Connects what the settings chose: the remembered strap without the chooser, or the simulation. */
  async connectChosen(): Promise<void> {
    if (this.choice === 'bluetooth') await this.ports.bluetooth.reconnectRemembered();
    else if (this.choice === 'simulated') await this.ports.simulated.pair();
  }

  /** Opens the strap chooser; call it inside the tap. Chooses the strap once it is paired. */
  pair(): Promise<void> {
    const pairing = this.ports.bluetooth.pair();
    return pairing.then(() => {
      if (this.ports.bluetooth.state.kind === 'connected') this.choose('bluetooth');
    });
  }

  /** Forgets the paired strap; the app goes on without one. */
  async forget(): Promise<void> {
    if (this.choice === 'bluetooth') this.choose('off');
    await this.ports.bluetooth.forget();
  }

  /** Turns the simulated strap on or off. */
  useSimulated(on: boolean): void {
    if (on) this.choose('simulated');
    else if (this.choice === 'simulated') this.choose('off');
  }

  setSimulatedStress(stressed: boolean): void {
    const current = this.ports.settings.load();
    this.ports.settings.save({ ...current, simulatedStress: stressed });
  }

  /** Follows `coach`'s session: a fresh meter and a heart record while it runs with a strap. */
  track(coach: Coach): void {
    this.finish();
    for (const off of this.coachOffs.splice(0)) off();
    this.coach = coach;
    this.coachOffs.push(
      coach.onStatus((status) => {
        this.onCoachStatus(coach, status);
      }),
    );
    this.onCoachStatus(coach, coach.status);
  }

  /** Stops listening to everything (tests, and a page going away). */
  dispose(): void {
    this.finish();
    for (const off of [...this.offs.splice(0), ...this.coachOffs.splice(0)]) off();
  }

  private choose(choice: StrapChoice): void {
    const current = this.ports.settings.load();
    if (current.strap !== choice) this.ports.settings.save({ ...current, strap: choice });
  }

  private async onSettings(choice: StrapChoice, stressed: boolean): Promise<void> {
    this.ports.simulatedControls?.setStressed(stressed);
    if (choice === this.choice) return;
    const previous = this.choice;
    this.choice = choice;
    this.bpm = null;
    this.contact = null;
    this.emit();
    if (previous === 'simulated') await this.ports.simulated.forget();
    if (choice === 'simulated') await this.ports.simulated.pair();
  }

  private onCoachStatus(coach: Coach, status: CoachStatus): void {
    if (coach !== this.coach) return;
    if (status === 'running' && !this.session) this.begin(coach);
    else if (status === 'ended' || status === 'stopped') this.finish();
  }

  private begin(coach: Coach): void {
    const id = coach.record?.id;
    if (!id) return;
    this.recordId = id;
    this.ports.simulatedControls?.followBreathing(() => phaseAt(coach.plan, coach.nowS()).level);
    if (!this.source) return;
    const meter = this.ports.createMeter({
      restingBpm: this.ports.log.usualRestingBpm(id),
      hrvWeight: hrvWeightFor(coach.plan),
    });
    this.session = new HeartSession(meter, this.nowMs());
    this.lostNotified = false;
    if (!LINKED.includes(this.source.state.kind)) this.session.openGap(coach.nowS());
    this.writeTrace();
    this.watchdog = setInterval(() => {
      this.checkSilence();
    }, 1000);
    this.emit();
  }

  private finish(): void {
    clearInterval(this.watchdog);
    this.watchdog = undefined;
    this.ports.simulatedControls?.followBreathing(null);
    const session = this.session;
    const coach = this.coach;
    if (session && coach && this.recordId) {
      this.ports.log.update(this.recordId, { heart: session.trace(coach.nowS()) });
    }
    this.session = null;
    this.recordId = null;
    this.emit();
  }

  private onReading(reading: HeartRateReading): void {
    this.contact = reading.contact;
    if (reading.contact !== 'lost' && reading.bpm > 0) {
      this.bpm = reading.bpm;
      this.bpmAtMs = reading.tMs;
    }
    const coach = this.coach;
    if (this.session && coach) {
      const kept = this.session.push(reading, coach.nowS(), coach.status === 'running');
      if (kept) this.writeTrace();
    }
    this.emit();
  }

  private onState(state: StrapState): void {
    const coach = this.coach;
    if (this.session && coach) {
      const linked = state.kind === 'connected';
      if (!linked && !LINKED.includes(state.kind)) {
        this.session.openGap(coach.nowS());
        if (!this.lostNotified && coach.status === 'running') {
          this.ports.player.notify('strap-lost');
          this.lostNotified = true;
        }
      } else if (linked && this.lostNotified) {
        this.lostNotified = false;
        if (coach.status === 'running') this.ports.player.notify('strap-back');
      }
    }
    this.emit();
  }

  /** No packet for 5 s with the strap still linked: a gap, and the meter greys out. */
  private checkSilence(): void {
    const session = this.session;
    const coach = this.coach;
    if (!session || !coach) return;
    if (session.stale(this.nowMs())) {
      const fromS = session.lastSampleTS ?? coach.nowS() - NO_DATA_MS / 1000;
      session.openGap(Math.min(coach.nowS(), fromS));
    }
    this.emit();
  }

  private writeTrace(): void {
    if (this.session && this.recordId) {
      this.ports.log.update(this.recordId, { heart: this.session.trace() });
    }
  }

  private compute(): HeartLive {
    const now = this.nowMs();
    return {
      choice: this.choice,
      strap: this.source?.state ?? IDLE,
      bluetooth: this.ports.bluetooth.state,
      bpm: now - this.bpmAtMs < NO_DATA_MS ? this.bpm : null,
      contact: this.contact,
      urge: this.session?.read(now) ?? null,
    };
  }

  private emit(): void {
    const next = this.compute();
    if (sameLive(next, this.lastLive)) return;
    this.lastLive = next;
    for (const listener of [...this.listeners]) listener(next);
  }
}

function sameLive(a: HeartLive, b: HeartLive): boolean {
  const u = a.urge;
  const v = b.urge;
  const sameUrge =
    u === v ||
    (u !== null &&
      v !== null &&
      u.level === v.level &&
      u.high === v.high &&
      u.quality === v.quality &&
      u.reason === v.reason &&
      u.baselineBpm === v.baselineBpm);
  return (
    a.choice === b.choice &&
    a.strap === b.strap &&
    a.bluetooth === b.bluetooth &&
    a.bpm === b.bpm &&
    a.contact === b.contact &&
    sameUrge
  );
}
