import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError } from './errors';
import type { HeartSample, HeartTrace, SessionRecord } from '../../core/session/record';
import { heartOverview } from '../../core/session/summary';
import { createIdbSessionStore } from './idb-session-store';
import { createSessionLocks } from './session-locks';
import { toStored } from './session-records';
import { FakeLockManager } from './testing/fake-locks';
import { failPut } from './testing/quota';
import { dump, openTestDb, sessionRecord } from './testing/test-db';

const samples = (fromS: number, count: number): HeartSample[] =>
  Array.from({ length: count }, (_, i) => ({
    tS: fromS + i + 0.25,
    bpm: 70 + ((fromS + i) % 30),
    level: (fromS + i) % 101,
  }));
const rr = (count: number) => Array.from({ length: count }, (_, i) => ((700 + i) * 1000) / 1024);

function running(trace: HeartTrace): SessionRecord {
  return sessionRecord({
    id: 'run',
    status: 'running',
    endedAt: null,
    phases: [
      { kind: 'settle', atS: 0, durationS: 5 },
      { kind: 'inhale', atS: 5, durationS: 4 },
    ],
    heart: trace,
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('IndexedDB session store', () => {
  it('appends a chunk per save and reassembles the whole trace in order', async () => {
    const db = await openTestDb();
    const store = createIdbSessionStore(db, { now: () => '2026-11-26T21:00:30.000Z' });
    const parts = [samples(0, 10), samples(10, 10), samples(20, 5)];
    const rrParts = [rr(12), [], rr(3)];
    const all: HeartSample[] = [];
    const allRr: number[] = [];
    for (const [i, part] of parts.entries()) {
      all.push(...part);
      allRr.push(...(rrParts[i] ?? []));
      const trace = {
        samples: [...all],
        gaps: [{ fromS: 3, toS: 4 }],
        baselineBpm: 72,
        rrMs: [...allRr],
      };
      await store.save(running(trace), { samples: part, rrMs: rrParts[i] ?? [] });
    }
    const trace = { samples: all, gaps: [{ fromS: 3, toS: 4 }], baselineBpm: 72, rrMs: allRr };
    expect(await store.get('run')).toEqual(running(trace));
    const stored = await dump(db);
    expect(stored.samples?.map(([key]) => key)).toEqual([
      ['run', 0],
      ['run', 1],
      ['run', 2],
    ]);
    expect(stored.sessions?.[0]?.[1]).toMatchObject({
      heart: heartOverview(trace),
      savedAt: '2026-11-26T21:00:30.000Z',
      chunks: 3,
    });
  });

  it('keeps a session without heart or phases as it was', async () => {
    const db = await openTestDb();
    const store = createIdbSessionStore(db);
    const record = sessionRecord({ answer: undefined, humSeconds: 12.5 });
    await store.save(record);
    expect(await store.get(record.id)).toEqual(record);
    expect(await store.get('nope')).toBeNull();
    expect((await dump(db)).details).toEqual([]);
  });

  it('lists summaries oldest first, without samples or phases', async () => {
    const db = await openTestDb();
    const store = createIdbSessionStore(db);
    await store.save(sessionRecord({ id: 'b', startedAt: '2026-01-02T00:00:00.000Z' }));
    await store.save(running({ samples: samples(0, 3), gaps: [], baselineBpm: null }), {
      samples: samples(0, 3),
      rrMs: [],
    });
    await store.save(sessionRecord({ id: 'a', startedAt: '2026-01-03T00:00:00.000Z' }));
    const summaries = await store.summaries();
    expect(summaries.map((s) => s.id)).toEqual(['b', 'a', 'run']);
    expect(summaries[2]).not.toHaveProperty('phases');
    expect(summaries[2]?.heart?.sampleCount).toBe(3);
    expect(summaries[0]).not.toHaveProperty('savedAt');
  });

  it('deletes a session with its details and chunks, and nothing else', async () => {
    const db = await openTestDb();
    const store = createIdbSessionStore(db);
    const trace = { samples: samples(0, 4), gaps: [], baselineBpm: 70, rrMs: rr(2) };
    await store.save(running(trace), { samples: trace.samples, rrMs: trace.rrMs });
    await store.save({ ...running(trace), id: 'other' }, { samples: trace.samples, rrMs: [] });
    await store.delete('run');
    const after = await dump(db);
    expect(after.sessions?.map(([key]) => key)).toEqual(['other']);
    expect(after.details?.map(([key]) => key)).toEqual(['other']);
    expect(after.samples?.map(([key]) => key)).toEqual([['other', 0]]);
  });

  it('turns a full disk into StorageFullError and leaves the database as it was', async () => {
    const db = await openTestDb();
    const reports: (StorageFullError | null)[] = [];
    const store = createIdbSessionStore(db, { report: (e) => reports.push(e) });
    const trace = { samples: samples(0, 5), gaps: [], baselineBpm: 70, rrMs: [] };
    await store.save(running(trace), { samples: trace.samples, rrMs: [] });
    const before = await dump(db);
    const more = { ...trace, samples: [...trace.samples, ...samples(5, 5)] };
    failPut(3); // the chunk: after the summary and the details
    await expect(store.save(running(more), { samples: samples(5, 5), rrMs: [] })).rejects.toThrow(
      StorageFullError,
    );
    expect(await dump(db)).toEqual(before);
    vi.restoreAllMocks();
    await store.save(running(more), { samples: samples(5, 5), rrMs: [] });
    expect((await store.get('run'))?.heart?.samples).toHaveLength(10);
    expect(reports.map((r) => r?.name ?? null)).toEqual([null, 'StorageFullError', null]);
  });
});

describe('history pages', () => {
  it('walks 10,000 sessions newest first with exact page boundaries', async () => {
    const db = await openTestDb();
    const ids: { id: string; startedAt: string }[] = [];
    const tx = db.transaction('sessions', 'readwrite');
    for (let i = 0; i < 10_000; i++) {
      // Every 7 sessions share a start time, so ties must be broken by id.
      const startedAt = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 7) * 60_000).toISOString();
      const id = `s${(i * 7919) % 10_000}`;
      ids.push({ id, startedAt });
      void tx.store.put(toStored(sessionRecord({ id, startedAt }), startedAt, 0));
    }
    await tx.done;
    const expected = ids
      .sort((a, b) =>
        a.startedAt === b.startedAt ? (a.id < b.id ? 1 : -1) : a.startedAt < b.startedAt ? 1 : -1,
      )
      .map((s) => s.id);
    const store = createIdbSessionStore(db);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await store.page(97, cursor);
      expect(page.total).toBe(10_000);
      seen.push(...page.items.map((s) => s.id));
      if (page.next === null) break;
      expect(page.items).toHaveLength(97);
      cursor = page.next;
    }
    expect(seen).toEqual(expected);
  });

  it('ends with next = null when the last page is exactly full', async () => {
    const db = await openTestDb();
    const store = createIdbSessionStore(db);
    for (const id of ['a', 'b', 'c', 'd']) await store.save(sessionRecord({ id }));
    const first = await store.page(2);
    expect(first.items.map((s) => s.id)).toEqual(['d', 'c']);
    const second = await store.page(2, first.next ?? undefined);
    expect(second.items.map((s) => s.id)).toEqual(['b', 'a']);
    expect(second.next).toBeNull();
  });

  it('refuses a cursor it did not make', async () => {
    const store = createIdbSessionStore(await openTestDb());
    await expect(store.page(10, 'garbage')).rejects.toThrow(RangeError);
    await expect(store.page(0)).rejects.toThrow(RangeError);
  });
});

