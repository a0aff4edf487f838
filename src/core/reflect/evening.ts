import type { JournalEntry } from './records';

/** The local hour from which the evening prompt may show (until midnight). */
export const EVENING_HOUR = 18;

/** Where the day the person said "Not tonight" is remembered (only the date, YYYY-MM-DD). */
export const EVENING_DISMISSED_KEY = 'stay:evening-dismissed';

const formats = new Map<string, Intl.DateTimeFormat>();

/** Calendar parts of `at` in `timeZone` (the device's own when undefined). */
function parts(at: Date, timeZone: string | undefined): Record<string, string> {
  const key = timeZone ?? '';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(key, format);
  }
  return Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
}

/** The local calendar day of `at` as YYYY-MM-DD, in `timeZone` (the device's when undefined). */
export function localDay(at: Date, timeZone?: string): string {
  const p = parts(at, timeZone);
  return `${p.year ?? ''}-${p.month ?? ''}-${p.day ?? ''}`;
}

/** The local hour of `at`, 0..23, in `timeZone` (the device's when undefined). */
export function localHour(at: Date, timeZone?: string): number {
  return Number(parts(at, timeZone).hour);
}

/** True from EVENING_HOUR local time until midnight. */
export function isEvening(at: Date, timeZone?: string): boolean {
  return localHour(at, timeZone) >= EVENING_HOUR;
}

/** True when an evening entry was created on the local day `day` (YYYY-MM-DD). */
export function hasEveningEntryOn(
  entries: readonly JournalEntry[],
  day: string,
  timeZone?: string,
): boolean {
  return entries.some(
    (e) => e.kind === 'evening' && localDay(new Date(e.createdAt), timeZone) === day,
  );
}

/**
 * Whether to invite an evening note now: it is evening, the person has not said "Not tonight"
 * today (`dismissedOn`, YYYY-MM-DD or null), and no evening entry was written today.
 */
export function eveningDue(options: {
  readonly now: Date;
  readonly entries: readonly JournalEntry[];
  readonly dismissedOn: string | null;
  readonly timeZone?: string;
}): boolean {
  const { now, entries, dismissedOn, timeZone } = options;
  if (!isEvening(now, timeZone)) return false;
  const today = localDay(now, timeZone);
  if (dismissedOn === today) return false;
  return !hasEveningEntryOn(entries, today, timeZone);
}
