import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError } from './errors';
import { sampleExport } from '../../core/io/testing/sample';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { DB_VERSION } from './migrations';
import { UPDATED_ELSEWHERE, openStayStorage } from './storage';
import { failPut } from './testing/quota';
import { sessionRecord } from './testing/test-db';

let made = 0;
const open = () => openStayStorage(`storage-${++made}`);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('openStayStorage', () => {
  it('holds a full disk as the problem until a write goes through again', async () => {
    const { storage } = await open();
    const seen: (string | null)[] = [];
    storage.onProblem((p) => seen.push(p));
    expect(storage.problem()).toBeNull();
    failPut(1);
    await expect(storage.sessions.save(sessionRecord())).rejects.toThrow(StorageFullError);
    expect(storage.problem()).toBe(new StorageFullError().message);
    vi.restoreAllMocks();
    await storage.journal.put({
      id: 'j',
      kind: 'note',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      sessionId: null,
      text: 'ok',
    });
    expect(storage.problem()).toBeNull();
    expect(seen).toEqual([new StorageFullError().message, null]);
  });

  it('brings imported settings into the settings store, and clears them on delete', async () => {
    const { storage, settings } = await open();
    const seen: number[] = [];
    settings.subscribe((s) => seen.push(s.volume));
    const file = sampleExport();
    await storage.vault.importAll(file);
    expect(settings.load()).toEqual({ ...file.settings, customPatterns: file.customPatterns });
    expect(await storage.sessions.get('s-1')).not.toBeNull();
    expect((await storage.vault.counts()).sessions).toBe(2);
    await storage.vault.deleteAll();
    expect(settings.load()).toEqual(DEFAULT_SETTINGS);
    expect(seen).toEqual([0.6, DEFAULT_SETTINGS.volume]);
    expect(await storage.wins.list()).toEqual([]);
    expect(await storage.challenges.list()).toEqual([]);
  });

  it('steps aside for a newer version opened in another tab, and says so', async () => {
    const name = `storage-${++made}`;
    const { storage } = await openStayStorage(name);
    const newer = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, DB_VERSION + 1);
      request.onsuccess = () => {
        resolve(request.result);
      };
    });
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(storage.problem()).toBe(UPDATED_ELSEWHERE);
    newer.close();
  });
});
