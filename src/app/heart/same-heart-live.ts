import type { HeartLive } from './heart-monitor';

/** Whether two live states show the same, field by field (the monitor tells listeners only changes). */
export function sameHeartLive(a: HeartLive, b: HeartLive): boolean {
  const u = a.urge;
  const v = b.urge;
  const sameUrge =
    u === v ||
    (u !== null &&
      v !== null &&
      u.level === v.level &&
      u.high === v.high &&
      u.quality === v.quality &&
      u.reason === v.reason &&
      u.baselineBpm === v.baselineBpm);
  return (
    a.choice === b.choice &&
    a.strap === b.strap &&
    a.bluetooth === b.bluetooth &&
    a.bpm === b.bpm &&
    a.contact === b.contact &&
    sameUrge
  );
}
