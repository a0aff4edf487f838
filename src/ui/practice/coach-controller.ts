import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Coach, CoachStatus, PhaseEvent } from '../../app/practice/coach';
import type { PhaseCue, PhaseState } from '../../core/breathing/types';

/** What the host hears from the coach it follows. */
export interface CoachListeners {
  phase(event: PhaseEvent): void;
  /** Called after `status` on the controller is updated. */
  status(status: CoachStatus): void;
}

/**
 * Follows one coach session until it is released or the host disconnects: its status and where the
 * plan is, re-rendering the host on each change.
 */
export class CoachController implements ReactiveController {
  coach: Coach | null = null;
  status: CoachStatus = 'idle';
  phase: PhaseState['phase'] = 'before';
  cue: PhaseCue | null = null;
  /** The clock reading, in seconds, at which `cue` was placed. */
  cueTimeS = 0;
  /** 0-based breath; -1 before the first inhale. */
  breathIndex = -1;
  private unsubscribe: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly on: CoachListeners,
  ) {
    host.addController(this);
  }

  /** Follow `coach`, releasing any earlier one; its current status is reported at once. */
  follow(coach: Coach): void {
    this.release();
    this.coach = coach;
    this.onStatus(coach.status);
    this.unsubscribe = [coach.onPhase(this.onPhase), coach.onStatus(this.onStatus)];
  }

  /** Stop listening to the coach; the last status and place stay as they were. */
  release(): void {
    for (const off of this.unsubscribe.splice(0)) off();
  }

  /** Show `state`, read from the clock at `nowS` seconds. */
  show(state: PhaseState, nowS: number): void {
    this.phase = state.phase;
    this.cue = state.cue;
    this.cueTimeS = nowS;
    this.breathIndex = state.breathIndex;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.release();
  }

  private readonly onPhase = (event: PhaseEvent) => {
    this.on.phase(event);
  };

  private readonly onStatus = (status: CoachStatus) => {
    this.status = status;
    this.host.requestUpdate();
    this.on.status(status);
  };
}
