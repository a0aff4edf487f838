import { median } from '../../core/heart/median';
import type { SessionSummary } from '../../core/session/record';

/** What one ISO week (Monday to Sunday, local time) of practice adds up to. */
export interface WeekStats {
  /** Monday 00:00 local time. */
  readonly start: Date;
  readonly sessions: number;
  /** Minutes practised, to 0.1 min. */
  readonly minutes: number;
  /** Mean urge rated before, 0–10 to 0.1; null when nothing was rated. */
  readonly urgeBefore: number | null;
  /** Mean urge rated after, 0–10 to 0.1; null when nothing was rated. */
  readonly urgeAfter: number | null;
  /** Median of the sessions' heart baselines, whole bpm; null when none had one. */
  readonly restingBpm: number | null;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of the local calendar date (immune to daylight-saving shifts). */
function dayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/** Monday 00:00 local time of the ISO week that holds `date`. */
export function weekStart(date: Date): Date {
  const mondayOffset = (date.getDay() + 6) % 7;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - mondayOffset);
}

/**
 * The last `weeks` ISO weeks up to the one holding `now`, oldest first. Every week is there, an
 * empty one with zero minutes and nulls: a quiet week is just a quiet week.
 */
export function weeklyStats(
  summaries: readonly SessionSummary[],
  now: Date,
  weeks = 12,
): WeekStats[] {
  const thisWeek = weekStart(now);
  const first = new Date(
    thisWeek.getFullYear(),
    thisWeek.getMonth(),
    thisWeek.getDate() - 7 * (weeks - 1),
  );
  const firstDay = dayNumber(first);
  const buckets = Array.from({ length: weeks }, () => [] as SessionSummary[]);
  for (const summary of summaries) {
    const started = new Date(summary.startedAt);
    if (Number.isNaN(started.getTime())) continue;
    const index = Math.floor((dayNumber(started) - firstDay) / 7);
    buckets[index]?.push(summary);
  }
  return buckets.map((week, index) => ({
    start: new Date(first.getFullYear(), first.getMonth(), first.getDate() + 7 * index),
    sessions: week.length,
    minutes: round1(week.reduce((sum, s) => sum + s.practisedS, 0) / 60),
    urgeBefore: mean(week.map((s) => s.urgeBefore)),
    urgeAfter: mean(week.map((s) => s.urgeAfter)),
    restingBpm: restingBpm(week),
  }));
}

function restingBpm(week: readonly SessionSummary[]): number | null {
  const baselines = week.flatMap((s) =>
    s.heart?.baselineBpm == null ? [] : [s.heart.baselineBpm],
  );
  return baselines.length === 0 ? null : Math.round(median(baselines));
}

function mean(values: readonly (number | null)[]): number | null {
  const given = values.filter((v): v is number => v !== null);
  return given.length === 0 ? null : round1(given.reduce((a, b) => a + b, 0) / given.length);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
