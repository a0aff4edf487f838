import { seededRandom } from '../../random/seeded-random';
import type { UrgeSample } from '../urge';

/** A small deterministic PRNG (mulberry32) so synthetic traces are reproducible. */
export const random = seededRandom;

export interface TraceShape {
  readonly seconds: number;
  /** Heart rate (bpm) at time tS. */
  readonly bpm: (tS: number) => number;
  /** Respiratory sinus arrhythmia as a fraction of RR at time tS (default 0.05). */
  readonly rsa?: (tS: number) => number;
  /** Breathing period in s (default 10). */
  readonly breathS?: number;
  /** Added to the bpm sent each second (default none). */
  readonly jitterBpm?: () => number;
  /** Turns one true beat into what the strap sends (default unchanged). */
  readonly corrupt?: (rrMs: number) => number[];
  /** Whether to send RR at all (default true). */
  readonly rr?: boolean;
}

/** Beats (ms) of a heart following `shape`, until `seconds`. */
export function synthBeats(shape: TraceShape): number[] {
  const rsa = shape.rsa ?? (() => 0.05);
  const breathMs = (shape.breathS ?? 10) * 1000;
  const beats: number[] = [];
  for (let t = 0; t < shape.seconds * 1000;) {
    const tS = t / 1000;
    const rr = (60000 / shape.bpm(tS)) * (1 + rsa(tS) * Math.sin((2 * Math.PI * t) / breathMs));
    beats.push(rr);
    t += rr;
  }
  return beats;
}

/**
 * Groups beats into one strap packet a second, as a Polar or Garmin strap sends them, with bpm
 * from the packet's beats as sent (artefacts included), or the previous bpm when it has none.
 */
export function packets(
  beats: readonly number[],
  corrupt: (rrMs: number) => number[] = (rr) => [rr],
  jitterBpm: () => number = () => 0,
): UrgeSample[] {
  const samples: UrgeSample[] = [];
  let t = 0;
  let i = 0;
  let bpm = 60000 / (beats[0] ?? 1000);
  for (let second = 1; i < beats.length; second++) {
    const rrMs: number[] = [];
    while (i < beats.length && t + (beats[i] as number) <= second * 1000) {
      t += beats[i] as number;
      rrMs.push(...corrupt(beats[i] as number));
      i++;
    }
    if (rrMs.length > 0) bpm = (60000 * rrMs.length) / rrMs.reduce((a, b) => a + b, 0);
    samples.push({ tMs: second * 1000, bpm: Math.round(bpm + jitterBpm()), rrMs });
  }
  return samples;
}

/** Strap samples, one a second, for a synthetic heart. */
export function trace(shape: TraceShape): UrgeSample[] {
  const samples = packets(synthBeats(shape), shape.corrupt, shape.jitterBpm);
  return shape.rr === false ? samples.map(({ tMs, bpm }) => ({ tMs, bpm })) : samples;
}
