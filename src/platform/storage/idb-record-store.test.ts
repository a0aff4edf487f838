import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError } from './errors';
import type { ChallengeProgress, JournalEntry, SmallWin } from '../../core/reflect/records';
import { createIdbRecordStore } from './idb-record-store';
import { failPut } from './testing/quota';
import { dump, openTestDb } from './testing/test-db';

const note = (id: string, createdAt: string, text = 'x'): JournalEntry => ({
  id,
  kind: 'note',
  createdAt,
  updatedAt: createdAt,
  sessionId: null,
  text,
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('IndexedDB record stores', () => {
  it('keep journal entries by id, newest first by createdAt', async () => {
    const journal = createIdbRecordStore(await openTestDb(), 'journal');
    await journal.put(note('a', '2026-01-02T00:00:00.000Z'));
    await journal.put(note('b', '2026-01-03T00:00:00.000Z'));
    await journal.put(note('c', '2026-01-01T00:00:00.000Z'));
    await journal.put(note('a', '2026-01-02T00:00:00.000Z', 'edited'));
    expect((await journal.list()).map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(await journal.get('a')).toEqual(note('a', '2026-01-02T00:00:00.000Z', 'edited'));
    await journal.delete('b');
    expect(await journal.get('b')).toBeNull();
    expect((await journal.list()).map((e) => e.id)).toEqual(['a', 'c']);
  });

  it('list wins by `at` and challenges by `startedAt`, newest first', async () => {
    const db = await openTestDb();
    const wins = createIdbRecordStore(db, 'wins');
    const challenges = createIdbRecordStore(db, 'challenges');
    const win = (id: string, at: string): SmallWin => ({
      id,
      at,
      kind: 'pause',
      stayedS: 30,
      sessionId: null,
      note: '',
    });
    const run = (id: string, startedAt: string): ChallengeProgress => ({ id, startedAt, days: [] });
    await wins.put(win('old', '2026-01-01T00:00:00.000Z'));
    await wins.put(win('new', '2026-02-01T00:00:00.000Z'));
    await challenges.put(run('first', '2026-01-01T00:00:00.000Z'));
    await challenges.put(run('second', '2026-03-01T00:00:00.000Z'));
    expect((await wins.list()).map((w) => w.id)).toEqual(['new', 'old']);
    expect((await challenges.list()).map((c) => c.id)).toEqual(['second', 'first']);
    expect(await challenges.get('first')).toEqual(run('first', '2026-01-01T00:00:00.000Z'));
  });

  it('report a full disk and keep what was there', async () => {
    const db = await openTestDb();
    const reports: (StorageFullError | null)[] = [];
    const journal = createIdbRecordStore(db, 'journal', (e) => reports.push(e));
    await journal.put(note('a', '2026-01-02T00:00:00.000Z'));
    const before = await dump(db);
    failPut(1);
    await expect(journal.put(note('a', '2026-01-02T00:00:00.000Z', 'lost'))).rejects.toThrow(
      StorageFullError,
    );
    expect(await dump(db)).toEqual(before);
    expect(reports.map((r) => r?.name ?? null)).toEqual([null, 'StorageFullError']);
  });
});
