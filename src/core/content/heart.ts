import { formatDuration } from '../heart/recovery';

/** The heart-rate curve's words, on the done screen and a practice's history page. */
export const HEART_WORDS = {
  noBaseline: 'There was no baseline to compare with this time.',
  stayedClose: 'Your heart rate stayed close to your baseline the whole time.',
  notBackYet: 'It had not come back to baseline yet when the practice ended.',
  key: 'Shaded bands are breaths in, lighter ones breaths out; the dashed line is your baseline; hatched stretches had no data.',
} as const;

/** "Your heart rate came back to baseline in 1 min 10 s." */
export const backToBaselineWords = (afterMs: number): string =>
  `Your heart rate came back to baseline in ${formatDuration(afterMs)}.`;

/** The chart's mark at the peak: "peak 96". */
export const peakMarkWords = (bpm: number): string => `peak ${String(Math.round(bpm))}`;

/** "Heart rate peaked at 96 bpm. The urge meter peaked at 70 of 100."; the first part only with a peak. */
export const peaksWords = (peakBpm: number | null, peakUrge: number): string =>
  `${peakBpm === null ? '' : `Heart rate peaked at ${String(peakBpm)} bpm. `}The urge meter peaked at ${String(peakUrge)} of 100.`;

/** The chart in one sentence, for screen readers. */
export function heartChartWords(facts: {
  readonly minBpm: number;
  readonly maxBpm: number;
  readonly baselineBpm: number | null;
  readonly peakBpm: number | null;
  readonly peakAtMs: number | null;
  readonly gaps: number;
}): string {
  const parts = [
    `Heart rate over the practice, between ${String(facts.minBpm)} and ${String(facts.maxBpm)} bpm`,
  ];
  if (facts.baselineBpm !== null)
    parts.push(`baseline ${String(Math.round(facts.baselineBpm))} bpm`);
  if (facts.peakBpm !== null && facts.peakAtMs !== null) {
    const peak = String(Math.round(facts.peakBpm));
    parts.push(`peak ${peak} bpm at ${formatDuration(facts.peakAtMs)}`);
  }
  const { gaps } = facts;
  if (gaps > 0) parts.push(`${String(gaps)} ${gaps === 1 ? 'stretch' : 'stretches'} without data`);
  return `${parts.join('; ')}.`;
}
