import { customPractice } from '../../core/breathing/custom';
import { compileSession } from '../../core/breathing/plan';
import { PRACTICES, isPracticeId } from '../../core/breathing/practices';
import type { Practice, SessionPlan } from '../../core/breathing/types';
import type { Settings } from '../../core/settings/settings';
import type { Coach, CoachFactory } from './coach';
import type { GuidanceOptions } from '../ports/guidance-player';
import type { SettingsStore } from '../ports/settings-store';

/** Finds practices by route id, compiles them with the person's timings, and starts one at a time. */
export interface PracticeLauncher {
  /** A built-in practice, or `custom:<slug>` from settings; null when there is none. */
  practice(id: string): Practice | null;
  /** The practice compiled with the person's timings; null for an unknown id. */
  plan(id: string): SessionPlan | null;
  /**
   * Stops any running session, then creates and starts a coach; call it from the tap. `tuning`
   * carries a drone root tuned to the person's hum (worked out by the practice's screen), and a
   * chooser of spoken variants (the pause's acknowledgement).
   */
  start(
    id: string,
    tuning?: { readonly droneHz?: number; readonly choosePrompt?: GuidanceOptions['choosePrompt'] },
  ): Coach;
  /** The coach started last, whatever its status; null before the first start. */
  current(): Coach | null;
}

/** A launcher on top of the settings store and a coach factory. */
export function createPracticeLauncher(
  settings: SettingsStore,
  createCoach: CoachFactory,
): PracticeLauncher {
  let current: Coach | null = null;

  const practice = (id: string) => findPractice(settings.load(), id);
  const plan = (id: string) => {
    const found = practice(id);
    return found ? planFor(found, settings.load()) : null;
  };

  return {
    practice,
    plan,
    start(id, tuning) {
      const compiled = plan(id);
      if (!compiled) throw new RangeError(`There is no practice called ${id}.`);
      current?.stop();
      const { voice, volume, theme, vibration } = settings.load();
      const droneHz = compiled.drone ? tuning?.droneHz : undefined;
      const tuned = droneHz === undefined ? {} : { droneHz };
      const coach = createCoach(compiled, {
        guidance: { voice, volume, theme, ...tuned, choosePrompt: tuning?.choosePrompt },
        vibration,
      });
      current = coach;
      // A failed start is reported through the coach's status and error.
      coach.start().catch(() => undefined);
      return coach;
    },
    current: () => current,
  };
}

/** Resolves a route id against the built-ins and the person's custom patterns. */
export function findPractice(settings: Settings, id: string): Practice | null {
  if (isPracticeId(id)) return PRACTICES[id];
  if (!id.startsWith('custom:')) return null;
  const slug = id.slice('custom:'.length);
  const custom = settings.customPatterns.find((p) => p.slug === slug);
  return custom ? customPractice(custom) : null;
}

/** Compiles with the saved timing, falling back to the practice's own if that timing no longer fits. */
export function planFor(practice: Practice, settings: Settings): SessionPlan {
  const timing = isPracticeId(practice.id) ? settings.timings[practice.id] : undefined;
  if (timing) {
    try {
      return compileSession(practice, timing);
    } catch {
      // Saved timings are sanitised, but a practice's range may change between versions.
    }
  }
  return compileSession(practice);
}
