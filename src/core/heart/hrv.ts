/**
 * Root mean square of successive differences of a clean run of RR intervals, in ms.
 * NaN when fewer than 2 intervals.
 */
export function rmssd(rrMs: readonly number[]): number {
  if (rrMs.length < 2) return NaN;
  let sumSquares = 0;
  for (let i = 1; i < rrMs.length; i++) {
    const d = (rrMs[i] as number) - (rrMs[i - 1] as number);
    sumSquares += d * d;
  }
  return Math.sqrt(sumSquares / (rrMs.length - 1));
}

/** Sample standard deviation (N − 1) of a clean run of RR intervals, in ms. NaN when fewer than 2. */
export function sdnn(rrMs: readonly number[]): number {
  const n = rrMs.length;
  if (n < 2) return NaN;
  let sum = 0;
  for (const rr of rrMs) sum += rr;
  const mean = sum / n;
  let sumSquares = 0;
  for (const rr of rrMs) sumSquares += (rr - mean) * (rr - mean);
  return Math.sqrt(sumSquares / (n - 1));
}

/**
 * RMSSD pooled over several clean runs: successive differences are taken within each run, never
 * across runs. NaN when no run has 2 intervals.
 */
export function pooledRmssd(runs: readonly (readonly number[])[]): number {
  let sumSquares = 0;
  let count = 0;
  for (const run of runs) {
    for (let i = 1; i < run.length; i++) {
      const d = (run[i] as number) - (run[i - 1] as number);
      sumSquares += d * d;
      count++;
    }
  }
  return count === 0 ? NaN : Math.sqrt(sumSquares / count);
}
