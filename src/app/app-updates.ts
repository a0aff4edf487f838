import type { Coach, CoachStatus } from './practice/coach';
import type { AppUpdater } from './ports/app-updater';

/**
 * Where a new version stands for this page: `none` waiting; `held` while a practice runs;
 * `offered` to the person; `applying` once accepted (the page reloads into it).
 */
export type UpdateState = 'none' | 'held' | 'offered' | 'applying';

/** Offers a waiting version only between practices, and applies it when the person accepts. */
export interface AppUpdates {
  readonly state: UpdateState;
  /** Called with each new state; returns unsubscribe. */
  onChange(listener: (state: UpdateState) => void): () => void;
  /**
   * Lets the new version take over and reloads into it. Resolves to false, and changes nothing,
   * unless the update is `offered` (never while a practice runs); the page reloads at most once.
   */
  apply(): Promise<boolean>;
}

/** The one practice the page runs: `PracticeLauncher` has this shape. */
export interface PracticeSource {
  current(): Coach | null;
}

/** Tells when practices come and go: a coach logs its record as it starts (`SessionLog`). */
export interface PracticeChanges {
  subscribe(listener: () => void): () => void;
}

/** Statuses during which the page must not change under the person. */
const PRACTISING: ReadonlySet<CoachStatus> = new Set(['starting', 'running', 'waiting', 'paused']);

/** The update gate over `updater`, reading the running practice from `practices`. */
export function createAppUpdates(
  updater: AppUpdater,
  practices: PracticeSource,
  changes: PracticeChanges,
): AppUpdates {
  const listeners = new Set<(state: UpdateState) => void>();
  let waiting = false;
  let applying = false;
  let watched: Coach | null = null;
  let unwatch: () => void = () => undefined;
  let last: UpdateState = 'none';

  const practising = () => {
    const coach = practices.current();
    if (coach !== watched) {
      unwatch();
      watched = coach;
      unwatch = coach ? coach.onStatus(changed) : () => undefined;
    }
    return coach !== null && PRACTISING.has(coach.status);
  };
  const state = (): UpdateState => {
    if (applying) return 'applying';
    if (!waiting) return 'none';
    return practising() ? 'held' : 'offered';
  };
  function changed() {
    const next = state();
    if (next === last) return;
    last = next;
    for (const listener of listeners) listener(next);
  }

  updater.onWaiting(() => {
    waiting = true;
    changed();
  });
  changes.subscribe(changed);

  return {
    get state() {
      return state();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async apply() {
      if (state() !== 'offered') return false;
      applying = true;
      changed();
      try {
        await updater.activate();
      } catch {
        applying = false;
        changed();
        return false;
      }
      // A practice started while the new version took over: it reloads after that one instead.
      if (practising()) {
        applying = false;
        changed();
        return false;
      }
      updater.reload();
      return true;
    },
  };
}
