import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { sanitizeSettings } from '../../core/settings/sanitize';
import { SETTINGS_RECORD, type StayDb } from './schema';

/** Where the foundation kept settings before IndexedDB ("v0"). */
export const LEGACY_SETTINGS_KEY = 'stay.settings.v1';

/** What an upgrade step may touch. */
export interface UpgradeContext {
  readonly db: IDBPDatabase<StayDb>;
  readonly tx: IDBPTransaction<StayDb, ArrayLike<StoreNames<StayDb>>, 'versionchange'>;
  /** The v0 localStorage settings, when the page has them. */
  readonly legacy: Pick<Storage, 'getItem'> | null;
}

/** Brings the database from version `index` to `index + 1`, inside the upgrade transaction. */
export type Migration = (context: UpgradeContext) => void;

/**
 * Every schema change in order: entry N upgrades version N to N + 1. A new version is one more
 * entry here (and one more fixture in tests/fixtures/storage); never edit a shipped entry.
 */
export const MIGRATIONS: readonly Migration[] = [createV1];

/** The schema version the current code writes. */
export const DB_VERSION = MIGRATIONS.length;

function createV1({ db, tx, legacy }: UpgradeContext): void {
  const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
  sessions.createIndex('byStarted', ['startedAt', 'id']);
  sessions.createIndex('byStatus', 'status');
  db.createObjectStore('details', { keyPath: 'id' });
  db.createObjectStore('samples', { keyPath: ['sessionId', 'seq'] });
  db.createObjectStore('journal', { keyPath: 'id' }).createIndex('byCreated', 'createdAt');
  db.createObjectStore('wins', { keyPath: 'id' }).createIndex('byAt', 'at');
  db.createObjectStore('challenges', { keyPath: 'id' }).createIndex('byStarted', 'startedAt');
  db.createObjectStore('patterns', { keyPath: 'slug' });
  db.createObjectStore('settings');
  importLegacySettings(tx, legacy);
}

/** Copies v0 settings into the new stores; the key is removed only once the upgrade has committed. */
function importLegacySettings(tx: UpgradeContext['tx'], legacy: UpgradeContext['legacy']): void {
  const raw = readLegacy(legacy);
  if (raw === undefined) return;
  const { customPatterns, ...settings } = sanitizeSettings(raw);
  // Failures abort the upgrade, which rejects openDB; the request promises need no handler of their own.
  tx.objectStore('settings').put(settings, SETTINGS_RECORD).catch(ignore);
  const patterns = tx.objectStore('patterns');
  customPatterns.forEach((pattern, position) => {
    patterns.put({ ...pattern, position }).catch(ignore);
  });
}

/** The parsed v0 settings; undefined when there are none or they are unreadable. */
function readLegacy(legacy: UpgradeContext['legacy']): unknown {
  try {
    const text = legacy?.getItem(LEGACY_SETTINGS_KEY);
    return text == null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

function ignore(): void {
  // See importLegacySettings.
}
