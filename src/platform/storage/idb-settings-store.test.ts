import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CustomPattern } from '../../core/breathing/custom';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/settings';
import { createIdbSettingsStore, type SettingsChannel } from './idb-settings-store';
import { omit } from './omit';
import { failPut } from './testing/quota';
import { dump, openTestDb } from './testing/test-db';

const pattern = (slug: string, name: string): CustomPattern => ({
  slug,
  name,
  pattern: { inhaleS: 4, topUpS: 0, holdInS: 0, exhaleS: 6, holdOutS: 0 },
  minutes: 5,
});

/** Two channels joined like two tabs' BroadcastChannels: a message goes to the other one only. */
function linkedChannels(): [SettingsChannel, SettingsChannel] {
  const targets = [new EventTarget(), new EventTarget()] as const;
  const channel = (from: 0 | 1): SettingsChannel => ({
    postMessage(message: unknown) {
      setTimeout(() =>
        targets[from === 0 ? 1 : 0].dispatchEvent(new MessageEvent('message', { data: message })),
      );
    },
    addEventListener: targets[from].addEventListener.bind(targets[from]),
    removeEventListener: targets[from].removeEventListener.bind(targets[from]),
  });
  return [channel(0), channel(1)];
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('IndexedDB settings store', () => {
  it('starts with the defaults and has nothing stored', async () => {
    const db = await openTestDb();
    const store = await createIdbSettingsStore(db, null);
    expect(store.load()).toEqual(DEFAULT_SETTINGS);
    expect((await dump(db)).settings).toEqual([]);
  });

  it('answers load() at once and writes patterns and the rest apart', async () => {
    const db = await openTestDb();
    const store = await createIdbSettingsStore(db, null);
    const seen: Settings[] = [];
    store.subscribe((s) => seen.push(s));
    const next: Settings = {
      ...DEFAULT_SETTINGS,
      volume: 0.3,
      customPatterns: [pattern('zz-last-by-slug', 'First'), pattern('aa', 'Second')],
    };
    store.save(next);
    expect(store.load()).toEqual(next);
    expect(seen).toEqual([next]);
    await store.flushed();
    const stored = await dump(db);
    expect(stored.settings).toEqual([['settings', omit(next, 'customPatterns')]]);
    expect(stored.patterns?.map(([slug]) => slug)).toEqual(['aa', 'zz-last-by-slug']);
    expect((await createIdbSettingsStore(db, null)).load()).toEqual(next);
  });

  it('sanitises what it reads', async () => {
    const db = await openTestDb();
    await db.put(
      'settings',
      { ...DEFAULT_SETTINGS, volume: 7, theme: 'loud' } as never,
      'settings',
    );
    expect((await createIdbSettingsStore(db, null)).load()).toEqual({
      ...DEFAULT_SETTINGS,
      volume: 1,
    });
  });

  it('tells another tab, which re-reads', async () => {
    const db = await openTestDb();
    const [a, b] = linkedChannels();
    const here = await createIdbSettingsStore(db, a);
    const there = await createIdbSettingsStore(db, b);
    const seen: Settings[] = [];
    there.subscribe((s) => seen.push(s));
    here.save({ ...DEFAULT_SETTINGS, voice: false });
    await here.flushed();
    // The other tab hears it a task later and then re-reads: wait for that, not a fixed 10 ms
    // (on a loaded machine the re-read's IndexedDB steps outlast it).
    await vi.waitFor(
      () => {
        expect(seen).toEqual([{ ...DEFAULT_SETTINGS, voice: false }]);
      },
      { timeout: 10_000 },
    );
    expect(there.load().voice).toBe(false);
  });

  it('keeps the new settings for this page when the disk is full, and reports it', async () => {
    const db = await openTestDb();
    const reports: unknown[] = [];
    const store = await createIdbSettingsStore(db, null, (e) => reports.push(e?.name ?? null));
    failPut(1);
    store.save({ ...DEFAULT_SETTINGS, theme: 'airy' });
    await store.flushed();
    expect(store.load().theme).toBe('airy');
    expect(reports).toEqual(['StorageFullError']);
    expect((await dump(db)).settings).toEqual([]);
  });
});
