import type { Pattern } from './types';

/** Build a pattern from in / hold / out / hold seconds (and an optional top-up inhale). */
export function pattern(
  inhaleS: number,
  holdInS: number,
  exhaleS: number,
  holdOutS: number,
  topUpS = 0,
): Pattern {
  return { inhaleS, topUpS, holdInS, exhaleS, holdOutS };
}

/** Longest single phase a pattern may have, in seconds. */
export const MAX_PHASE_S = 60;

/** A pattern that cannot be breathed: the message says which part and why. */
export class PatternError extends Error {
  override name = 'PatternError';
}

const LABELS: Record<keyof Pattern, string> = {
  inhaleS: 'Breathing in',
  topUpS: 'The second breath in',
  holdInS: 'The hold after breathing in',
  exhaleS: 'Breathing out',
  holdOutS: 'The hold after breathing out',
};

/** Returns the pattern if every phase is a finite 0–60 s and in and out are at least 1 s; throws PatternError otherwise. */
export function validatePattern(p: Pattern): Pattern {
  for (const key of Object.keys(LABELS) as (keyof Pattern)[]) {
    const value = p[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_PHASE_S) {
      throw new PatternError(
        `${LABELS[key]} must be between 0 and ${String(MAX_PHASE_S)} seconds.`,
      );
    }
  }
  if (p.inhaleS < 1) throw new PatternError('Breathing in must last at least 1 second.');
  if (p.exhaleS < 1) throw new PatternError('Breathing out must last at least 1 second.');
  return p;
}

/** Seconds one breath of `p` takes, holds included. */
export function breathS(p: Pattern): number {
  return p.inhaleS + p.topUpS + p.holdInS + p.exhaleS + p.holdOutS;
}

/** The pattern `t` of the way (0..1) from `a` to `b`, each phase rounded to 1 ms. */
export function lerpPattern(a: Pattern, b: Pattern, t: number): Pattern {
  const mix = (x: number, y: number) => roundMs(x + (y - x) * t);
  return {
    inhaleS: mix(a.inhaleS, b.inhaleS),
    topUpS: mix(a.topUpS, b.topUpS),
    holdInS: mix(a.holdInS, b.holdInS),
    exhaleS: mix(a.exhaleS, b.exhaleS),
    holdOutS: mix(a.holdOutS, b.holdOutS),
  };
}

/** Round seconds to the millisecond, so sums of phases do not drift. */
export function roundMs(s: number): number {
  return Math.round(s * 1000) / 1000;
}
