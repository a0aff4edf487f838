import { UrgeMeter } from '../../core/heart/urge';
import type { UrgeMeterFactory } from './heart-session';

/** The core meter, told the person's resting level when history has one. */
export const createUrgeMeter: UrgeMeterFactory = ({ restingBpm, hrvWeight }) =>
  new UrgeMeter(restingBpm === null ? { hrvWeight } : { restingBpm, hrvWeight });
