import type { PromptId, SessionPlan } from '../../core/breathing/types';
import type { SoundTheme } from '../../core/settings/settings';

/** Seconds into the running plan, read from the audio clock; it stands still while paused. */
export interface SessionClock {
  nowS(): number;
}

/** How spoken lines are delivered. */
export type VoiceMode = 'speech' | 'clips' | 'off';

/** What the guidance player needs to know when a practice starts. */
export interface GuidanceOptions {
  readonly voice: boolean;
  /** Speak with the device's voice (speechSynthesis) where it has one; recorded clips otherwise. */
  readonly deviceVoice?: boolean;
  readonly volume: number;
  readonly theme: SoundTheme;
  /** Start this many seconds into the plan (resuming after an interruption). */
  readonly fromS?: number;
  /** The hum-along drone's root (Hz), tuned to the person's hum; the usual C3 when absent. */
  readonly droneHz?: number;
  /**
   * Picks a line's variant (`PROMPT_VARIANTS`) just before it is spoken, with what is known then;
   * without it the plan's own line is spoken.
   */
  readonly choosePrompt?: ((id: PromptId) => PromptId) | undefined;
}

/** Plays a plan's tones, drone and voice on the audio clock (Tone.js in the browser). */
export interface GuidancePlayer {
  /**
   * Get the opening of a practice a tap may start ready ahead (rendered in idle time), so its first
   * sound is immediate; a start with other plan or options just starts slower. Optional.
   */
  prepare?(plan: SessionPlan, options: GuidanceOptions): void;
  /** Prepare audio and schedule the plan; resolves once the first sound is scheduled. Must be called from a tap. */
  start(plan: SessionPlan, options: GuidanceOptions): Promise<SessionClock>;
  /** Freeze the timeline (audio, voice and clock together). */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Stop all sound at once and release the audio device. Safe to call twice. */
  stop(): void;
  setVolume(volume: number): void;
  /** How voice lines are spoken in the running session. */
  readonly voiceMode: VoiceMode;
  /** Called when the platform suspends audio on its own (screen lock, call); returns unsubscribe. */
  onInterrupted(listener: () => void): () => void;
  /** Play a short, soft notice now (the strap dropped, or is back); nothing when not running. */
  notify(sound: NoticeSound): void;
}

/**
 * Short sounds that tell a person something changed without looking (`hum-reached`: a round's hum
 * reached its length; `picked-up`: the phone left the table during the still minute).
 */
export type NoticeSound = 'strap-lost' | 'strap-back' | 'hum-reached' | 'picked-up';
