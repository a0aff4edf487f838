import { median } from '../core/heart/median';
import type { SessionRecord } from './session-log';

/** The person's usual resting heart rate: the median baseline of earlier sessions, or null without one. */
export function usualRestingBpm(
  records: readonly SessionRecord[],
  exceptId?: string,
): number | null {
  const baselines = records
    .filter((r) => r.id !== exceptId)
    .map((r) => r.heart?.baselineBpm)
    .filter((bpm): bpm is number => typeof bpm === 'number' && Number.isFinite(bpm));
  return baselines.length === 0 ? null : median(baselines);
}
