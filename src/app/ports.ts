import type { PhaseKind, SessionPlan } from '../core/breathing/types';
import type { Settings, SoundTheme } from '../core/settings/settings';

/** Seconds into the running plan, read from the audio clock; it stands still while paused. */
export interface SessionClock {
  nowS(): number;
}

/** How spoken lines are delivered. */
export type VoiceMode = 'speech' | 'clips' | 'off';

/** What the guidance player needs to know when a practice starts. */
export interface GuidanceOptions {
  readonly voice: boolean;
  readonly volume: number;
  readonly theme: SoundTheme;
  /** Start this many seconds into the plan (resuming after an interruption). */
  readonly fromS?: number;
}

/** Plays a plan's tones, drone and voice on the audio clock (Tone.js in the browser). */
export interface GuidancePlayer {
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
}

/** Renders a plan to a WAV file, through the same code as live playback. */
export interface AudioExporter {
  renderWav(
    plan: SessionPlan,
    options: { readonly voice: boolean; readonly theme: SoundTheme },
  ): Promise<Blob>;
}

/** Vibration patterns a person can tell apart. */
export interface Haptics {
  readonly supported: boolean;
  /** One pulse in, two out, a long one for holds; silently nothing where unsupported. */
  phase(kind: PhaseKind | 'end'): void;
  cancel(): void;
}

/** Keeps the screen on while a practice is visible. */
export interface ScreenKeeper {
  /** Hold a wake lock (re-acquired when the page becomes visible again); returns release. */
  keepAwake(): () => void;
}

/** Lock-screen / notification controls for a running practice. */
export interface MediaControls {
  /** Show the practice with these handlers; returns a function that clears them. */
  show(
    title: string,
    handlers: { readonly play: () => void; readonly pause: () => void; readonly stop: () => void },
  ): () => void;
  setState(state: 'playing' | 'paused' | 'none'): void;
}

/** Persisted settings. */
export interface SettingsStore {
  load(): Settings;
  save(settings: Settings): void;
  /** Called with the new settings whenever they change (this tab or another); returns unsubscribe. */
  subscribe(listener: (settings: Settings) => void): () => void;
}

/** Hands a file to the person: a download, or the share sheet where it takes files. */
export interface FileSaver {
  save(blob: Blob, fileName: string): Promise<void>;
}
