/// <reference types="vite/client" />
import 'fake-indexeddb/auto';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { StorageUnavailableError } from './errors';
import type { StorageFixture } from '../../../tests/fixtures/storage/fixture';
import { openStayDb, type LegacyStorage } from './db';
import { createIdbSettingsStore } from './idb-settings-store';
import { DB_VERSION, LEGACY_SETTINGS_KEY } from './migrations';
import { putRaw } from './testing/test-db';
import { exportAll } from './vault-export';

/** Every fixture in tests/fixtures/storage: a new schema version adds one file there. */
const FIXTURES = Object.values(
  import.meta.glob<StorageFixture>('../../../tests/fixtures/storage/v*.ts', {
    eager: true,
    import: 'fixture',
  }),
).sort((a, b) => a.version - b.version);

class MemoryLocalStorage implements LegacyStorage {
  readonly items: Map<string, string>;
  constructor(items: Readonly<Record<string, string>> = {}) {
    this.items = new Map(Object.entries(items));
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

let made = 0;
const uniqueName = () => `migration-${++made}`;

describe('migrations', () => {
  it('have a fixture for every version from the localStorage foundation (v0) to now', () => {
    expect(FIXTURES.map((f) => f.version)).toEqual(
      Array.from({ length: DB_VERSION + 1 }, (_, v) => v),
    );
  });

  for (const fixture of FIXTURES) {
    it(`open a v${fixture.version} database with everything intact`, async () => {
      const name = uniqueName();
      const legacy = new MemoryLocalStorage(fixture.localStorage);
      if (fixture.version > 0) {
        const old = await openStayDb(name, { version: fixture.version, legacy: null });
        await putRaw(old as unknown as IDBPDatabase, fixture.stores ?? {});
        old.close();
      }
      const db = await openStayDb(name, { legacy });
      expect(db.version).toBe(DB_VERSION);
      expect(await exportAll(db, 'now')).toEqual({ ...fixture.expected, exportedAt: 'now' });
      const settings = (await createIdbSettingsStore(db, null)).load();
      expect(settings.customPatterns).toEqual(fixture.expected.customPatterns);
      for (const key of fixture.removedKeys ?? []) expect(legacy.getItem(key)).toBeNull();
      expect(legacy.getItem('unrelated.key')).toBe(fixture.localStorage?.['unrelated.key'] ?? null);
      db.close();
    });
  }

  it('read the v0 settings only once: a later localStorage value is ignored', async () => {
    const name = uniqueName();
    const legacy = new MemoryLocalStorage({
      [LEGACY_SETTINGS_KEY]: JSON.stringify({ volume: 0.1 }),
    });
    (await openStayDb(name, { legacy })).close();
    legacy.items.set(LEGACY_SETTINGS_KEY, JSON.stringify({ volume: 0.9 }));
    const db = await openStayDb(name, { legacy });
    expect((await createIdbSettingsStore(db, null)).load().volume).toBe(0.1);
    db.close();
  });

  it('drop unreadable v0 settings and start from the defaults', async () => {
    const legacy = new MemoryLocalStorage({ [LEGACY_SETTINGS_KEY]: '{not json' });
    const db = await openStayDb(uniqueName(), { legacy });
    expect((await exportAll(db, 'now')).settings).toBeNull();
    expect(legacy.getItem(LEGACY_SETTINGS_KEY)).toBeNull();
    db.close();
  });

  it('give up with a plain message when another tab holds up the upgrade', async () => {
    const name = uniqueName();
    (await openStayDb(name, { legacy: null })).close();
    // An old tab that never answers versionchange.
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        resolve(request.result);
      };
    });
    const opening = openStayDb(name, { version: DB_VERSION + 1, legacy: null, blockedMs: 20 });
    await expect(opening).rejects.toThrow(StorageUnavailableError);
    await expect(opening).rejects.toThrow(/another tab/);
    raw.close();
  });

  it('report a browser without IndexedDB as unavailable', async () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    Reflect.deleteProperty(globalThis, 'indexedDB');
    try {
      await expect(openStayDb(uniqueName())).rejects.toThrow(StorageUnavailableError);
    } finally {
      if (saved) Object.defineProperty(globalThis, 'indexedDB', saved);
    }
  });
});
