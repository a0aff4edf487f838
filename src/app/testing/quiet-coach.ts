import type { SessionPlan } from '../../core/breathing/types';
import type { GuidanceOptions, GuidancePlayer } from '../ports/guidance-player';
import { createCoach } from '../practice/coach';
import type { SessionLog } from '../practice/session-log';
import { FakeHaptics, FakeMedia, FakeScreen } from './fake-ports';

/**
 * A coach for `plan` on fake ports, with no voice and no vibration, playing through `player` and
 * writing to `log`; `guidance` changes the warm theme at full volume.
 */
export function quietCoach(
  plan: SessionPlan,
  player: GuidancePlayer,
  log: SessionLog,
  guidance: Partial<GuidanceOptions> = {},
) {
  const ports = {
    player,
    haptics: new FakeHaptics(),
    screen: new FakeScreen(),
    media: new FakeMedia(),
    log,
  };
  return createCoach(plan, ports, {
    guidance: { voice: false, volume: 1, theme: 'warm', ...guidance },
    vibration: false,
  });
}
