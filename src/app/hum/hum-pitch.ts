import { median } from '../../core/heart/median';
import { droneRootFor } from '../../core/hum/drone-pitch';

/** What a session (a record, or a stored summary) tells about the person's hum. */
export interface WithHum {
  readonly id: string;
  readonly hum?: { readonly medianHz: number | null } | null;
}

/** The person's usual hum pitch: the median of earlier sessions' hum medians (each id once), or null. */
export function usualHumHz(records: readonly WithHum[]): number | null {
  const seen = new Set<string>();
  const pitches = records
    .filter((r) => !seen.has(r.id) && seen.add(r.id))
    .map((r) => r.hum?.medianHz)
    .filter((hz): hz is number => typeof hz === 'number' && Number.isFinite(hz) && hz > 0);
  return pitches.length === 0 ? null : median(pitches);
}

/** The drone root for these sessions' person: tuned to their usual hum, or the usual C3. */
export function droneHzFor(records: readonly WithHum[]): number {
  return droneRootFor(usualHumHz(records));
}
