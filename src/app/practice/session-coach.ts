import { breathsDoneBy, phaseAt, phaseCues } from '../../core/breathing/plan';
import type { PhaseKind, SessionPlan } from '../../core/breathing/types';
import type { SessionRecord } from '../../core/session/record';
import type { GuidanceOptions, SessionClock } from '../ports/guidance-player';
import type { Coach, CoachOptions, CoachPorts, CoachStatus, PhaseEvent } from './coach';

/** Where the plan changes phase, or ends, in plan seconds. */
interface Boundary {
  readonly atS: number;
  readonly kind: PhaseKind | 'end';
}

/** A coach on its ports: walks the plan's phase changes on the player's clock and keeps the record. */
export class SessionCoach implements Coach {
  status: CoachStatus = 'idle';
  error: unknown = null;
  private clock: SessionClock | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Pause was pressed while starting: pause as soon as the session runs. */
  private pauseOnStart = false;
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
    // Pressed before the first sound (a file may take a moment on a busy phone): paused on arrival.
    if (this.status === 'starting') {
      this.pauseOnStart = true;
      return;
    }
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
    if (this.status === 'starting') this.pauseOnStart = false;
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
    if (this.pauseOnStart) {
      this.pauseOnStart = false;
      void this.pause();
    }
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
