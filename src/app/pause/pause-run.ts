import { phaseCues } from '../../core/breathing/plan';
import type { SessionPlan } from '../../core/breathing/types';
import { BODY_NOTES } from '../../core/content/pause-notes';
import { type BodySign, bodySign } from '../../core/motion/acknowledge';
import { FaceDownTracker } from '../../core/motion/face-down';
import { pauseResult } from '../../core/motion/pause-result';
import { StillnessMeter, stillnessBetween } from '../../core/motion/stillness';
import type { MotionSample, OrientationSample } from '../../core/motion/types';
import type { SmallWin } from '../../core/reflect/records';
import type { Coach, CoachStatus } from '../practice/coach';
import type { MotionPermission, MotionSensor } from '../ports/motion-sensor';
import type { PauseLive, PauseMonitorPorts } from './pause-monitor';

/** Longest hands-free wait for the phone to be turned face down, in seconds; then it runs on. */
export const MAX_WAIT_S = 20;

/** The live state with no pause running (sensors off, nothing measured). */
export const PAUSE_OFF: PauseLive = {
  sensors: 'off',
  waiting: false,
  faceDown: false,
  pickedUp: false,
  pickups: 0,
  stillness: null,
  result: null,
};
/** The acknowledgement (and the small win) comes at this plan time when the plan names none. */
const WIN_FALLBACK_S = 180;
/** The record gets the stillness so far every this many judged seconds. */
const SAVE_EVERY_S = 5;

/** The id of the small win a pause session logs (the end updates the same win). */
export function pauseWinId(sessionId: string): string {
  return `pause:${sessionId}`.slice(0, 64);
}

/** One pause session: the sensors, the gate, pickups, stillness, the win and the record. */
export class PauseRun {
  readonly #tracker = new FaceDownTracker();
  readonly #meter = new StillnessMeter();
  readonly #stillToS: number;
  readonly #winAtS: number;
  readonly #nowMs: () => number;
  #live: PauseLive = { ...PAUSE_OFF, sensors: 'asking' };
  #offs: (() => void)[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #waitTimer: ReturnType<typeof setTimeout> | undefined;
  #waitFromMs: number | null = null;
  #waitedMs = 0;
  #gatePassed = false;
  #winLogged = false;
  #faceDownAtS: number | null = null;
  #lastSavedSecond = -Infinity;
  #done = false;

