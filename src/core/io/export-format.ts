import type { CustomPattern } from '../breathing/custom';
import type { PhaseKind } from '../breathing/types';
import type { ChallengeProgress, JournalEntry, SmallWin } from '../reflect/records';
import type { HeartGap, HumResult, MotionResult, SessionStatus } from '../session/record';
import type { BodyPlace } from '../reflect/body-places';
import type { Settings } from '../settings/settings';

/** The tag every export file carries. */
export const EXPORT_FORMAT = 'stay-export';
/** The export version this code writes and reads. */
export const EXPORT_VERSION = 1;

/** The closing answer as a file holds it: JSON has no `undefined`. */
export type ExportAnswer = 'protecting' | 'isolating' | 'skipped' | 'not-asked';

/** A session's heart trace, column by column (compact, and easy to read in a spreadsheet). */
export interface ExportHeart {
  readonly baselineBpm: number | null;
  readonly gaps: readonly HeartGap[];
  /** Plan seconds, 0.01 s resolution, non-decreasing. */
  readonly tS: readonly number[];
  /** Same length as tS. */
  readonly bpm: readonly number[];
  /** Urge level 0..100, same length as tS. */
  readonly level: readonly number[];
  /** Every RR interval in ms, oldest first. */
  readonly rrMs: readonly number[];
}

/** One session in an export. */
export interface ExportSession {
  readonly id: string;
  readonly practiceId: string;
  readonly practiceName: string;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly status: SessionStatus;
  readonly plannedS: number;
  readonly practisedS: number;
  readonly breathsCompleted: number;
  readonly answer: ExportAnswer;
  readonly bodyPlaces: readonly BodyPlace[];
  readonly urgeBefore: number | null;
  readonly urgeAfter: number | null;
  readonly humSeconds: number | null;
  /** What the microphone heard; absent when it did not listen (and in files made before it could). */
  readonly hum?: HumResult;
  readonly stillness: number | null;
  /** What the motion sensors saw in a five-minute pause; absent when they did not (and in older files). */
  readonly motion?: MotionResult;
  /** The plan's phases, column by column; null when the record has none. */
  readonly phases: ExportPhases | null;
  readonly heart: ExportHeart | null;
}

/** A session's phases, column by column (all three the same length). */
export interface ExportPhases {
  readonly kind: readonly PhaseKind[];
  readonly atS: readonly number[];
  readonly durationS: readonly number[];
}

/** Everything Stay keeps on a device, as one JSON file (version 1). */
export interface StayExport {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  /** ISO 8601. */
  readonly exportedAt: string;
  /** The person's settings; null when they never changed any. */
  readonly settings: Omit<Settings, 'customPatterns'> | null;
  readonly customPatterns: readonly CustomPattern[];
  /** Newest first. */
  readonly sessions: readonly ExportSession[];
  readonly journal: readonly JournalEntry[];
  readonly wins: readonly SmallWin[];
  readonly challenges: readonly ChallengeProgress[];
}
