import { breathsDoneBy, phaseAt, phaseCues } from '../../core/breathing/plan';
import type { PhaseKind, PhaseState, SessionPlan } from '../../core/breathing/types';
import type { GuidanceOptions, GuidancePlayer, SessionClock } from '../ports/guidance-player';
import type { Haptics } from '../ports/haptics';
import type { MediaControls } from '../ports/media-controls';
import type { ScreenKeeper } from '../ports/screen-keeper';
import type { SessionLog } from './session-log';
import type { SessionRecord } from '../../core/session/record';

/**
 * Where a coach is in its one session. `waiting`: held, hands-free, at a gate in the plan (the
 * five-minute pause waits for the phone to be turned face down); the clock stands still as in `paused`.
 */
export type CoachStatus =
  'idle' | 'starting' | 'running' | 'waiting' | 'paused' | 'ended' | 'stopped';

/** A phase change, as read from the session clock. */
export interface PhaseEvent {
  /** `phaseAt(plan, nowS)`; `done` once the last exhale is over. */
  readonly state: PhaseState;
  /** Plan time of the change itself, in seconds (the cue's `atS`). */
  readonly atS: number;
  /** Clock reading when the change was observed, in seconds (at or a little after `atS`). */
  readonly nowS: number;
}

/** The ports a session drives, plus where it keeps its record. */
export interface CoachPorts {
  readonly player: GuidancePlayer;
  readonly haptics: Haptics;
  readonly screen: ScreenKeeper;
  readonly media: MediaControls;
  readonly log: SessionLog;
  /** Wall clock for the record's timestamps; defaults to `new Date()`. */
  readonly wallClock?: () => Date;
  /** Record ids; defaults to `crypto.randomUUID()`. */
  readonly newId?: () => string;
}

/** What the person chose for this session. */
export interface CoachOptions {
  readonly guidance: GuidanceOptions;
  readonly vibration: boolean;
}

/** Runs one practice session on the player's clock. */
export interface Coach {
  readonly plan: SessionPlan;
  readonly status: CoachStatus;
  /** Why the session could not start, once status is `stopped` after a failed start. */
  readonly error: unknown;
  /** The session's record, once it has started. */
  readonly record: SessionRecord | null;
  /** How the guidance sounds (voice, volume, theme, the drone's root). */
  readonly guidance: GuidanceOptions;
  /** Seconds into the plan on the session clock; 0 before it starts. */
  nowS(): number;
  /** Starts the player; call it from the tap. Rejects (and stops) if audio cannot start. */
  start(): Promise<void>;
  /** From `running` or `waiting`; `resume` then runs on. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Holds the clock and the sound without a touch (`waiting`); nothing unless running. */
  hold(): Promise<void>;
  /** Runs on from a hold at once; nothing unless waiting. */
  release(): Promise<void>;
  /** Ends the session now and releases the player, wake lock and media controls. Safe to call twice. */
  stop(): void;
  /** Called at each phase change and once at the end; returns unsubscribe. */
  onPhase(listener: (event: PhaseEvent) => void): () => void;
  /** Called with each new status; returns unsubscribe. */
  onStatus(listener: (status: CoachStatus) => void): () => void;
}

/** Makes a coach for a plan with the ports already bound. */
export type CoachFactory = (plan: SessionPlan, options: CoachOptions) => Coach;

interface Boundary {
  readonly atS: number;
  readonly kind: PhaseKind | 'end';
}

/** Creates a coach for one session of `plan`. */
export function createCoach(plan: SessionPlan, ports: CoachPorts, options: CoachOptions): Coach {
  return new SessionCoach(plan, ports, options);
}

class SessionCoach implements Coach {
  status: CoachStatus = 'idle';
  error: unknown = null;
  private clock: SessionClock | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly boundaries: readonly Boundary[];
  private nextBoundary = 0;
  private recordId: string | null = null;
  private releases: (() => void)[] = [];
  private releaseWakeLock: (() => void) | null = null;
  private readonly phaseListeners = new Set<(event: PhaseEvent) => void>();
  private readonly statusListeners = new Set<(status: CoachStatus) => void>();

