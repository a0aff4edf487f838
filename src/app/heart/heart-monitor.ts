import { phaseAt } from '../../core/breathing/plan';
import type { HeartRateReading, SensorContact } from '../../core/heart/types';
import type { StrapChoice } from '../../core/settings/settings';
import type { Coach, CoachStatus } from '../practice/coach';
import type { HeartRecording } from './heart-recording';
import type { UrgeLive, UrgeMeterFactory } from './heart-session';
import { NO_DATA_MS } from './heart-silence';
import type { GuidancePlayer } from '../ports/guidance-player';
import type { HeartRateSource, StrapState } from '../ports/heart-rate-source';
import type { SettingsStore } from '../ports/settings-store';
import type { SessionLog } from '../practice/session-log';
import type { WithBaseline } from './resting-bpm';
import { sameHeartLive } from './same-heart-live';

/** The built-in strap's extra knobs: it breathes with the practice and can play a stressed person. */
export interface SimulatedControls {
  /** Lung fill 0..1 now, read whenever the simulation wants it; null when no practice runs. */
  followBreathing(levelAt: (() => number) | null): void;
  setStressed(stressed: boolean): void;
}

/** Everything the monitor drives. */
export interface HeartMonitorPorts {
  /** `preload`, where the strap's code loads lazily, fetches it so Pair stays inside the tap. */
  readonly bluetooth: HeartRateSource & { readonly preload?: () => void };
  readonly simulated: HeartRateSource;
  readonly simulatedControls?: SimulatedControls;
  readonly settings: SettingsStore;
  readonly log: SessionLog;
  /** Recent sessions kept on the device, for the usual resting heart rate. */
  readonly history?: () => readonly WithBaseline[];
  readonly player: GuidancePlayer;
  /** One meter per practice; the core `UrgeMeter` unless a test gives another. */
  readonly createMeter?: UrgeMeterFactory | undefined;
  /** Loads the per-practice recording (and the meter) the first time a strap may need it. */
  readonly loadRecording: () => Promise<typeof HeartRecording>;
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

/**
 * Owns the chosen heart-rate source and, for the running practice, one meter and its recording.
 * Readings flow: source → meter → record (about 1 Hz) and live state. The practice never waits on it.
 */
export class HeartMonitor {
  #choice: StrapChoice;
  #bpm: number | null = null;
  #bpmAtMs = -Infinity;
  /** The last reading with a heart rate: the one on screen, kept when a recording begins late. */
  #lastReading: HeartRateReading | null = null;
  #contact: SensorContact | null = null;
  #coach: Coach | null = null;
  #recording: HeartRecording | null = null;
  #recordingClass: typeof HeartRecording | null = null;
  #loadingRecording: Promise<typeof HeartRecording | null> | null = null;
  #lastLive: HeartLive;
  readonly #listeners = new Set<(live: HeartLive) => void>();
  readonly #offs: (() => void)[] = [];
  #coachOffs: (() => void)[] = [];
  readonly #nowMs: () => number;
  readonly #ports: HeartMonitorPorts;

  constructor(ports: HeartMonitorPorts) {
    this.#ports = ports;
    this.#nowMs = ports.nowMs ?? (() => performance.now());
    const settings = ports.settings.load();
    this.#choice = settings.strap;
    ports.simulatedControls?.setStressed(settings.simulatedStress);
    for (const source of [ports.bluetooth, ports.simulated]) {
      this.#offs.push(
        source.onReading((reading) => {
          if (source === this.source) this.#onReading(reading);
        }),
        source.onState((state) => {
          if (source === this.source) this.#onState(state);
          else this.#emit();
        }),
      );
    }
    this.#offs.push(
      ports.settings.subscribe((s) => void this.#onSettings(s.strap, s.simulatedStress)),
    );
    this.#lastLive = this.#compute();
    if (this.#choice !== 'off') void this.#prefetchRecording();
  }

