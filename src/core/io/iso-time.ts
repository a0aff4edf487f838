import type { Check } from './schema';
import { fail } from './where';

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** A date and time in ISO 8601 with seconds and a zone, such as `2025-01-01T10:00:00.000Z`. */
export const isoTime: Check<string> = (value, where) => {
  if (typeof value !== 'string' || !isValidIsoTime(value)) {
    throw fail(where, 'must be a date and time like 2025-01-01T10:00:00.000Z');
  }
  return value;
};

/** True for `YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)` naming a real moment (no 30 February, no 25:00). */
export function isValidIsoTime(value: string): boolean {
  const match = ISO_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, zoneH = 0, zoneM = 0] = match
    .slice(1)
    .map((part: string | undefined) => Number(part ?? '0'));
  if (year === undefined || month === undefined || day === undefined) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    (hour ?? 24) <= 23 &&
    (minute ?? 60) <= 59 &&
    (second ?? 60) <= 59 &&
    zoneH <= 23 &&
    zoneM <= 59 &&
    Number.isFinite(Date.parse(value))
  );
}
