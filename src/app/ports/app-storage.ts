import type { ChallengeProgress, JournalEntry, SmallWin } from '../../core/reflect/records';
import type { DataVault } from './data-vault';
import type { RecordStore } from './record-store';
import type { SessionStore } from './session-store';

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
