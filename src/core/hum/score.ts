import { cents, median, robustSd, theilSenSlope } from './robust';
import type { HumSegment } from './segmenter';

/** A window of the plan in which a hum is expected (an exhale), in seconds. */
export interface ExhaleWindow {
  readonly startS: number;
  readonly endS: number;
}

/** How steady the hum sounded, in words the UI can show. */
export type HumSteadinessWords = 'steady' | 'a little wavering' | 'wavering';

/** The summary of a practice's humming. NaN statistics mean there was too little hum to say. */
export interface HumScore {
  /** Total seconds hummed. */
  readonly humS: number;
  /** The longest single hum (s). */
  readonly longestS: number;
  /** Per exhale window: seconds hummed inside it and that as a fraction of the window. */
  readonly exhales: readonly {
    readonly startS: number;
    readonly endS: number;
    readonly humS: number;
    readonly voicedFraction: number;
  }[];
  /** Robust SD (1.4826 × MAD, cents) of pitch around each hum's own median. */
  readonly pitchSdCents: number;
  /** Median over hums of at least 1 s of each hum's Theil–Sen pitch slope (cents per second). */
  readonly driftCentsPerS: number;
  /** Robust SD (dB) of loudness around each hum's own median. */
  readonly loudnessSdDb: number;
  /** Null when nothing was hummed. */
  readonly words: HumSteadinessWords | null;
}

/** Pitch SD limits (cents) for the words: under 30 is steady, under 60 a little wavering. */
export const STEADY_CENTS = 30;
export const WAVERING_CENTS = 60;

function overlapS(a: ExhaleWindow, b: ExhaleWindow): number {
  return Math.max(0, Math.min(a.endS, b.endS) - Math.max(a.startS, b.startS));
}

/** Scores hum segments (from `detectHum` or `HumTracker`), optionally against the plan's exhales. */
export function scoreHum(
  segments: readonly HumSegment[],
  exhales: readonly ExhaleWindow[] = [],
): HumScore {
  const durations = segments.map((s) => s.endS - s.startS);
  const pitchResiduals: number[] = [];
  const loudnessResiduals: number[] = [];
  const slopes: number[] = [];
  for (const s of segments) {
    const points = s.track.filter((p) => p.hz > 0);
    const ref = median(points.map((p) => p.hz));
    const centsTrack = points.map((p) => cents(p.hz, ref));
    pitchResiduals.push(...centsTrack);
    const dbMedian = median(points.map((p) => p.db));
    loudnessResiduals.push(...points.map((p) => p.db - dbMedian));
    if (s.endS - s.startS >= 1)
      slopes.push(
        theilSenSlope(
          points.map((p) => p.tS),
          centsTrack,
        ),
      );
  }
  const pitchSdCents = pitchResiduals.length ? robustSd(pitchResiduals) : NaN;
  const humS = durations.reduce((a, b) => a + b, 0);
  return {
    humS,
    longestS: Math.max(0, ...durations),
    exhales: exhales.map((w) => {
      const inside = segments.reduce((sum, s) => sum + overlapS(s, w), 0);
      const lengthS = w.endS - w.startS;
      return {
        startS: w.startS,
        endS: w.endS,
        humS: inside,
        voicedFraction: lengthS > 0 ? inside / lengthS : 0,
      };
    }),
    pitchSdCents,
    driftCentsPerS: median(slopes),
    loudnessSdDb: loudnessResiduals.length ? robustSd(loudnessResiduals) : NaN,
    words:
      humS === 0 || Number.isNaN(pitchSdCents)
        ? null
        : pitchSdCents < STEADY_CENTS
          ? 'steady'
          : pitchSdCents < WAVERING_CENTS
            ? 'a little wavering'
            : 'wavering',
  };
}
