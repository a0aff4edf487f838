import type { DBSchema } from 'idb';
import type { CustomPattern } from '../../core/breathing/custom';
import type { ChallengeProgress, JournalEntry, SmallWin } from '../../core/reflect/records';
import type { HeartGap, PhaseSpan, SessionStatus, SessionSummary } from '../../core/session/record';
import type { Settings } from '../../core/settings/settings';

/** A session's summary as stored: the port's SessionSummary plus bookkeeping the port never shows. */
export type StoredSession = SessionSummary & {
  /** ISO 8601: when this tab last saved the session (an interrupted session's end). */
  readonly savedAt: string;
  /** How many heart chunks the session has; the next chunk's `seq`. */
  readonly chunks: number;
};

/** What a session keeps beside its summary: the plan's phases and the heart trace's gaps. */
export interface StoredDetails {
  readonly id: string;
  readonly phases: readonly PhaseSpan[] | null;
  readonly gaps: readonly HeartGap[];
}

/** Part of a session's heart trace, column by column, as written by one save. */
export interface HeartChunk {
  readonly sessionId: string;
  readonly seq: number;
  /** Plan time in centiseconds. */
  readonly tCs: Uint32Array;
  readonly bpm: Uint16Array;
  /** Urge level 0..100. */
  readonly level: Uint8Array;
  /** RR intervals in the strap's 1/1024 s units (`Math.round(rrMs * 1.024)`); exact for strap data. */
  readonly rr: Uint16Array;
}

/** A custom pattern and its place in the person's list. */
export type StoredPattern = CustomPattern & { readonly position: number };

/** Every setting but the custom patterns (they live in `patterns`). */
export type StoredSettings = Omit<Settings, 'customPatterns'>;

/** The one key of the `settings` store. */
export const SETTINGS_RECORD = 'settings';

/** The database as the current code sees it. */
export interface StayDb extends DBSchema {
  sessions: {
    key: string;
    value: StoredSession;
    indexes: { byStarted: [string, string]; byStatus: SessionStatus };
  };
  details: { key: string; value: StoredDetails };
  samples: { key: [string, number]; value: HeartChunk };
  journal: { key: string; value: JournalEntry; indexes: { byCreated: string } };
  wins: { key: string; value: SmallWin; indexes: { byAt: string } };
  challenges: { key: string; value: ChallengeProgress; indexes: { byStarted: string } };
  patterns: { key: string; value: StoredPattern };
  settings: { key: typeof SETTINGS_RECORD; value: StoredSettings };
}

/** Every object store, for transactions over all of them. */
export const ALL_STORES = [
  'sessions',
  'details',
  'samples',
  'journal',
  'wins',
  'challenges',
  'patterns',
  'settings',
] as const;
