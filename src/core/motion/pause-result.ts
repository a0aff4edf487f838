import type { MotionResult } from '../session/record';
import { CURVE_BUCKET_S, type StillSecond, stillnessBetween, stillnessCurve } from './stillness';

/** What the pause knew when it ended (or at a save on the way). */
export interface PauseFacts {
  readonly seconds: readonly StillSecond[];
  /** Plan time reached, seconds. */
  readonly untilS: number;
  /** The still minute, in plan seconds: from the face-down gate to the end of the settle. */
  readonly stillFromS: number;
  readonly stillToS: number;
  readonly faceDownAtS: number | null;
  readonly waitedS: number;
  readonly pickups: number;
}

/** The record's motion result and overall stillness (0..1, null when no second was judged). */
export function pauseResult(facts: PauseFacts): { motion: MotionResult; stillness: number | null } {
  const firstMinute =
    facts.untilS > facts.stillFromS
      ? stillnessBetween(facts.seconds, facts.stillFromS, facts.stillToS)
      : null;
  return {
    motion: {
      firstMinute,
      curve: stillnessCurve(facts.seconds, facts.untilS),
      bucketS: CURVE_BUCKET_S,
      faceDownAtS: facts.faceDownAtS === null ? null : Math.round(facts.faceDownAtS * 100) / 100,
      waitedS: Math.round(facts.waitedS * 10) / 10,
      pickups: facts.pickups,
    },
    stillness: stillnessBetween(facts.seconds),
  };
}
