import type { PhaseKind, PromptId, SessionPlan } from '../core/breathing/types';
import type { HeartRateReading } from '../core/heart/types';
import type { HumFrame, HumOptions, HumSegment } from '../core/hum/hum';
import type { StayExport } from '../core/io/export-format';
import type { MotionSample, OrientationSample } from '../core/motion/types';
import type { ChallengeProgress, JournalEntry, SmallWin } from '../core/practice/records';
import type { HeartSample, SessionRecord, SessionSummary } from '../core/session/record';
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

/** A write that did not fit: the device is out of space for Stay. Earlier data is untouched. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(
    message = 'Your device is out of space, so Stay could not save this. Everything saved before is safe; free some space and try again.',
  ) {
    super(message);
  }
}

/** Storage is missing or broken (private mode without IndexedDB, a blocked upgrade). */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

/** Where the history list continues: pass back what the last page returned. */
export type SessionCursor = string;

/** One page of the history, newest first. */
export interface SessionPage {
  readonly items: readonly SessionSummary[];
  readonly next: SessionCursor | null;
  /** All sessions on the device. */
  readonly total: number;
}

/** New heart data since the last save of a running session (columns; may be empty). */
export interface HeartAppend {
  readonly samples: readonly HeartSample[];
  readonly rrMs: readonly number[];
}

/** The sessions kept on the device (IndexedDB in the browser). */
export interface SessionStore {
  /**
   * Writes `record` (its `heart` samples are not stored here: pass what is new in `append`) and
   * appends `append` as one chunk, in one transaction. Throws StorageFullError when out of space.
   */
  save(record: SessionRecord, append?: HeartAppend): Promise<void>;
  /** One session with its whole heart trace reassembled, or null. */
  get(id: string): Promise<SessionRecord | null>;
  /** Newest first, `limit` at a time. */
  page(limit: number, after?: SessionCursor): Promise<SessionPage>;
  /** Every summary, oldest first (for charts over weeks). */
  summaries(): Promise<readonly SessionSummary[]>;
  delete(id: string): Promise<void>;
  /**
   * Holds this page's claim on a running session until `release` is called or the page dies
   * (Web Locks), so another tab never takes it for abandoned.
   */
  own(id: string): Promise<() => void>;
  /** Running sessions no page owns become `interrupted`; returns them (newest first). */
  recoverAbandoned(): Promise<readonly SessionSummary[]>;
}

/** Small items the reflection tools keep (journal, wins, challenges), by id. */
export interface RecordStore<T extends { readonly id: string }> {
  put(item: T): Promise<void>;
  get(id: string): Promise<T | null>;
  /** Newest first. */
  list(): Promise<readonly T[]>;
  delete(id: string): Promise<void>;
}

/** How much the device keeps for Stay. */
export interface StorageEstimate {
  /** True once the browser promised not to evict Stay's data; null where it cannot say. */
  readonly persisted: boolean | null;
  readonly usageBytes: number | null;
  readonly quotaBytes: number | null;
}

/** Counts of what would go in a "delete everything". */
export interface DataCounts {
  readonly sessions: number;
  readonly journal: number;
  readonly wins: number;
  readonly challenges: number;
  readonly customPatterns: number;
}

/** What an import added and replaced. */
export interface ImportOutcome {
  /** Items new to this device, per collection. */
  readonly added: DataCounts;
  /** Items with an id already here, replaced by the file's (the newer `updatedAt` wins where there is one). */
  readonly merged: DataCounts;
}

/** Everything at once: export, import, delete, persistence. */
export interface DataVault {
  exportAll(): Promise<StayExport>;
  /** Writes the whole (already validated) export in one transaction; all or nothing. */
  importAll(data: StayExport): Promise<ImportOutcome>;
  counts(): Promise<DataCounts>;
  /** Deletes every session, sample, journal entry, win, challenge, custom pattern and setting. */
  deleteAll(): Promise<void>;
  estimate(): Promise<StorageEstimate>;
  /** Asks the browser to keep Stay's data (navigator.storage.persist); resolves to the new state. */
  persist(): Promise<boolean | null>;
}

/** Where the page tells it is going away (pagehide, or hidden on phones that never send pagehide). */
export interface PageLifecycle {
  /** Calls `listener` when the page is hidden or unloaded; returns unsubscribe. */
  onLeave(listener: () => void): () => void;
}

/**
 * The device storage the views read and write (IndexedDB in the app, memory in tests). Here rather
 * than in contexts.ts so platform/storage can implement it (platform may import only app/ports).
 */
export interface AppStorage {
  readonly sessions: SessionStore;
  readonly journal: RecordStore<JournalEntry>;
  readonly wins: RecordStore<SmallWin>;
  readonly challenges: RecordStore<ChallengeProgress>;
  readonly vault: DataVault;
  /** The last storage problem to tell the person about (a full disk), or null. */
  readonly problem: () => string | null;
  /** Called when `problem` changes; returns unsubscribe. */
  onProblem(listener: (problem: string | null) => void): () => void;
}

/** How this browser lets a person keep Stay on their home screen, as of now. */
export type InstallPath =
  /** The browser offers its own install dialog (`beforeinstallprompt`); `promptInstall` opens it. */
  | 'prompt'
  /** iOS/iPadOS Safari in a tab: no dialog exists, the person uses Share → Add to Home Screen. */
  | 'ios-hint'
  /** Already installed, running as the installed app, or no install path this browser offers. */
  | 'none';

