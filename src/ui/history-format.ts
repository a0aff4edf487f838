import type { DataCounts, ImportOutcome } from '../app/ports';
import { formatDuration } from '../core/heart/recovery';
import type { ClosingAnswer, SessionStatus, UrgeRating } from '../core/session/record';

/** How each status reads in the history: words, never colour alone, and never "failed". */
const STATUS_WORDS: Record<SessionStatus, string> = {
  completed: 'Completed',
  stopped: 'Stopped',
  interrupted: 'Interrupted — kept what was captured',
  running: 'In progress',
};

/** "Completed", "Stopped", "Interrupted — kept what was captured" or "In progress". */
export function statusWords(status: SessionStatus): string {
  return STATUS_WORDS[status];
}

/** A practice's length in words: "2 min 10 s", "40 s". */
export function lengthWords(seconds: number): string {
  return formatDuration(Math.max(0, seconds) * 1000);
}

/** "1 breath", "5 breaths". */
export function breathsWords(count: number): string {
  return `${String(count)} ${count === 1 ? 'breath' : 'breaths'}`;
}

/** "Urge 7 → 3", "Urge before 7", "Urge after 3"; null when neither was rated. */
export function urgeWords(before: UrgeRating, after: UrgeRating): string | null {
  if (before !== null && after !== null) return `Urge ${String(before)} → ${String(after)}`;
  if (before !== null) return `Urge before ${String(before)}`;
  if (after !== null) return `Urge after ${String(after)}`;
  return null;
}

/** The closing answer as the history shows it; null when the question was not asked. */
export function answerWords(answer: ClosingAnswer): string | null {
  if (answer === undefined) return null;
  if (answer === null) return 'Skipped';
  return answer === 'protecting' ? 'Protecting' : 'Isolating';
}

/** "0.4 MB", "1.2 MB", "12 KB": storage use in the units people see on their phone. */
export function bytesWords(bytes: number): string {
  if (bytes < 1000) return `${String(Math.round(bytes))} bytes`;
  if (bytes < 1_000_000) return `${String(Math.round(bytes / 1000))} KB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(1)} GB`;
}

const COUNT_NOUNS: readonly [keyof DataCounts, string, string][] = [
  ['sessions', 'practice', 'practices'],
  ['journal', 'journal entry', 'journal entries'],
  ['wins', 'small win', 'small wins'],
  ['challenges', 'challenge', 'challenges'],
  ['customPatterns', 'custom pattern', 'custom patterns'],
];

/** "12 practices, 3 journal entries and 1 challenge"; zero counts left out; "" when all are zero. */
export function countsWords(counts: DataCounts): string {
  const parts = COUNT_NOUNS.filter(([key]) => counts[key] > 0).map(
    ([key, one, many]) => `${String(counts[key])} ${counts[key] === 1 ? one : many}`,
  );
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** True when every count is zero. */
export function isEmptyCounts(counts: DataCounts): boolean {
  return COUNT_NOUNS.every(([key]) => counts[key] === 0);
}

/** Date and time in the person's locale, e.g. "3 Mar 2025, 22:14". */
export function dateTimeWords(iso: string, locale?: string): string {
  return dateTimeFormat(locale).format(new Date(iso));
}

const formats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(key, format);
  }
  return format;
}

/** A week by its Monday in the person's locale, e.g. "3 Mar". */
export function weekWords(start: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(start);
}

/** "Added 3 practices. Updated 1 practice already on this device." */
export function outcomeWords({ added, merged }: ImportOutcome): string {
  const parts = [
    isEmptyCounts(added) ? '' : `Added ${countsWords(added)}.`,
    isEmptyCounts(merged) ? '' : `Updated ${countsWords(merged)} already on this device.`,
  ].filter((p) => p !== '');
  return parts.length === 0 ? 'The file held nothing new.' : parts.join(' ');
}
