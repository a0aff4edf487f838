import { median } from '../../core/heart/median';

/** What a session (a record, or a stored summary) tells about the resting heart rate. */
export interface WithBaseline {
  readonly id: string;
  readonly heart?: { readonly baselineBpm: number | null } | null;
}

/**
 * The person's usual resting heart rate: the median baseline of earlier sessions (each id once,
 * the first one given wins), or null without one.
 */
export function usualRestingBpm(
  records: readonly WithBaseline[],
  exceptId?: string,
): number | null {
  const seen = new Set<string>();
  const baselines = records
    .filter((r) => r.id !== exceptId && !seen.has(r.id) && seen.add(r.id))
    .map((r) => r.heart?.baselineBpm)
    .filter((bpm): bpm is number => typeof bpm === 'number' && Number.isFinite(bpm));
  return baselines.length === 0 ? null : median(baselines);
}
