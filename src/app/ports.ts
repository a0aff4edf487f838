import type { PhaseKind, SessionPlan } from '../core/breathing/types';
import type { HeartRateReading } from '../core/heart/types';
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
  /** Play a short, soft notice now (the strap dropped, or is back); nothing when not running. */
  notify(sound: NoticeSound): void;
}

/** Short sounds that tell a person something changed without looking. */
export type NoticeSound = 'strap-lost' | 'strap-back';

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

/** Where a heart-rate strap is in its life. */
export type StrapState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'connecting'; readonly name: string | null }
  | {
      readonly kind: 'connected';
      readonly name: string;
      readonly batteryPercent: number | null;
      readonly location: string | null;
    }
  | {
      readonly kind: 'reconnecting';
      readonly name: string;
      readonly attempt: number;
      readonly nextInS: number;
    }
  | { readonly kind: 'lost'; readonly name: string }
  | { readonly kind: 'failed'; readonly reason: StrapFailure; readonly message: string };

/** Why pairing or reconnecting failed; `message` carries the words for the person. */
export type StrapFailure =
  | 'unsupported'
  | 'bluetooth-off'
  | 'permission-denied'
  | 'cancelled'
  | 'no-heart-rate-service'
  | 'connection-failed';

/** A heart-rate strap (Web Bluetooth or simulated) behind one interface. */
export interface HeartRateSource {
  /** 'bluetooth' for a real strap, 'simulated' for the built-in one. */
  readonly kind: 'bluetooth' | 'simulated';
  /** False where the browser cannot reach straps at all (no Web Bluetooth). */
  readonly available: boolean;
  /** Ask the person to choose a strap (must run inside a tap), then connect and start notifications. */
  pair(): Promise<void>;
  /** Connect to the remembered strap without the chooser where the browser allows; false if it cannot. */
  reconnectRemembered(): Promise<boolean>;
  /** Try again now after reconnecting gave up. */
  retry(): Promise<void>;
  /** Disconnect and forget the strap. */
  forget(): Promise<void>;
  /** Name of the remembered strap, if any. */
  readonly rememberedName: string | null;
  readonly state: StrapState;
  /** Every decoded packet, stamped with `performance.now()` ms at arrival; returns unsubscribe. */
  onReading(listener: (reading: HeartRateReading) => void): () => void;
  onState(listener: (state: StrapState) => void): () => void;
  /** A malformed packet (it is dropped, and nothing else is lost); returns unsubscribe. */
  onError(listener: (error: Error) => void): () => void;
}
