import { median } from '../heart/median';
import { summarizeHeart } from '../heart/recovery';
import type { HeartOverview, HeartTrace, SessionRecord, SessionSummary } from './record';

/** What the history list keeps of a session: everything but its samples and phases. */
export function summarizeSession(record: SessionRecord): SessionSummary {
  // Leave the bulky parts behind; the summary is read for every row of the history.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { heart, phases, ...rest } = record;
  return {
    ...rest,
    bodyPlaces: [...record.bodyPlaces],
    heart: heart ? heartOverview(heart) : null,
  };
}

/** Baseline, smoothed peak, time back to baseline and median of a heart trace. */
export function heartOverview(trace: HeartTrace): HeartOverview {
  const bpms = trace.samples.map((s) => s.bpm);
  const base = trace.baselineBpm;
  const summary =
    base === null
      ? null
      : summarizeHeart(
          trace.samples.map((s) => ({ tMs: s.tS * 1000, bpm: s.bpm })),
          base,
        );
  const peakBpm =
    summary?.peakBpm ?? (bpms.length > 0 ? bpms.reduce((a, b) => Math.max(a, b)) : null);
  const backMs = summary?.backToBaselineAfterMs ?? null;
  return {
    baselineBpm: base,
    peakBpm: peakBpm === null ? null : Math.round(peakBpm),
    backToBaselineS: backMs === null ? null : Math.round(backMs / 1000),
    medianBpm: bpms.length > 0 ? Math.round(median(bpms)) : null,
    sampleCount: bpms.length,
  };
}
