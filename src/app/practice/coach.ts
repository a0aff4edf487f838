import type { PhaseState, SessionPlan } from '../../core/breathing/types';
import type { GuidanceOptions, GuidancePlayer } from '../ports/guidance-player';
import type { Haptics } from '../ports/haptics';
import type { MediaControls } from '../ports/media-controls';
import type { ScreenKeeper } from '../ports/screen-keeper';
import type { SessionLog } from './session-log';
import type { SessionRecord } from '../../core/session/record';
import { SessionCoach } from './session-coach';

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

/** Creates a coach for one session of `plan`. */
export function createCoach(plan: SessionPlan, ports: CoachPorts, options: CoachOptions): Coach {
  return new SessionCoach(plan, ports, options);
}
