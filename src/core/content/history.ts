/** The history list and its weekly charts (a practice's row is in ./sessions). */
export const HISTORY_WORDS = {
  title: 'History',
  readFailed: 'Your practices could not be read just now. Please try again.',
  opening: 'Opening your practices…',
  emptyHeading: 'No practices yet',
  /** The empty history's sentence, before its link to the first practice. */
  emptyLead: 'Nothing here yet, and that is fine. When you want a moment, you can start with',
  emptyLink: 'Five breaths',
  openingOlder: 'Opening older practices…',
  olderFailed: 'Older practices could not be read just now. Please try again.',
  showOlder: 'Show older',
} as const;

/** The weekly charts above the list. */
export const CHART_WORDS = {
  minutesTitle: 'Minutes practised',
  urgeTitle: 'Urge before and after',
  restingTitle: 'Resting heart rate',
  /** The right end of each chart's time axis. */
  thisWeek: 'this week',
  urgeKey: 'Dashed line with open dots: before practice. Solid line with filled dots: after.',
  restingEmpty:
    'Your resting heart rate appears here for weeks when a heart-rate strap was connected.',
  showTable: 'Show as table',
  weekOf: 'Week of',
  notRated: 'not rated',
  minutesCaption: 'Minutes practised per week',
  minutesColumns: ['Minutes', 'Practices'],
  urgeCaption: 'Urge to flee, weekly average out of 10',
  urgeColumns: ['Before', 'After'],
  restingCaption: 'Resting heart rate, weekly median in beats per minute',
  restingColumns: ['Resting bpm'],
} as const;

/** "1 practice", "12 practices". */
export const practicesWords = (count: number): string =>
  `${String(count)} ${count === 1 ? 'practice' : 'practices'}`;

/** "Showing 50 of 120." */
export const showingWords = (shown: number, total: number): string =>
  `Showing ${String(shown)} of ${String(total)}.`;

/** "Your last 12 weeks". */
export const lastWeeksWords = (weeks: number): string => `Your last ${String(weeks)} weeks`;

const minutesWords = (n: number) => `${String(n)} ${n === 1 ? 'minute' : 'minutes'}`;
const weeksWords = (n: number) => `${String(n)} ${n === 1 ? 'week' : 'weeks'}`;

/** The minutes chart in one sentence; `active` is null when no week had any practice. */
export function minutesChartWords(
  weeks: number,
  active: {
    readonly weeks: number;
    readonly totalMinutes: number;
    readonly mostMinutes: number;
    /** The week with the most minutes, already in words ("3 Mar"). */
    readonly mostWeek: string;
    readonly currentMinutes: number;
  } | null,
): string {
  const head = `Minutes practised per week over the last ${String(weeks)} weeks`;
  if (!active) return `${head}: none in these weeks.`;
  return `${head}: ${minutesWords(active.totalMinutes)} in all, in ${weeksWords(active.weeks)}; the most was ${minutesWords(active.mostMinutes)} in the week of ${active.mostWeek}; ${minutesWords(active.currentMinutes)} this week.`;
}

/** The urge chart in one sentence; `latest` is the newest rated week, null when none was. */
export function urgeChartWords(
  latest: {
    readonly ratedWeeks: number;
    readonly week: string;
    readonly before: number | null;
    readonly after: number | null;
  } | null,
): string {
  const head = 'Urge to flee before and after practice, weekly average out of 10';
  if (!latest) return `${head}: no ratings in these weeks.`;
  const parts = [
    latest.before === null ? null : `before ${String(latest.before)}`,
    latest.after === null ? null : `after ${String(latest.after)}`,
  ].filter((p) => p !== null);
  return `${head}: rated in ${weeksWords(latest.ratedWeeks)}; in the week of ${latest.week}, ${parts.join(', ')}.`;
}

/** A week's resting heart rate, with the week already in words. */
interface RestingWeek {
  readonly bpm: number;
  readonly week: string;
}

/** The resting heart-rate chart in one sentence, from the first and last measured weeks. */
export function restingChartWords(
  measured: {
    readonly weeks: number;
    readonly first: RestingWeek;
    readonly last: RestingWeek;
  } | null,
): string {
  const head = 'Resting heart rate, weekly median';
  if (!measured) return `${head}: none measured in these weeks.`;
  const { first, last } = measured;
  if (measured.weeks === 1)
    return `${head}: ${String(first.bpm)} bpm in the week of ${first.week}.`;
  return `${head}, in ${String(measured.weeks)} weeks: ${String(first.bpm)} bpm in the week of ${first.week}, ${String(last.bpm)} bpm in the week of ${last.week}.`;
}
