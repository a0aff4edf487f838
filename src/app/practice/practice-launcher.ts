import { customPractice } from '../../core/breathing/custom';
import { compileSession } from '../../core/breathing/plan';
import { PRACTICES, isPracticeId } from '../../core/breathing/practices';
import type { Practice, SessionPlan } from '../../core/breathing/types';
import type { UrgeRating } from '../../core/session/record';
import type { Settings } from '../../core/settings/settings';
import type { Coach, CoachFactory } from './coach';
import type { SessionLog } from './session-log';
import type { GuidanceOptions } from '../ports/guidance-player';
import type { SessionStore } from '../ports/session-store';
import type { SettingsStore } from '../ports/settings-store';

/** What one start carries besides the practice's id. */
export interface StartOptions {
  /** The urge rated 0–10 before the practice (null: skipped); kept on the record once it exists. */
  readonly urgeBefore?: UrgeRating;
  /** The drone's root in Hz; by default the one `prepare` tuned to the person's usual hum. */
  readonly droneHz?: number;
  /** Chooses spoken variants with what the sensors know (the pause's acknowledgement). */
  readonly choosePrompt?: GuidanceOptions['choosePrompt'];
}

/** Finds practices by route id, compiles them with the person's timings, and starts one at a time. */
export interface PracticeLauncher {
  /** A built-in practice, or `custom:<slug>` from settings; null when there is none. */
  practice(id: string): Practice | null;
  /** The practice compiled with the person's timings; null for an unknown id. */
  plan(id: string): SessionPlan | null;
  /**
   * Gets `id` ready for a start inside a tap: for a practice with a drone, tunes its root a fourth
   * below the person's usual hum, read from their sessions. Resolves once ready (never rejects); a
   * start before then plays the usual root.
   */
  prepare(id: string): Promise<void>;
  /**
   * Stops any running session, then creates and starts a coach; call it from the tap. Throws a
   * RangeError for an unknown id; a failed start is reported through the coach's status and error.
   */
  start(id: string, options?: StartOptions): Coach;
  /** The coach started last, whatever its status; null before the first start. */
  current(): Coach | null;
}

/** Where the launcher reads and keeps the person's sessions. */
export interface LauncherSessions {
  /** This page's sessions, where a start keeps the urge rated before it. */
  readonly log: SessionLog;
  /** The sessions kept on the device, newest first (for the drone's tuning). */
  readonly store: Pick<SessionStore, 'page'>;
}

/** How many recent sessions the usual hum is taken from. */
const HUM_FROM_LAST = 50;

/** A launcher on top of the settings store, a coach factory and the person's sessions. */
export function createPracticeLauncher(
  settings: SettingsStore,
  createCoach: CoachFactory,
  sessions: LauncherSessions,
  prepareGuidance?: (plan: SessionPlan, options: GuidanceOptions) => void,
): PracticeLauncher {
  let current: Coach | null = null;
  /** The drone's root tuned to the person's hum; `tuning` drops a reading older than the last ask. */
  let droneHz: number | undefined;
  let tuning = 0;

  const practice = (id: string) => findPractice(settings.load(), id);
  const plan = (id: string) => {
    const found = practice(id);
    return found ? planFor(found, settings.load()) : null;
  };

  /** What the guidance plays with: the person's sound settings and the drone's root. */
  const guidanceFor = (compiled: SessionPlan, droneRoot: number | undefined): GuidanceOptions => {
    const { voice, deviceVoice, volume, theme } = settings.load();
    const root = compiled.drone ? droneRoot : undefined;
    return { voice, deviceVoice, volume, theme, ...(root === undefined ? {} : { droneHz: root }) };
  };

  return {
    practice,
    plan,
    prepare(id) {
      const compiled = plan(id);
      if (!compiled?.drone) {
        if (compiled) prepareGuidance?.(compiled, guidanceFor(compiled, undefined));
        return Promise.resolve();
      }
      const asked = ++tuning;
      droneHz = undefined;
      return Promise.all([
        import('../hum/hum-pitch'),
        sessions.store.page(HUM_FROM_LAST).catch(() => null),
      ])
        .then(([{ droneHzFor }, page]) => {
          if (asked !== tuning) return;
          droneHz = droneHzFor([...sessions.log.list(), ...(page?.items ?? [])]);
          prepareGuidance?.(compiled, guidanceFor(compiled, droneHz));
        })
        .catch(() => undefined);
    },
    start(id, options = {}) {
      const compiled = plan(id);
      if (!compiled) throw new RangeError(`There is no practice called ${id}.`);
      current?.stop();
      const coach = createCoach(compiled, {
        guidance: {
          ...guidanceFor(compiled, options.droneHz ?? droneHz),
          choosePrompt: options.choosePrompt,
        },
        vibration: settings.load().vibration,
      });
      current = coach;
      const { urgeBefore } = options;
      if (typeof urgeBefore === 'number') keepUrgeBefore(coach, sessions.log, urgeBefore);
      coach.start().catch(() => undefined);
      return coach;
    },
    current: () => current,
  };
}

/** Keeps `rating` on `coach`'s record as soon as the record exists (when the session runs). */
function keepUrgeBefore(coach: Coach, log: SessionLog, rating: number): void {
  const off = coach.onStatus(() => {
    const record = coach.record;
    if (record && record.urgeBefore === null) log.rateUrge(record.id, 'before', rating);
    if (record || coach.status === 'stopped') off();
  });
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
