import { openDB, type IDBPDatabase } from 'idb';
import { blockedByOtherTab, unavailable } from './errors';
import { DB_VERSION, LEGACY_SETTINGS_KEY, MIGRATIONS } from './migrations';
import type { StayDb } from './schema';

export type { StayDb } from './schema';

/** An open Stay database. */
export type StayDatabase = IDBPDatabase<StayDb>;

/** Where legacy settings are read and removed (localStorage in the app). */
export type LegacyStorage = Pick<Storage, 'getItem' | 'removeItem'>;

/** Options for `openStayDb`; the defaults are the browser's. */
export interface OpenOptions {
  /** The v0 settings to move into the database (default: localStorage, when readable). */
  readonly legacy?: LegacyStorage | null;
  /** Stop at this version (tests build old databases with it); default: the current one. */
  readonly version?: number;
  /** How long another tab may hold up an upgrade before giving up, in ms (default 5000). */
  readonly blockedMs?: number;
  /** Called after this connection closed itself for a newer version opened in another tab. */
  readonly onClosedForUpgrade?: () => void;
}

/**
 * Opens (creating or upgrading) the database. Rejects with StorageUnavailableError when IndexedDB
 * is missing or refuses, or another tab holds up the upgrade. The connection closes itself when a
 * newer version elsewhere asks for an upgrade.
 */
export async function openStayDb(name = 'stay', options: OpenOptions = {}): Promise<StayDatabase> {
  if (typeof indexedDB === 'undefined') throw unavailable();
  const legacy = options.legacy === undefined ? safeLocalStorage() : options.legacy;
  const version = options.version ?? DB_VERSION;
  let fromVersion = -1;
  const db = await settle(
    (onBlocked) =>
      openDB<StayDb>(name, version, {
        upgrade(db, oldVersion, _newVersion, tx) {
          fromVersion = oldVersion;
          for (let v = oldVersion; v < version; v++) MIGRATIONS[v]?.({ db, tx, legacy });
        },
        blocked: onBlocked,
        blocking() {
          db.close();
          options.onClosedForUpgrade?.();
        },
      }),
    options.blockedMs ?? 5000,
  );
  if (fromVersion === 0) removeLegacy(legacy);
  return db;
}

/** The open connection, or StorageUnavailableError; a connection that opens after giving up is closed. */
function settle(
  open: (onBlocked: () => void) => Promise<StayDatabase>,
  blockedMs: number,
): Promise<StayDatabase> {
  return new Promise((resolve, reject) => {
    let gaveUp = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onBlocked = () => {
      timer ??= setTimeout(() => {
        gaveUp = true;
        reject(blockedByOtherTab());
      }, blockedMs);
    };
    open(onBlocked).then(
      (db) => {
        clearTimeout(timer);
        if (gaveUp) db.close();
        else resolve(db);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(unavailable(error));
      },
    );
  });
}

function removeLegacy(legacy: LegacyStorage | null): void {
  try {
    legacy?.removeItem(LEGACY_SETTINGS_KEY);
  } catch {
    // Unwritable localStorage: the key stays, and is never read again (the database is past v0).
  }
}

/** `localStorage`, or null where reading it throws (some privacy modes). */
function safeLocalStorage(): LegacyStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
