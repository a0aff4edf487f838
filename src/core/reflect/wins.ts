import type { SmallWin } from './records';

/** Small wins newest first (by `at`, then id), as the log shows them. */
export function winsNewestFirst(wins: readonly SmallWin[]): SmallWin[] {
  return [...wins].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
}

/** A stay in whole hours, minutes and seconds (rounded to the second); null when not measured. */
export function stayedParts(
  stayedS: number | null,
): { readonly h: number; readonly min: number; readonly s: number } | null {
  if (stayedS === null || !Number.isFinite(stayedS) || stayedS < 0) return null;
  const total = Math.round(stayedS);
  return { h: Math.floor(total / 3600), min: Math.floor((total % 3600) / 60), s: total % 60 };
}