/** The browser's install dialog, captured when offered and opened only from a tap. */
export interface AppInstaller {
  readonly path: InstallPath;
  /**
   * Opens the browser's install dialog (call it inside a tap) and resolves to the person's answer;
   * 'unavailable' when the browser offers no dialog right now.
   */
  promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'>;
  /** Called with the new path whenever it changes (offered, used, installed); returns unsubscribe. */
  onChange(listener: (path: InstallPath) => void): () => void;
}

/** A newer version of the app (a waiting service worker in the browser). */
export interface AppUpdater {
  /** Called when a newer version is ready to take over (also when one already was); returns unsubscribe. */
  onWaiting(listener: () => void): () => void;
  /** Lets the waiting version take over; resolves once it controls this page. */
  activate(): Promise<void>;
  /** Loads the page again, from the version in control. */
  reload(): void;
}

// Listening (issue 6). Appended by the microphone work; the lead may hoist this import.

/** Why Stay cannot hear the person; the result's `message` says so in words for them. */
export type ListenFailure = 'unsupported' | 'denied' | 'no-microphone' | 'failed';

/** The microphone as the browser opened it (`track.getSettings()`; null where not reported). */
export interface MicSettings {
  readonly trackSampleRate: number | null;
  readonly channelCount: number | null;
  readonly echoCancellation: boolean | null;
  readonly noiseSuppression: boolean | null;
  readonly autoGainControl: boolean | null;
  /** True when none of the three voice-processing stages reports itself on. */
  readonly processingOff: boolean;
}

/** How `HumListener.start` ended. `stopped`: `stop()` came first; nothing to tell the person. */
export type ListenResult =
  | {
      readonly kind: 'listening';
      readonly settings: MicSettings;
      /** Rate (Hz) of the audio analysed, and the hop (samples) between frames. */
      readonly sampleRate: number;
      readonly hopSize: number;
    }
  | { readonly kind: ListenFailure; readonly message: string }
  | { readonly kind: 'stopped' };

/** What to listen for: the drone to ignore, the ambient level, thresholds (see core/hum). */
export interface ListenOptions {
  readonly hum?: HumOptions;
}

/**
 * One hop of microphone audio and what the hum tracker made of it. Hum times (`verdicts[].tS`,
 * `segments[].startS/endS`) are seconds from the first sample heard, which was at
 * `originPerformanceMs` on the `performance.now()` clock.
 */
export interface HeardFrame {
  /** Hop number since listening started (0, 1, 2…); not a clock: hops skip what was never heard. */
  readonly index: number;
  /** Seconds from the first hop's first sample to this hop's (the hum times' clock), holes included. */
  readonly startS: number;
  /** Seconds the audio thread skipped so far: never heard, neither hum nor silence. */
  readonly unheardS: number;
  /** Input-context time (s) of the hop's first sample. */
  readonly contextTimeS: number;
  /** The same instant on the `performance.now()` clock (ms), to line it up with other clocks. */
  readonly performanceMs: number;
  readonly originPerformanceMs: number;
  /** The hop's mono samples (−1..1); the listener may keep them. */
  readonly samples: Float32Array;
  /** Frames whose verdict became final with this hop (verdicts lag about half a second). */
  readonly verdicts: readonly HumFrame[];
  /** Seconds of the hum in progress (0 when none). */
  readonly openHumS: number;
  /** Ambient band level (dBFS) the tracker is using. */
  readonly ambientDb: number;
  /** Hums that have ended so far. */
  readonly segments: readonly HumSegment[];
}

/** The microphone, heard hop by hop and read for humming. */
export interface HumListener {
  /** False where the browser has no getUserMedia or AudioWorklet. */
  readonly supported: boolean;
  /** Opens the microphone (ask from a tap) with voice processing off; never throws. */
  start(options?: ListenOptions): Promise<ListenResult>;
  /** Called for every hop while listening; returns unsubscribe. */
  onFrame(listener: (frame: HeardFrame) => void): () => void;
  /** Releases the microphone at once; returns every hum heard (one in progress included). */
  stop(): readonly HumSegment[];
}

// Motion (issue 7): the five-minute pause hears the phone lie still and face down.

/** Whether Stay may read the motion sensors. */
export type MotionPermission = 'granted' | 'denied' | 'unsupported';

/** The phone's motion sensors (DeviceMotion and DeviceOrientation in the browser). */
export interface MotionSensor {
  /** False where the browser has neither DeviceMotionEvent nor DeviceOrientationEvent. */
  readonly supported: boolean;
  /**
   * Asks for the sensors where the browser requires it (iOS: `requestPermission()`, which must be
   * called inside a tap, synchronously); elsewhere resolves at once. Never throws.
   */
  requestPermission(): Promise<MotionPermission>;
  /** Acceleration including gravity, as it arrives; listening starts with the first subscriber. */
  onMotion(listener: (sample: MotionSample) => void): () => void;
  /** Orientation, as it arrives; listening starts with the first subscriber. */
  onOrientation(listener: (sample: OrientationSample) => void): () => void;
}
