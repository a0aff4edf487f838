import { createContext } from '@lit/context';
import type { CoachFactory } from './coach';
import type { HeartMonitor } from './heart-monitor';
import type { PracticeLauncher } from './practice-launcher';
import type {
  AudioExporter,
  FileSaver,
  GuidancePlayer,
  Haptics,
  MediaControls,
  ScreenKeeper,
  DataVault,
  RecordStore,
  SessionStore,
  SettingsStore,
  StorageEstimate,
} from './ports';
import type { ChallengeProgress, JournalEntry, SmallWin } from '../core/practice/records';
import type { SessionSummary } from '../core/session/record';
import type { SessionLog } from './session-log';
import type { SessionRecorder } from './session-recorder';

/** Everything the UI may use; provided once by <stay-app>. */
export interface AppServices {
  readonly ports: {
    readonly player: GuidancePlayer;
    readonly haptics: Haptics;
    readonly screen: ScreenKeeper;
    readonly media: MediaControls;
  };
  /** Makes a coach with the ports above bound. */
  readonly createCoach: CoachFactory;
  /** Starts practices by id with the person's settings; owns the one running session. */
  readonly launcher: PracticeLauncher;
  readonly settings: SettingsStore;
  readonly sessionLog: SessionLog;
  /** Everything kept on the device: sessions, reflection records, export/import/delete. */
  readonly storage: AppStorage;
  /** Writes each practice to storage as it runs. */
  readonly recorder: SessionRecorder;
  /** Practices a closed tab or crash left running, now marked interrupted (found once at launch). */
  readonly recovered: Promise<readonly SessionSummary[]>;
  readonly exporter: AudioExporter;
  readonly files: FileSaver;
  /** The heart-rate strap, the urge meter of the running practice, and their live state. */
  readonly heart: HeartMonitor;
}

/** The device storage the views read and write (IndexedDB in the app, memory in tests). */
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

export type { StorageEstimate };

/** The context key for AppServices. */
export const servicesContext = createContext<AppServices>(Symbol('stay-services'));
