import { formatDuration } from '../heart/recovery';
import type { ClosingAnswer, SessionStatus, UrgeRating } from '../session/record';

// One module, so that every view listing saved practices or notes shares one chunk of it: dates
// and times are here with the words, in the person's locale.

/** How a saved practice reads wherever it is listed. */
export const SESSION_WORDS = {
  /** How each status reads: words, never colour alone, and never "failed". */
  status: {
    completed: 'Completed',
    stopped: 'Stopped',
    interrupted: 'Interrupted — kept what was captured',
    running: 'In progress',
  },
  skipped: 'Skipped',
  answers: { protecting: 'Protecting', isolating: 'Isolating' },
} as const;

/** "Completed", "Stopped", "Interrupted — kept what was captured" or "In progress". */
export function statusWords(status: SessionStatus): string {
  return SESSION_WORDS.status[status];
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
  if (answer === null) return SESSION_WORDS.skipped;
  return SESSION_WORDS.answers[answer];
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
