/** Tuning of the meter (ms, fractions, levels 0–100). */
export const URGE_TUNING = {
  baselineMs: 60_000,
  hrWindowMs: 10_000,
  hrvWindowMs: 60_000,
  /** Successive differences needed in the window before lnRMSSD is trusted. */
  minDiffs: 20,
  /** Heart rate this far above baseline is full scale. */
  fullScaleRise: 0.2,
  /** lnRMSSD this far below baseline (RMSSD halved) is full scale. */
  fullScaleLnDrop: Math.LN2,
  riseTauMs: 5_000,
  fallTauMs: 20_000,
  highAt: 70,
  highAfterMs: 10_000,
  clearAt: 50,
  clearAfterMs: 20_000,
  staleMs: 5_000,
  artefactWindowMs: 30_000,
  maxArtefactShare: 0.1,
  hrvWeight: 0.4,
} as const;
