import type { PhaseKind } from '../breathing/types';
import { BODY_PLACES } from '../reflect/body-places';
import {
  DAY_WENT,
  MAX_TEXT,
  WIN_KINDS,
  type ChallengeProgress,
  type JournalEntry,
  type LadderRung,
  type SmallWin,
} from '../reflect/records';
import {
  ID_PATTERN,
  SESSION_STATUSES,
  type HumResult,
  type HumSteadiness,
  type MotionResult,
} from '../session/record';
import type { ExportAnswer, ExportHeart, ExportPhases, ExportSession } from './export-format';
import { isoTime } from './iso-time';
import {
  int,
  list,
  matching,
  nullable,
  num,
  oneOf,
  optional,
  primitive,
  quotedName,
  record,
  refine,
  tagged,
  text,
  type Check,
} from './schema';
import { fail, fieldOf, valueOf, type Where } from './where';

/** Most sessions, journal entries or small wins a file may hold. */
export const MAX_ENTRIES = 100_000;
/** Most challenge runs a file may hold. */
export const MAX_CHALLENGES = 10_000;
/** Most values in one column of a session's heart trace or phases (and most gaps). */
export const MAX_COLUMN = 200_000;
/** Longest session, in seconds: every duration and plan time lies within 0..this. */
export const MAX_SESSION_S = 24 * 60 * 60;
/** Longest practice name. */
export const MAX_NAME = 80;
/**
 * Heart rates a file may hold: anything a strap can send (0x2A37 carries a 16-bit bpm); the
 * recorder keeps what the strap sent, and plausibility is judged where the numbers are used.
 */
export const BPM_RANGE = { min: 1, max: 65535 } as const;
/** RR intervals a file may hold, in ms: any positive 16-bit count of 1/1024 s, as straps send them. */
export const RR_MS_RANGE = { min: 0, max: (65535 * 1000) / 1024 } as const;

const ANSWERS: readonly ExportAnswer[] = ['protecting', 'isolating', 'skipped', 'not-asked'];
const PHASE_KINDS: readonly PhaseKind[] = ['settle', 'inhale', 'top-up', 'hold', 'exhale', 'hum'];
const DAY_STATUSES: readonly ('done' | 'rest')[] = ['done', 'rest'];

const id = matching(ID_PATTERN, 'an id of 1 to 64 letters, digits or . _ : -');
const seconds = num(0, MAX_SESSION_S);
const note = text(MAX_TEXT);
const urge = nullable(int(0, 10));
const rung = primitive(
  (v): v is LadderRung => v === 1 || v === 2 || v === 3 || v === 4,
  'a whole number from 1 to 4',
);

function column<T>(check: Check<T>): Check<T[]> {
  return list(check, { max: MAX_COLUMN });
}

function sameLength(columns: Record<string, readonly unknown[]>, where: Where): void {
  const [[firstName, first] = ['', []], ...rest] = Object.entries(columns);
  for (const [name, values] of rest) {
    if (values.length !== first.length) {
      throw fail(
        fieldOf(where, name),
        `has ${String(values.length)} values but ${firstName} has ${String(first.length)}; they must match`,
      );
    }
  }
}

function nonDecreasing(values: readonly number[], where: Where): void {
  for (let i = 1; i < values.length; i++) {
    if ((values[i] ?? 0) < (values[i - 1] ?? 0)) {
      throw fail(valueOf(where, i), 'is earlier than the value before it; times must not go back');
    }
  }
}

const gap = refine(record({ fromS: seconds, toS: seconds }), (g, where) => {
  if (g.toS < g.fromS) throw fail(fieldOf(where, 'toS'), 'must not be before fromS');
});

const heart: Check<ExportHeart> = refine(
  record({
    baselineBpm: nullable(num(BPM_RANGE.min, BPM_RANGE.max)),
    gaps: list(gap, { max: MAX_COLUMN }),
    tS: column(seconds),
    bpm: column(int(BPM_RANGE.min, BPM_RANGE.max)),
    level: column(int(0, 100)),
    rrMs: column(num(RR_MS_RANGE.min, RR_MS_RANGE.max)),
  }),
  (h, where) => {
    sameLength({ tS: h.tS, bpm: h.bpm, level: h.level }, where);
    nonDecreasing(h.tS, fieldOf(where, 'tS'));
  },
);

