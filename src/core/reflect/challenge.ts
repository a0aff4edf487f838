import { stepDown, stepUp } from './ladder';
import type { ChallengeDay, ChallengeProgress, DayWent, LadderRung } from './records';

/** Days in one run of the challenge. */
export const CHALLENGE_DAYS = 7;

/** The rung each day's prompt is written for: low and slow, one rung at a time. */
export const DAY_PLAN: readonly LadderRung[] = [1, 1, 2, 2, 3, 3, 3];

/** A new, empty run. */
export function startRun(id: string, nowIso: string): ChallengeProgress {
  return { id, startedAt: nowIso, days: [] };
}

/** The rung day `day` (1..7) is written for. */
export function plannedRung(day: number): LadderRung {
  return DAY_PLAN[Math.min(Math.max(Math.round(day), 1), CHALLENGE_DAYS) - 1] ?? 1;
}

/** The first day (1..7) with nothing recorded yet; null once every day is done or rested. */
export function nextDay(run: ChallengeProgress): number | null {
  for (let day = 1; day <= CHALLENGE_DAYS; day++) {
    if (!run.days.some((d) => d.day === day)) return day;
  }
  return null;
}

/** True once all seven days are done or rested. */
export function isFinished(run: ChallengeProgress): boolean {
  return nextDay(run) === null;
}

/** The run with `entry` recorded (replacing that day's earlier record), days in order. */
export function withDay(run: ChallengeProgress, entry: ChallengeDay): ChallengeProgress {
  const days = [...run.days.filter((d) => d.day !== entry.day), entry].sort(
    (a, b) => a.day - b.day,
  );
  return { ...run, days };
}

/** A day's record as the person marked it: a rest day keeps no rung and no "went". */
export function dayEntry(
  input: {
    readonly day: number;
    readonly status: 'done' | 'rest';
    readonly rung: LadderRung | null;
    readonly note: string;
    readonly went: DayWent | null;
  },
  now: Date,
): ChallengeDay {
  const base = {
    day: input.day,
    status: input.status,
    at: now.toISOString(),
    note: input.note.trim(),
  };
  if (input.status === 'rest') return { ...base, rung: null };
  return { ...base, rung: input.rung, ...(input.went ? { went: input.went } : {}) };
}

/** The run with day `day`'s record cleared, so it can be done again. */
export function withoutDay(run: ChallengeProgress, day: number): ChallengeProgress {
  return { ...run, days: run.days.filter((d) => d.day !== day) };
}

/** The last day before `day` that was done at a known rung; null when none was. */
export function lastDoneBefore(run: ChallengeProgress, day: number): ChallengeDay | null {
  let last: ChallengeDay | null = null;
  for (const d of run.days) {
    if (d.status === 'done' && d.rung !== null && d.day < day && (!last || d.day > last.day)) {
      last = d;
    }
  }
  return last;
}

/** Why a rung is suggested for a day. */
export type SuggestionReason =
  /** Nothing done yet: start at the bottom. */
  | 'start'
  /** The last done day went well or was not judged: the day's own rung, at most one above it. */
  | 'planned'
  /** The last done day felt mixed: no higher than it. */
  | 'steady'
  /** The last done day went badly: stay there, or one step down. */
  | 'after-hard';

/** The rung suggested for a day, and the rungs the suggestion names (gentlest first). */
export interface DaySuggestion {
  readonly day: number;
  readonly rung: LadderRung;
  readonly options: readonly LadderRung[];
  readonly reason: SuggestionReason;
  /** The rung of the last done day, when there was one. */
  readonly lastRung: LadderRung | null;
}

/**
 * The dose for `day`: never more than one rung above the last done day, never above the day's own
 * rung, and after a hard day, staying or stepping down. Rest days change nothing.
 */
export function suggestRung(run: ChallengeProgress, day: number): DaySuggestion {
  const planned = plannedRung(day);
  const last = lastDoneBefore(run, day);
  if (!last?.rung) return { day, rung: 1, options: [1], reason: 'start', lastRung: null };
  const lastRung = last.rung;
  const went: DayWent | undefined = last.went;
  if (went === 'badly') {
    const gentle = Math.min(planned, stepDown(lastRung) ?? lastRung) as LadderRung;
    const options = gentle === lastRung ? [lastRung] : [gentle, lastRung];
    return { day, rung: gentle, options, reason: 'after-hard', lastRung };
  }
  if (went === 'mixed') {
    const rung = Math.min(planned, lastRung) as LadderRung;
    return { day, rung, options: [rung], reason: 'steady', lastRung };
  }
  const rung = Math.min(planned, stepUp(lastRung) ?? lastRung) as LadderRung;
  return { day, rung, options: [rung], reason: 'planned', lastRung };
}

/** One column of the dose tracker. */
export interface DoseDay {
  readonly day: number;
  readonly status: 'done' | 'rest' | 'open';
  readonly rung: LadderRung | null;
  readonly went: DayWent | null;
}

/** The seven days of a run as the dose tracker shows them, day 1 first. */
export function doseTrack(run: ChallengeProgress): DoseDay[] {
  return Array.from({ length: CHALLENGE_DAYS }, (_, i) => {
    const entry = run.days.find((d) => d.day === i + 1);
    if (!entry) return { day: i + 1, status: 'open', rung: null, went: null };
    return {
      day: entry.day,
      status: entry.status,
      rung: entry.status === 'done' ? entry.rung : null,
      went: entry.status === 'done' ? (entry.went ?? null) : null,
    };
  });
}
