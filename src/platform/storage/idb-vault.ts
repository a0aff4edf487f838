import type { DataVault, StorageEstimate } from '../../app/ports/data-vault';
import type { StayDatabase } from './db';
import type { WriteReport } from './errors';
import { ALL_STORES } from './schema';
import { exportAll } from './vault-export';
import { importAll } from './vault-import';
import { requests, write } from './write';

/** Options for `createIdbVault`. */
export interface VaultOptions {
  /** Called once an import or delete has committed (settings may have changed). */
  readonly afterWrite?: () => void | Promise<void>;
  /** ISO 8601 now, for `exportedAt`. */
  readonly now?: () => string;
  readonly report?: WriteReport;
  /** `navigator.storage` by default; null where the browser has none. */
  readonly storage?: Pick<StorageManager, 'estimate' | 'persisted' | 'persist'> | null;
}

/** Export, import, counts and delete over the whole database; estimate and persist over navigator.storage. */
export function createIdbVault(db: StayDatabase, options: VaultOptions = {}): DataVault {
  const now = options.now ?? (() => new Date().toISOString());
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const { report, afterWrite } = options;
  return {
    exportAll: () => exportAll(db, now()),
    async importAll(data) {
      const outcome = await importAll(db, data, report);
      await afterWrite?.();
      return outcome;
    },
    async counts() {
      const tx = db.transaction(['sessions', 'journal', 'wins', 'challenges', 'patterns']);
      const [sessions, journal, wins, challenges, customPatterns] = await Promise.all([
        tx.objectStore('sessions').count(),
        tx.objectStore('journal').count(),
        tx.objectStore('wins').count(),
        tx.objectStore('challenges').count(),
        tx.objectStore('patterns').count(),
      ]);
      return { sessions, journal, wins, challenges, customPatterns };
    },
    async deleteAll() {
      await write(
        db,
        ALL_STORES,
        (tx) =>
          requests((add) => {
            for (const name of ALL_STORES) add(tx.objectStore(name).clear());
          }),
        report,
      );
      await afterWrite?.();
    },
    async estimate(): Promise<StorageEstimate> {
      if (!storage) return { persisted: null, usageBytes: null, quotaBytes: null };
      const [estimate, persisted] = await Promise.all([
        storage.estimate().catch(() => null),
        storage.persisted().catch(() => null),
      ]);
      return {
        persisted,
        usageBytes: estimate?.usage ?? null,
        quotaBytes: estimate?.quota ?? null,
      };
    },
    async persist() {
      if (!storage) return null;
      return storage.persist().catch(() => null);
    },
  };
}

function browserStorage(): Pick<StorageManager, 'estimate' | 'persisted' | 'persist'> | null {
  const storage: StorageManager | undefined = (globalThis.navigator as Navigator | undefined)
    ?.storage;
  return storage && typeof storage.estimate === 'function' ? storage : null;
}
