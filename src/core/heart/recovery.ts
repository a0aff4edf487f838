import { isPlausibleBpm } from './beats';
import { median } from './median';

/** One heart-rate sample of a session: time (ms) and bpm. */
export interface HeartSample {
  readonly tMs: number;
  readonly bpm: number;
}

/** How high the heart went in a session and when it came back. */
export interface HeartSummary {
  /** Highest smoothed heart rate, or null when the trace has no plausible sample. */
  readonly peakBpm: number | null;
  readonly peakAtMs: number | null;
  /** Start of the first stay near baseline after the peak, or null when it has not happened yet. */
  readonly backToBaselineAtMs: number | null;
  /** `backToBaselineAtMs − peakAtMs`, or null. */
  readonly backToBaselineAfterMs: number | null;
  /** Whether the smoothed heart rate ever left the band around baseline. */
  readonly rose: boolean;
}

/** Options for `summarizeHeart` (ms, %, bpm). */
export interface HeartSummaryOptions {
  /** Centred median window that smooths the trace (default 10 s). */
  readonly smoothMs?: number;
  /** Within this % of baseline counts as back (default 5). */
  readonly tolerancePct?: number;
  /** …or within this many bpm, whichever is wider (default 3). */
  readonly toleranceBpm?: number;
  /** How long it must stay back (default 20 s). */
  readonly holdMs?: number;
}

/**
 * Summarises a session's heart-rate trace for the after-practice screen: the peak of the smoothed
 * trace, and when it came back to within the tolerance of `baselineBpm` (or below) and stayed
 * there for `holdMs`. Implausible samples (0, outside 25–240 bpm) are left out.
 */
export function summarizeHeart(
  samples: readonly HeartSample[],
  baselineBpm: number,
  options: HeartSummaryOptions = {},
): HeartSummary {
  const smoothMs = options.smoothMs ?? 10_000;
  const holdMs = options.holdMs ?? 20_000;
  const tolerance = Math.max(
    (baselineBpm * (options.tolerancePct ?? 5)) / 100,
    options.toleranceBpm ?? 3,
  );
  const trace = smooth(
    samples.filter((s) => isPlausibleBpm(s.bpm)).sort((a, b) => a.tMs - b.tMs),
    smoothMs,
  );

  let peak: HeartSample | null = null;
  for (const s of trace) if (peak === null || s.bpm > peak.bpm) peak = s;
  if (peak === null) {
    return {
      peakBpm: null,
      peakAtMs: null,
      backToBaselineAtMs: null,
      backToBaselineAfterMs: null,
      rose: false,
    };
  }

  const peakAtMs = peak.tMs;
  const near = (s: HeartSample) => s.bpm <= baselineBpm + tolerance;
  const backAt = firstStay(
    trace.filter((s) => s.tMs >= peakAtMs),
    near,
    holdMs,
  );
  return {
    peakBpm: peak.bpm,
    peakAtMs,
    backToBaselineAtMs: backAt,
    backToBaselineAfterMs: backAt === null ? null : backAt - peakAtMs,
    rose: !near(peak),
  };
}

/** Each sample replaced by the median of the samples within ±window/2 of it. */
function smooth(samples: readonly HeartSample[], windowMs: number): HeartSample[] {
  const half = windowMs / 2;
  let from = 0;
  let to = 0;
  return samples.map((s) => {
    while ((samples[from] as HeartSample).tMs < s.tMs - half) from++;
    while (to < samples.length && (samples[to] as HeartSample).tMs <= s.tMs + half) to++;
    return { tMs: s.tMs, bpm: median(samples.slice(from, to).map((x) => x.bpm)) };
  });
}

/** Time of the first sample from which `ok` holds for at least `holdMs` of trace, or null. */
function firstStay(
  trace: readonly HeartSample[],
  ok: (s: HeartSample) => boolean,
  holdMs: number,
): number | null {
  let since: number | null = null;
  for (const s of trace) {
    if (!ok(s)) since = null;
    else if (since === null) since = s.tMs;
    if (since !== null && s.tMs - since >= holdMs) return since;
  }
  return null;
}

/** A duration for people: "40 s", "2 min 40 s", "3 min", "1 h 5 min". Rounds to the second. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError('A duration must be 0 or more.');
  const totalS = Math.round(ms / 1000);
  const h = Math.floor(totalS / 3600);
  const min = Math.floor((totalS % 3600) / 60);
  const s = totalS % 60;
  if (h > 0) return min > 0 ? `${h} h ${min} min` : `${h} h`;
  if (min > 0) return s > 0 ? `${min} min ${s} s` : `${min} min`;
  return `${s} s`;
}