describe('abandoned sessions', () => {
  it('marks running sessions nobody holds as interrupted at their last save', async () => {
    const db = await openTestDb();
    const locks = createSessionLocks(new FakeLockManager());
    let now = '2026-11-26T21:00:10.000Z';
    const store = createIdbSessionStore(db, { locks, now: () => now });
    const start = (id: string, startedAt: string) =>
      sessionRecord({ id, startedAt, status: 'running', endedAt: null });
    await store.save(start('held', '2026-11-26T21:00:00.000Z'));
    await store.save(start('old', '2026-11-25T21:00:00.000Z'));
    now = '2026-11-26T21:00:20.000Z';
    await store.save(start('left', '2026-11-26T20:00:00.000Z'));
    await store.save(sessionRecord({ id: 'done' }));
    const release = await store.own('held');

    const recovered = await store.recoverAbandoned();
    expect(recovered.map((s) => [s.id, s.status, s.endedAt])).toEqual([
      ['left', 'interrupted', '2026-11-26T21:00:20.000Z'],
      ['old', 'interrupted', '2026-11-26T21:00:10.000Z'],
    ]);
    expect((await store.get('held'))?.status).toBe('running');
    expect((await store.get('done'))?.status).toBe('completed');
    expect(await store.recoverAbandoned()).toEqual([]);

    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await store.recoverAbandoned()).map((s) => s.id)).toEqual(['held']);
  });

  it('waits for a session another page holds', async () => {
    const locks = createSessionLocks(new FakeLockManager());
    const release = await locks.own('x');
    let second = false;
    const next = locks.own('x').then((r) => {
      second = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(second).toBe(false);
    expect([...(await locks.held())]).toEqual(['x']);
    release();
    (await next)();
    expect(second).toBe(true);
  });

  it('falls back to this page’s own claims without Web Locks', async () => {
    const locks = createSessionLocks(null);
    const release = await locks.own('mine');
    expect([...(await locks.held())]).toEqual(['mine']);
    release();
    expect([...(await locks.held())]).toEqual([]);
  });
});
