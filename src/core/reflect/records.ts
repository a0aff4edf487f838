/**
 * What the reflection tools keep: journal entries, small wins and the seven-day challenge. The
 * shapes are stored in IndexedDB and exported as they are; every text field is plain text.
 */

/** Longest text a person can keep in one field. */
export const MAX_TEXT = 4000;

/** The needs-ladder rungs, lowest first (PRODUCT.md). */
export type LadderRung = 1 | 2 | 3 | 4;

/** The kinds of journal entry and their fields. */
export type JournalEntry =
  | (JournalBase & {
      readonly kind: 'three-column';
      readonly happened: string;
      readonly felt: string;
      readonly true: string;
    })
  | (JournalBase & {
      readonly kind: 'capacity';
      /** "I took a risk at __ % of my capacity today": 0..100. */
      readonly percent: number;
      readonly note: string;
    })
  | (JournalBase & {
      readonly kind: 'ladder';
      readonly rung: LadderRung;
      readonly ask: string;
      readonly outcome: string;
    })
  | (JournalBase & { readonly kind: 'evening'; readonly text: string })
  | (JournalBase & { readonly kind: 'note'; readonly text: string });

export type JournalKind = JournalEntry['kind'];

export const JOURNAL_KINDS: readonly JournalKind[] = [
  'three-column',
  'capacity',
  'ladder',
  'evening',
  'note',
];

interface JournalBase {
  readonly id: string;
  /** ISO 8601. */
  readonly createdAt: string;
  /** ISO 8601; equal to createdAt until edited. */
  readonly updatedAt: string;
  /** The practice this follows, when there is one. */
  readonly sessionId: string | null;
}

/** One small win: a pause taken, a ladder try. */
export interface SmallWin {
  readonly id: string;
  /** ISO 8601. */
  readonly at: string;
  readonly kind: 'pause' | 'ladder' | 'other';
  /** How long the person stayed, in seconds; null when not measured. */
  readonly stayedS: number | null;
  readonly sessionId: string | null;
  readonly note: string;
}

export const WIN_KINDS: readonly SmallWin['kind'][] = ['pause', 'ladder', 'other'];

/** One day of the seven-day connection challenge. */
export interface ChallengeDay {
  /** 1..7. */
  readonly day: number;
  /** Done, or a rest day the person chose (rest days never count against anyone). */
  readonly status: 'done' | 'rest';
  /** ISO 8601. */
  readonly at: string;
  readonly rung: LadderRung | null;
  readonly note: string;
  /** How a done day went, when the person said; absent otherwise (and in files made before it). */
  readonly went?: DayWent;
}

/** How a challenge day went, in the person's own judgement. */
export type DayWent = 'well' | 'mixed' | 'badly';

export const DAY_WENT: readonly DayWent[] = ['well', 'mixed', 'badly'];

/** A run of the seven-day challenge; a person may start again as often as they like. */
export interface ChallengeProgress {
  readonly id: string;
  /** ISO 8601. */
  readonly startedAt: string;
  readonly days: readonly ChallengeDay[];
}
