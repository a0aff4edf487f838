import type { PromptId } from '../../core/content/prompts';
import type { BodySign } from '../../core/motion/acknowledge';
import type { SmallWin } from '../../core/reflect/records';
import type { MotionResult } from '../../core/session/record';
import type { Coach } from '../practice/coach';
import type { GuidancePlayer } from '../ports/guidance-player';
import type { MotionPermission, MotionSensor } from '../ports/motion-sensor';
import type { RecordStore } from '../ports/record-store';
import type { SessionLog } from '../practice/session-log';
import { PAUSE_OFF, PauseRun } from './pause-run';

/** Where the sensors are for the pause on screen. */
export type PauseSensors = 'off' | 'asking' | 'live' | 'silent' | 'denied' | 'failed';

/** What the screens show about the pause, now. */
export interface PauseLive {
  readonly sensors: PauseSensors;
  /** The practice is holding at the gate for the phone to be turned over. */
  readonly waiting: boolean;
  readonly faceDown: boolean;
  /** Picked up during the still minute and not put down again yet. */
  readonly pickedUp: boolean;
  readonly pickups: number;
  /** Stillness 0..1 since the gate, or null before anything was judged. */
  readonly stillness: number | null;
  /** What the pause came to, once it is over. */
  readonly result: PauseOutcome | null;
}

/** The pause, once over: its motion result and what the body did. */
export interface PauseOutcome {
  readonly motion: MotionResult | null;
  readonly stillness: number | null;
  readonly sign: BodySign;
  /** What the body did, in words (`BODY_NOTES`); '' when nothing can be said. */
  readonly note: string;
  readonly practisedS: number;
}

/** Everything the monitor drives. */
export interface PauseMonitorPorts {
  /** The motion sensors, loaded (not asked for) with the practice's screen; none: timed only. */
  readonly loadMotion?: (() => Promise<MotionSensor>) | undefined;
  readonly player: GuidancePlayer;
  readonly log: SessionLog;
  /** Where small wins are kept (the platform adapters can be passed as they are). */
  readonly storage: { readonly wins: RecordStore<SmallWin> };
  /** The clock of the samples' `tMs`; defaults to `performance.now()`. */
  readonly nowMs?: () => number;
  readonly wallClock?: () => Date;
  readonly maxWaitS?: number;
}

/**
 * Makes the five-minute pause hands-free: at the plan's face-down gate it holds the coach until the
 * phone lies face down (at most `MAX_WAIT_S`), notices pickups in the still minute kindly, measures
 * stillness, chooses the three-minute acknowledgement, logs the small win and records the motion.
 * Without sensors or permission the practice simply runs on its timer.
 */
export class PauseMonitor {
  #live: PauseLive = PAUSE_OFF;
  #sensor: MotionSensor | null = null;
  #loading: Promise<MotionSensor | null> | null = null;
  #permission: Promise<MotionPermission> | null = null;
  #run: PauseRun | null = null;
  readonly #listeners = new Set<(live: PauseLive) => void>();

  constructor(private readonly ports: PauseMonitorPorts) {}

  get live(): PauseLive {
    return this.#live;
  }

  /** Called with new live state on every change; returns unsubscribe. */
  subscribe(listener: (live: PauseLive) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Loads the sensor adapter (the practice's screen opened), so the Start tap finds it ready. */
  prepare(): Promise<MotionSensor | null> {
    this.#loading ??= (this.ports.loadMotion?.() ?? Promise.resolve(null)).then(
      (sensor) => (this.#sensor = sensor),
      () => null,
    );
    return this.#loading;
  }

  /**
   * Asks for the sensors; call it synchronously inside the Start tap (iOS requires it). With the
   * adapter not loaded yet it asks once it is (which iOS may refuse).
   */
  requestPermission(): Promise<MotionPermission> {
    const sensor = this.#sensor;
    this.#permission = sensor
      ? sensor.requestPermission()
      : this.prepare().then((s) => s?.requestPermission() ?? 'unsupported');
    return this.#permission;
  }

  /** Chooses the three-minute acknowledgement with what the sensors and strap know now. */
  readonly choosePrompt = (id: PromptId): PromptId => {
    if (id !== 'acknowledge-three' || !this.#run) return id;
    const sign = this.#run.sign();
    return sign === 'heart'
      ? 'acknowledge-three-heart'
      : sign === 'still'
        ? 'acknowledge-three-still'
        : id;
  };

  /** Follows `coach`'s pause; call it from the Start tap, right after starting. */
  track(coach: Coach): void {
    this.#run?.dispose();
    this.#run = null;
    const gateS = coach.plan.faceDownGateS;
    if (gateS === undefined) {
      this.#set(PAUSE_OFF);
      return;
    }
    const permission = this.#permission ?? this.requestPermission();
    this.#permission = null;
    this.#run = new PauseRun(coach, gateS, this.ports, permission, this.prepare(), (live) => {
      this.#set(live);
    });
  }

  /** Runs on from the face-down wait now (the "Begin the still minute" button). */
  begin(): void {
    this.#run?.endWait();
  }

  /** Stops following (a page going away, tests). */
  dispose(): void {
    this.#run?.dispose();
    this.#run = null;
    this.#set(PAUSE_OFF);
  }

  #set(live: PauseLive): void {
    this.#live = live;
    for (const listener of [...this.#listeners]) listener(live);
  }
}