  constructor(
    readonly plan: SessionPlan,
    private readonly ports: CoachPorts,
    private readonly options: CoachOptions,
  ) {
    this.boundaries = [
      ...phaseCues(plan).map((c) => ({ atS: c.atS, kind: c.kind })),
      { atS: plan.breathingEndS, kind: 'end' as const },
    ];
  }

  get guidance(): GuidanceOptions {
    return this.options.guidance;
  }

  get record(): SessionRecord | null {
    return this.recordId === null ? null : this.ports.log.get(this.recordId);
  }

  nowS(): number {
    return this.clock?.nowS() ?? 0;
  }

  start(): Promise<void> {
    if (this.status !== 'idle') return Promise.reject(new Error('A coach runs one session only.'));
    this.setStatus('starting');
    let starting: Promise<SessionClock>;
    try {
      // Called synchronously so the audio context is created inside the tap's user activation.
      starting = this.ports.player.start(this.plan, this.options.guidance);
    } catch (error) {
      starting = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return starting.then(
      (clock) => {
        this.begin(clock);
      },
      (error: unknown) => {
        this.error = error;
        this.ports.player.stop();
        if (this.status === 'starting') this.setStatus('stopped');
        throw error;
      },
    );
  }

  async pause(): Promise<void> {
    if (this.status !== 'running' && this.status !== 'waiting') return;
    this.clearTimer();
    this.ports.haptics.cancel();
    this.releaseScreen();
    this.ports.media.setState('paused');
    this.setStatus('paused');
    await this.ports.player.pause();
  }

  async hold(): Promise<void> {
    if (this.status !== 'running') return;
    this.clearTimer();
    this.setStatus('waiting');
    await this.ports.player.pause();
  }

  release(): Promise<void> {
    return this.resume('waiting');
  }

  /** From `paused`, or from `waiting` (release): the wake lock and media state stayed as they were. */
  async resume(from: CoachStatus = 'paused'): Promise<void> {
    if (this.status !== from) return;
    await this.ports.player.resume();
    // Stop may have run while the player resumed.
    if (this.status !== from) return;
    if (from === 'paused') {
      this.releaseWakeLock = this.ports.screen.keepAwake();
      this.ports.media.setState('playing');
    }
    this.setStatus('running');
    this.tick();
  }

  stop(): void {
    this.clearTimer();
    if (this.status === 'stopped') return;
    if (this.status === 'ended') {
      this.ports.player.stop();
      return;
    }
    const wasRunning =
      this.status === 'running' || this.status === 'paused' || this.status === 'waiting';
    if (wasRunning) {
      this.ports.player.stop();
      this.ports.haptics.cancel();
      this.endRecord(false);
      this.releaseAll();
    }
    this.setStatus('stopped');
  }

  onPhase(listener: (event: PhaseEvent) => void): () => void {
    this.phaseListeners.add(listener);
    return () => this.phaseListeners.delete(listener);
  }

  onStatus(listener: (status: CoachStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  private begin(clock: SessionClock): void {
    if (this.status !== 'starting') {
      // Stopped while audio was starting.
      this.ports.player.stop();
      return;
    }
    this.clock = clock;
    const id = this.ports.newId?.() ?? crypto.randomUUID();
    this.recordId = id;
    this.ports.log.add({
      id,
      practiceId: this.plan.practiceId,
      practiceName: this.plan.practiceName,
      startedAt: this.wallNow(),
      endedAt: null,
      status: 'running',
      plannedS: this.plan.durationS,
      practisedS: 0,
      breathsCompleted: 0,
      phases: phaseCues(this.plan).map(({ kind, atS, durationS }) => ({ kind, atS, durationS })),
      answer: this.plan.asksClosingQuestion ? null : undefined,
      bodyPlaces: [],
      urgeBefore: null,
      urgeAfter: null,
    });
    const { media, player, screen } = this.ports;
    this.releases.push(
      media.show(this.plan.practiceName, {
        play: () => void this.resume(),
        pause: () => void this.pause(),
        stop: () => {
          this.stop();
        },
      }),
      player.onInterrupted(() => void this.pause()),
      () => {
        media.setState('none');
      },
    );
    media.setState('playing');
    this.releaseWakeLock = screen.keepAwake();
    this.setStatus('running');

    const nowS = clock.nowS();
    // Skip the changes already behind the clock (a resumed start); the end is left for tick().
    for (let b = this.peek(); b && b.kind !== 'end' && b.atS <= nowS; b = this.peek()) {
      this.nextBoundary++;
    }
    const current = phaseAt(this.plan, nowS);
    if (current.cue) this.announce(current.cue.atS, nowS);
    this.tick();
  }

  /** Looks at the clock, announces what has changed since the last look, and re-arms. */
  private tick(): void {
    this.timer = undefined;
    if (this.status !== 'running' || !this.clock) return;
    const nowS = this.clock.nowS();
    let passed: Boundary | null = null;
    for (let b = this.peek(); b && b.atS <= nowS; b = this.peek()) {
      passed = b;
      this.nextBoundary++;
    }
    if (passed?.kind === 'end') {
      this.finish(nowS);
      return;
    }
    if (passed) this.announce(passed.atS, nowS);
    const next = this.peek();
    if (next) {
      this.timer = setTimeout(
        () => {
          this.tick();
        },
        delayMs(next.atS - nowS),
      );
    }
  }

  private announce(atS: number, nowS: number): void {
    const state = phaseAt(this.plan, nowS);
    if (this.options.vibration && state.cue) this.ports.haptics.phase(state.cue.kind);
    this.emitPhase({ state, atS, nowS });
  }

  private finish(nowS: number): void {
    if (this.options.vibration) this.ports.haptics.phase('end');
    this.endRecord(true);
    this.releaseAll();
    this.emitPhase({ state: phaseAt(this.plan, nowS), atS: this.plan.breathingEndS, nowS });
    this.setStatus('ended');
    // The end sound and closing lines play on; release the audio device once they are over.
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.ports.player.stop();
      },
      delayMs(this.plan.durationS - nowS),
    );
  }

  private endRecord(completed: boolean): void {
    if (this.recordId === null) return;
    const nowS = this.nowS();
    const breathsCompleted = completed ? this.plan.breathCount : breathsDoneBy(this.plan, nowS);
    this.ports.log.update(this.recordId, {
      endedAt: this.wallNow(),
      status: completed ? 'completed' : 'stopped',
      practisedS: completed ? this.plan.durationS : Math.round(nowS * 100) / 100,
      breathsCompleted,
    });
  }

  private peek(): Boundary | undefined {
    return this.boundaries[this.nextBoundary];
  }

  private releaseScreen(): void {
    this.releaseWakeLock?.();
    this.releaseWakeLock = null;
  }

  private releaseAll(): void {
    this.releaseScreen();
    for (const release of this.releases.splice(0)) release();
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private wallNow(): string {
    return (this.ports.wallClock?.() ?? new Date()).toISOString();
  }

  private setStatus(status: CoachStatus): void {
    this.status = status;
    for (const listener of [...this.statusListeners]) listener(status);
  }

  private emitPhase(event: PhaseEvent): void {
    for (const listener of [...this.phaseListeners]) listener(event);
  }
}

/** Milliseconds until `aheadS` has passed on the clock; at least 1 ms so an early wake re-checks soon. */
function delayMs(aheadS: number): number {
  return Math.max(1, Math.ceil(aheadS * 1000));
}