const phases: Check<ExportPhases> = refine(
  record({ kind: column(oneOf(PHASE_KINDS)), atS: column(seconds), durationS: column(seconds) }),
  (p, where) => {
    sameLength({ kind: p.kind, atS: p.atS, durationS: p.durationS }, where);
  },
);

const HUM_WORDS: readonly HumSteadiness[] = ['steady', 'a little wavering', 'wavering'];

const hum: Check<HumResult> = record({
  seconds,
  rounds: int(0, MAX_SESSION_S),
  roundsPlanned: int(0, MAX_SESSION_S),
  longestS: seconds,
  steadinessCents: nullable(num(0, 10000)),
  words: nullable(oneOf(HUM_WORDS)),
  medianHz: nullable(num(20, 2000)),
});

/** The five-minute pause's motion: curve points 0..1, times within the session. */
const motion: Check<MotionResult> = record({
  firstMinute: nullable(num(0, 1)),
  curve: list(num(0, 1), { max: MAX_COLUMN }),
  bucketS: num(1, 3600),
  faceDownAtS: nullable(seconds),
  waitedS: seconds,
  pickups: int(0, MAX_SESSION_S),
});

const session: Check<ExportSession> = record({
  id,
  practiceId: id,
  practiceName: text(MAX_NAME),
  startedAt: isoTime,
  endedAt: nullable(isoTime),
  status: oneOf(SESSION_STATUSES),
  plannedS: seconds,
  practisedS: seconds,
  breathsCompleted: int(0, MAX_SESSION_S),
  answer: oneOf(ANSWERS),
  bodyPlaces: list(oneOf(BODY_PLACES), {
    max: BODY_PLACES.length,
    uniqueBy: (p) => p,
    uniqueName: 'place',
  }),
  urgeBefore: urge,
  urgeAfter: urge,
  humSeconds: nullable(seconds),
  hum: optional(hum),
  stillness: nullable(num(0, 1)),
  motion: optional(motion),
  phases: nullable(phases),
  heart: nullable(heart),
});

const journalBase = { id, createdAt: isoTime, updatedAt: isoTime, sessionId: nullable(id) };

const journalEntry: Check<JournalEntry> = tagged('kind', {
  'three-column': { ...journalBase, happened: note, felt: note, true: note },
  capacity: { ...journalBase, percent: num(0, 100), note },
  ladder: { ...journalBase, rung, ask: note, outcome: note },
  evening: { ...journalBase, text: note },
  note: { ...journalBase, text: note },
} satisfies Record<JournalEntry['kind'], unknown>);

const win: Check<SmallWin> = record({
  id,
  at: isoTime,
  kind: oneOf(WIN_KINDS),
  stayedS: nullable(seconds),
  sessionId: nullable(id),
  note,
});

const challengeDay = record({
  day: int(1, 7),
  status: oneOf(DAY_STATUSES),
  at: isoTime,
  rung: nullable(rung),
  note,
  went: optional(oneOf(DAY_WENT)),
});

const challenge: Check<ChallengeProgress> = record({
  id,
  startedAt: isoTime,
  days: list(challengeDay, {
    max: 7,
    label: (i) => `day entry ${String(i + 1)}`,
    uniqueBy: (d) => d.day,
    uniqueName: 'day',
  }),
});

/** A collection of entries named `noun` ("Session 3 ("id")"), each id once. */
function entries<T extends { readonly id: string }>(
  noun: string,
  check: Check<T>,
  max = MAX_ENTRIES,
): Check<T[]> {
  return list(check, {
    max,
    label: (i, raw) => `${noun} ${String(i + 1)}${quotedName(raw, 'id')}`,
    uniqueBy: (entry) => entry.id,
    uniqueName: 'id',
  });
}

/** Every session of an export. */
export const sessions = entries('Session', session);
/** Every journal entry of an export. */
export const journal = entries('Journal entry', journalEntry);
/** Every small win of an export. */
export const wins = entries('Small win', win);
/** Every run of the seven-day challenge in an export. */
export const challenges = entries('Challenge', challenge, MAX_CHALLENGES);
