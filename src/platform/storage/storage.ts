import type { AppStorage } from '../../app/ports/app-storage';
import type { DataVault } from '../../app/ports/data-vault';
import type { SessionStore } from '../../app/ports/session-store';
import type { SettingsStore } from '../../app/ports/settings-store';
import { openStayDb, type StayDatabase } from './db';
import type { WriteReport } from './errors';
import { createIdbRecordStore } from './idb-record-store';
import { createIdbSettingsStore } from './idb-settings-store';
import type { VaultOptions } from './idb-vault';

/** The problem shown once another tab has moved the database to a newer version. */
export const UPDATED_ELSEWHERE =
  'Stay was updated in another tab. Reload this page to keep saving what you do here.';

/**
 * Opens the database (moving v0 localStorage settings in) and builds every store on it. Rejects
 * with StorageUnavailableError when the browser keeps no data. `problem` holds the last full-disk
 * message until a write goes through again, or UPDATED_ELSEWHERE once this page can no longer write.
 */
export async function openStayStorage(
  name = 'stay',
): Promise<{ storage: AppStorage; settings: SettingsStore }> {
  const listeners = new Set<(problem: string | null) => void>();
  let problem: string | null = null;
  const setProblem = (next: string | null) => {
    if (next === problem) return;
    problem = next;
    for (const listener of [...listeners]) listener(problem);
  };
  const report: WriteReport = (error) => {
    setProblem(error?.message ?? null);
  };
  const db = await openStayDb(name, {
    onClosedForUpgrade: () => {
      setProblem(UPDATED_ELSEWHERE);
    },
  });
  const settings = await createIdbSettingsStore(db, undefined, report);
  const storage: AppStorage = {
    sessions: lazySessionStore(db, report),
    journal: createIdbRecordStore(db, 'journal', report),
    wins: createIdbRecordStore(db, 'wins', report),
    challenges: createIdbRecordStore(db, 'challenges', report),
    vault: lazyVault(db, { report, afterWrite: () => settings.refresh() }),
    problem: () => problem,
    onProblem(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { storage, settings };
}

/**
 * The session store (with the chunk encoding and heart summaries) loads on first use: a practice
 * starting, the history opening, or the check for abandoned sessions once the page is idle.
 */
function lazySessionStore(db: StayDatabase, report: WriteReport): SessionStore {
  let store: Promise<SessionStore> | null = null;
  const load = () =>
    (store ??= import('./idb-session-store').then((m) => m.createIdbSessionStore(db, { report })));
  return {
    save: async (record, append) => (await load()).save(record, append),
    get: async (id) => (await load()).get(id),
    page: async (limit, after) => (await load()).page(limit, after),
    summaries: async () => (await load()).summaries(),
    delete: async (id) => (await load()).delete(id),
    own: async (id) => (await load()).own(id),
    recoverAbandoned: async () => (await load()).recoverAbandoned(),
  };
}

/** The vault (export, import) loads on first use: it is not needed for the first screen. */
function lazyVault(db: StayDatabase, options: VaultOptions): DataVault {
  let vault: Promise<DataVault> | null = null;
  const load = () => (vault ??= import('./idb-vault').then((m) => m.createIdbVault(db, options)));
  return {
    exportAll: async () => (await load()).exportAll(),
    importAll: async (data) => (await load()).importAll(data),
    counts: async () => (await load()).counts(),
    deleteAll: async () => (await load()).deleteAll(),
    estimate: async () => (await load()).estimate(),
    persist: async () => (await load()).persist(),
  };
}
