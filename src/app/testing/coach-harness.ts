import type { SessionPlan } from '../../core/breathing/types';
import { createCoach, type Coach, type CoachStatus, type PhaseEvent } from '../practice/coach';
import { SessionLog } from '../practice/session-log';
import { FakeHaptics, FakeMedia, FakePlayer, FakeScreen } from './fake-ports';

/** A coach for `plan` on fake ports, with everything it emits recorded. */
export function coachHarness(
  plan: SessionPlan,
  options: { vibration?: boolean; id?: string } = {},
) {
  const player = new FakePlayer();
  const screen = new FakeScreen();
  const media = new FakeMedia();
  const log = new SessionLog();
  const holder: { coach: Coach | null } = { coach: null };
  const haptics = new FakeHaptics(() => holder.coach?.nowS() ?? 0);
  const coach = createCoach(
    plan,
    {
      player,
      haptics,
      screen,
      media,
      log,
      wallClock: () => new Date(Date.now()),
      newId: () => options.id ?? 'session-1',
    },
    { guidance: { voice: true, volume: 0.5, theme: 'warm' }, vibration: options.vibration ?? true },
  );
  holder.coach = coach;
  const phases: PhaseEvent[] = [];
  const statuses: CoachStatus[] = [];
  coach.onPhase((e) => phases.push(e));
  coach.onStatus((s) => statuses.push(s));
  return { coach, player, haptics, screen, media, log, phases, statuses };
}
