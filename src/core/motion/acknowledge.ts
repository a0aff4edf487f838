/** Stillness (0..1) from which the body counts as having been still. */
export const STILL_ENOUGH = 0.8;
/** Seconds of heart samples the "back near resting" judgement looks at. */
export const HEART_WINDOW_S = 20;

/** What the three-minute acknowledgement can say about the body. */
export type BodySign = 'heart' | 'still' | 'none';

/** What is known at about three minutes. */
export interface BodyNow {
  /** Stillness 0..1 so far, or null when not measured. */
  readonly stillness: number | null;
  /** Heart samples so far (plan seconds, bpm) and the resting rate; null without a strap. */
  readonly heart: {
    readonly samples: readonly { readonly tS: number; readonly bpm: number }[];
    readonly baselineBpm: number | null;
  } | null;
  /** Plan time now, seconds. */
  readonly nowS: number;
}

/**
 * The heart is back near its resting pace when the median of the last `HEART_WINDOW_S` of samples
 * is within 5 % (or 3 bpm, whichever is wider) of the resting rate, or below it.
 */
export function heartNearResting(body: BodyNow): boolean {
  const heart = body.heart;
  if (!heart || heart.baselineBpm === null) return false;
  const recent = heart.samples
    .filter((s) => s.tS > body.nowS - HEART_WINDOW_S && s.tS <= body.nowS && s.bpm > 0)
    .map((s) => s.bpm)
    .sort((a, b) => a - b);
  // At least half the window, so a strap that just connected does not speak for the body.
  if (recent.length < HEART_WINDOW_S / 2) return false;
  const mid = recent.length >> 1;
  const median =
    recent.length % 2
      ? (recent[mid] as number)
      : ((recent[mid - 1] as number) + (recent[mid] as number)) / 2;
  const tolerance = Math.max(heart.baselineBpm * 0.05, 3);
  return median <= heart.baselineBpm + tolerance;
}

/** What the body did, best first: the heart settling, then stillness, else nothing to name. */
export function bodySign(body: BodyNow): BodySign {
  if (heartNearResting(body)) return 'heart';
  if (body.stillness !== null && body.stillness >= STILL_ENOUGH) return 'still';
  return 'none';
}
