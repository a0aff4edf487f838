/** Median of `values` (NaN when empty). Does not modify the input. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Robust standard deviation: 1.4826 × median absolute deviation (equals the SD for a normal). */
export function robustSd(values: readonly number[]): number {
  const m = median(values);
  return 1.4826 * median(values.map((v) => Math.abs(v - m)));
}

/** Theil–Sen slope of y over x (median of pairwise slopes); NaN with fewer than 2 distinct x. */
export function theilSenSlope(
  xs: readonly number[],
  ys: readonly number[],
  maxPoints = 200,
): number {
  const step = Math.max(1, Math.ceil(xs.length / maxPoints));
  const slopes: number[] = [];
  for (let i = 0; i < xs.length; i += step) {
    for (let j = i + step; j < xs.length; j += step) {
      const dx = (xs[j] ?? 0) - (xs[i] ?? 0);
      if (dx !== 0) slopes.push(((ys[j] ?? 0) - (ys[i] ?? 0)) / dx);
    }
  }
  return median(slopes);
}

/** Cents from `refHz` to `hz`. */
export function cents(hz: number, refHz: number): number {
  return 1200 * Math.log2(hz / refHz);
}