  constructor(
    private readonly coach: Coach,
    private readonly gateS: number,
    private readonly ports: PauseMonitorPorts,
    permission: Promise<MotionPermission>,
    sensor: Promise<MotionSensor | null>,
    private readonly emit: (live: PauseLive) => void,
  ) {
    this.#nowMs = ports.nowMs ?? (() => performance.now());
    this.#stillToS = stillMinuteEnd(coach.plan);
    this.#winAtS =
      coach.plan.cues.find((c) => c.kind === 'prompt' && c.promptId === 'acknowledge-three')?.atS ??
      WIN_FALLBACK_S;
    this.#offs.push(
      coach.onStatus((status) => {
        this.#onStatus(status);
      }),
      this.#tracker.onChange((down) => {
        this.#onFaceDown(down);
      }),
    );
    this.#show({});
    this.#arm();
    void this.#open(permission, sensor);
  }

  /** What the body did so far: stillness since the gate, the heart from the record. */
  sign(): BodySign {
    const nowS = this.coach.nowS();
    const heart = this.coach.record?.heart;
    return bodySign({
      stillness: stillnessBetween(this.#meter.seconds, this.gateS),
      heart: heart ? { samples: heart.samples, baselineBpm: heart.baselineBpm } : null,
      nowS,
    });
  }

  endWait(): void {
    if (this.#waitFromMs === null) return;
    this.#waitedMs += this.#nowMs() - this.#waitFromMs;
    this.#waitFromMs = null;
    clearTimeout(this.#waitTimer);
    this.#show({ waiting: false });
    void this.coach.release();
  }

  dispose(): void {
    clearTimeout(this.#timer);
    clearTimeout(this.#waitTimer);
    for (const off of this.#offs.splice(0)) off();
  }

  async #open(permission: Promise<MotionPermission>, loading: Promise<MotionSensor | null>) {
    let answer: MotionPermission;
    let sensor: MotionSensor | null;
    try {
      [answer, sensor] = await Promise.all([permission, loading]);
    } catch {
      answer = 'unsupported';
      sensor = null;
    }
    if (this.#done) return;
    if (!sensor || answer === 'unsupported' || !sensor.supported) {
      this.#show({ sensors: sensor || !this.ports.loadMotion ? 'off' : 'failed' });
      return;
    }
    if (answer === 'denied') {
      this.#show({ sensors: 'denied' });
      return;
    }
    this.#show({ sensors: 'silent' });
    this.#offs.push(
      sensor.onOrientation((sample) => {
        this.#orientation(sample);
      }),
      sensor.onMotion((sample) => {
        this.#motion(sample);
      }),
    );
  }

  #orientation(sample: OrientationSample): void {
    this.#tracker.pushOrientation(sample);
    this.#markLive();
  }

  #motion(sample: MotionSample): void {
    this.#tracker.pushMotion(sample);
    this.#markLive();
    if (this.coach.status !== 'running') return;
    const judged = this.#meter.push(this.coach.nowS(), sample);
    if (judged && judged.second >= this.gateS) {
      this.#show({ stillness: stillnessBetween(this.#meter.seconds, this.gateS) });
    }
    if (judged && judged.second - this.#lastSavedSecond >= SAVE_EVERY_S) {
      this.#lastSavedSecond = judged.second;
      this.#save();
    }
  }

  #markLive(): void {
    const live = this.#tracker.live(this.#nowMs());
    if (live !== (this.#live.sensors === 'live')) this.#show({ sensors: live ? 'live' : 'silent' });
  }

  #onFaceDown(down: boolean): void {
    const nowS = this.coach.nowS();
    if (down) {
      this.#faceDownAtS ??= nowS;
      this.#show({ faceDown: true, pickedUp: false });
      this.endWait();
      return;
    }
    const inStillMinute =
      this.#gatePassed && nowS < this.#stillToS && this.coach.status === 'running';
    if (!inStillMinute) {
      this.#show({ faceDown: false });
      return;
    }
    this.ports.player.notify('picked-up');
    this.#show({ faceDown: false, pickedUp: true, pickups: this.#live.pickups + 1 });
  }

  /** Wakes at the gate, then at the acknowledgement, on the session clock. */
  #arm(): void {
    clearTimeout(this.#timer);
    if (this.#done) return;
    const targetS = !this.#gatePassed ? this.gateS : !this.#winLogged ? this.#winAtS : null;
    if (targetS === null) return;
    const aheadS = targetS - this.coach.nowS();
    this.#timer = setTimeout(
      () => {
        this.#tick();
      },
      Math.max(aheadS > 0 ? 50 : 0, Math.ceil(aheadS * 1000)),
    );
  }

  #tick(): void {
    const status = this.coach.status;
    if (status === 'ended' || status === 'stopped') return;
    const nowS = this.coach.nowS();
    if (status === 'running' && !this.#gatePassed && nowS >= this.gateS - 0.005) {
      this.#gatePassed = true;
      this.#atGate();
    } else if (
      status === 'running' &&
      this.#gatePassed &&
      !this.#winLogged &&
      nowS >= this.#winAtS
    ) {
      this.#winLogged = true;
      this.#putWin(nowS);
    }
    this.#arm();
  }

  #atGate(): void {
    if (!this.#tracker.live(this.#nowMs()) || this.#tracker.faceDown) return;
    this.#waitFromMs = this.#nowMs();
    this.#show({ waiting: true });
    void this.coach.hold();
    this.#waitTimer = setTimeout(
      () => {
        this.endWait();
      },
      (this.ports.maxWaitS ?? MAX_WAIT_S) * 1000,
    );
  }

  #putWin(stayedS: number): void {
    const id = this.coach.record?.id;
    if (!id) return;
    const win: SmallWin = {
      id: pauseWinId(id),
      at: (this.ports.wallClock?.() ?? new Date()).toISOString(),
      kind: 'pause',
      stayedS: Math.round(stayedS),
      sessionId: id,
      note: BODY_NOTES[this.sign()],
    };
    this.ports.storage.wins.put(win).catch(() => undefined);
  }

  #onStatus(status: CoachStatus): void {
    // The clock holds: the readings after it would share a plan second with those before.
    if (status === 'waiting' || status === 'paused') this.#meter.drop();
    if (status === 'running' || status === 'waiting') this.#arm();
    if (status !== 'ended' && status !== 'stopped') return;
    if (this.#waitFromMs !== null) this.#waitedMs += this.#nowMs() - this.#waitFromMs;
    this.#waitFromMs = null;
    this.#done = true;
    this.#meter.flush();
    const practisedS = this.coach.record?.practisedS ?? this.coach.nowS();
    const sign = this.sign();
    const saved = this.#save(practisedS);
    if (practisedS >= this.#winAtS) this.#putWin(practisedS);
    this.dispose();
    this.#show({
      waiting: false,
      pickedUp: false,
      result: {
        motion: saved?.motion ?? null,
        stillness: saved?.stillness ?? null,
        sign,
        note: BODY_NOTES[sign],
        practisedS,
      },
    });
  }

  /** Writes stillness and motion onto the record (only once the sensors have spoken). */
  #save(untilS = this.coach.nowS()): ReturnType<typeof pauseResult> | null {
    const id = this.coach.record?.id;
    if (!id || (this.#meter.seconds.length === 0 && this.#faceDownAtS === null)) return null;
    const result = pauseResult({
      seconds: this.#meter.seconds,
      untilS,
      stillFromS: this.gateS,
      stillToS: this.#stillToS,
      faceDownAtS: this.#faceDownAtS,
      waitedS:
        (this.#waitedMs + (this.#waitFromMs === null ? 0 : this.#nowMs() - this.#waitFromMs)) /
        1000,
      pickups: this.#live.pickups,
    });
    this.ports.log.update(id, {
      motion: result.motion,
      ...(result.stillness === null ? {} : { stillness: result.stillness }),
    });
    return result;
  }

  #show(patch: Partial<PauseLive>): void {
    this.#live = { ...this.#live, ...patch };
    this.emit(this.#live);
  }
}

/** Where the still minute ends: the end of the settle (the first breath). */
function stillMinuteEnd(plan: SessionPlan): number {
  const settle = phaseCues(plan).find((c) => c.kind === 'settle');
  return settle ? settle.atS + settle.durationS : plan.breathingEndS;
}