  /** The source in use, or null when the person chose no strap. */
  get source(): HeartRateSource | null {
    if (this.#choice === 'off') return null;
    return this.#choice === 'bluetooth' ? this.#ports.bluetooth : this.#ports.simulated;
  }

  get bluetooth(): HeartRateSource {
    return this.#ports.bluetooth;
  }

  get live(): HeartLive {
    return this.#lastLive;
  }

  /** Called with new live state on every change; returns unsubscribe. */
  subscribe(listener: (live: HeartLive) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Connects what the settings chose: the remembered strap without the chooser, or the simulation. */
  async connectChosen(): Promise<void> {
    if (this.#choice === 'bluetooth') await this.#ports.bluetooth.reconnectRemembered();
    else if (this.#choice === 'simulated') await this.#ports.simulated.pair();
  }

  /** Starts loading the Bluetooth strap's code (the strap settings are showing), so Pair opens at once. */
  preparePairing(): void {
    this.#ports.bluetooth.preload?.();
  }

  /** Opens the strap chooser; call it inside the tap. Chooses the strap once it is paired. */
  pair(): Promise<void> {
    const pairing = this.#ports.bluetooth.pair();
    return pairing.then(() => {
      if (this.#ports.bluetooth.state.kind === 'connected') this.#choose('bluetooth');
    });
  }

  /** Forgets the paired strap; the app goes on without one. */
  async forget(): Promise<void> {
    if (this.#choice === 'bluetooth') this.#choose('off');
    await this.#ports.bluetooth.forget();
  }

  /** Turns the simulated strap on or off. */
  useSimulated(on: boolean): void {
    if (on) this.#choose('simulated');
    else if (this.#choice === 'simulated') this.#choose('off');
  }

  setSimulatedStress(stressed: boolean): void {
    const current = this.#ports.settings.load();
    this.#ports.settings.save({ ...current, simulatedStress: stressed });
  }

  /** Follows `coach`'s session: a fresh meter and a heart record while it runs with a strap. */
  track(coach: Coach): void {
    this.#finish();
    for (const off of this.#coachOffs.splice(0)) off();
    this.#coach = coach;
    if (this.source) void this.#prefetchRecording();
    this.#coachOffs.push(
      coach.onStatus((status) => {
        this.#onCoachStatus(coach, status);
      }),
    );
    this.#onCoachStatus(coach, coach.status);
  }

  /** Stops listening to everything (tests, and a page going away). */
  dispose(): void {
    this.#finish();
    for (const off of [...this.#offs.splice(0), ...this.#coachOffs.splice(0)]) off();
  }

  #choose(choice: StrapChoice): void {
    const current = this.#ports.settings.load();
    if (current.strap !== choice) this.#ports.settings.save({ ...current, strap: choice });
  }

  async #onSettings(choice: StrapChoice, stressed: boolean): Promise<void> {
    this.#ports.simulatedControls?.setStressed(stressed);
    if (choice === this.#choice) return;
    const previous = this.#choice;
    this.#choice = choice;
    this.#bpm = null;
    this.#contact = null;
    this.#emit();
    if (choice !== 'off') void this.#prefetchRecording();
    if (previous === 'simulated') await this.#ports.simulated.forget();
    if (choice === 'simulated') await this.#ports.simulated.pair();
  }

  #onCoachStatus(coach: Coach, status: CoachStatus): void {
    if (coach !== this.#coach) return;
    if (status === 'running' && !this.#recording) this.#begin(coach);
    else if (status === 'ended' || status === 'stopped') this.#finish();
  }

  #begin(coach: Coach): void {
    const id = coach.record?.id;
    if (!id) return;
    this.#ports.simulatedControls?.followBreathing(() => phaseAt(coach.plan, coach.nowS()).level);
    const source = this.source;
    if (!source) return;
    const Recording = this.#recordingClass;
    if (!Recording) {
      void this.#prefetchRecording().then((loaded) => {
        if (loaded && coach === this.#coach && coach.status === 'running' && !this.#recording) {
          this.#begin(coach);
        }
      });
      return;
    }
    const { log, player, createMeter, history } = this.#ports;
    this.#recording = new Recording(coach, id, source, {
      log,
      history,
      player,
      createMeter,
      nowMs: this.#nowMs,
      onChange: () => {
        this.#emit();
      },
    });
    // The heart rate on screen while the recording code loaded belongs to this practice too.
    const last = this.#lastReading;
    if (last && this.#nowMs() - last.tMs < NO_DATA_MS) this.#recording.reading(last);
    this.#emit();
  }

  #finish(): void {
    this.#ports.simulatedControls?.followBreathing(null);
    this.#recording?.finish();
    this.#recording = null;
    this.#emit();
  }

  /** Starts loading the recording code once; resolves to it, or null if it could not load. */
  #prefetchRecording(): Promise<typeof HeartRecording | null> {
    this.#loadingRecording ??= this.#ports.loadRecording().then(
      (Recording) => (this.#recordingClass = Recording),
      () => {
        this.#loadingRecording = null;
        return null;
      },
    );
    return this.#loadingRecording;
  }

  #onReading(reading: HeartRateReading): void {
    this.#contact = reading.contact;
    if (reading.contact !== 'lost' && reading.bpm > 0) {
      this.#bpm = reading.bpm;
      this.#bpmAtMs = reading.tMs;
      this.#lastReading = reading;
    }
    this.#recording?.reading(reading);
    this.#emit();
  }

  #onState(state: StrapState): void {
    this.#recording?.state(state);
    this.#emit();
  }

  #compute(): HeartLive {
    const now = this.#nowMs();
    return {
      choice: this.#choice,
      strap: this.source?.state ?? IDLE,
      bluetooth: this.#ports.bluetooth.state,
      bpm: now - this.#bpmAtMs < NO_DATA_MS ? this.#bpm : null,
      contact: this.#contact,
      urge: this.#recording?.urge(now) ?? null,
    };
  }

  #emit(): void {
    const next = this.#compute();
    if (sameHeartLive(next, this.#lastLive)) return;
    this.#lastLive = next;
    for (const listener of [...this.#listeners]) listener(next);
  }
}
