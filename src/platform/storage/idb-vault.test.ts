import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError } from './errors';
import type { StayExport } from '../../core/io/export-format';
import { stayExportArb } from '../../core/io/testing/arbitraries';
import { sampleExport } from '../../core/io/testing/sample';
import { createIdbSessionStore } from './idb-session-store';
import { createIdbVault } from './idb-vault';
import { failPut } from './testing/quota';
import { dump, openTestDb } from './testing/test-db';

const NOW = '2026-11-27T10:00:00.000Z';
const vaultOn = async () => {
  const db = await openTestDb();
  return { db, vault: createIdbVault(db, { now: () => NOW, storage: null }) };
};
const EMPTY = { sessions: 0, journal: 0, wins: 0, challenges: 0, customPatterns: 0 };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('IndexedDB vault', () => {
  it('exports exactly what it imported, newest first', async () => {
    const { vault } = await vaultOn();
    const file = sampleExport();
    const outcome = await vault.importAll(file);
    expect(outcome.added).toEqual({
      sessions: 2,
      journal: 1,
      wins: 1,
      challenges: 1,
      customPatterns: 1,
    });
    expect(outcome.merged).toEqual(EMPTY);
    expect(await vault.exportAll()).toEqual({ ...file, exportedAt: NOW });
  });

  it('survives export, delete everything, import, export (any valid data)', async () => {
    await fc.assert(
      fc.asyncProperty(stayExportArb, async (file) => {
        const { db, vault } = await vaultOn();
        await vault.importAll(file);
        const first = await vault.exportAll();
        await vault.deleteAll();
        expect(await vault.counts()).toEqual(EMPTY);
        await vault.importAll(first);
        expect(await vault.exportAll()).toEqual(first);
        db.close();
      }),
      { numRuns: 60 },
    );
  });

  it('merges by id: a session already here is replaced with its chunks, no duplicates', async () => {
    const { db, vault } = await vaultOn();
    const file = sampleExport();
    await vault.importAll(file);
    const [first, second] = file.sessions;
    const heart = first?.heart;
    if (!first || !second || !heart) throw new Error('sample changed');
    const shorter: StayExport = {
      ...file,
      settings: null,
      sessions: [{ ...first, heart: { ...heart, tS: [5], bpm: [99], level: [9], rrMs: [] } }],
    };
    const outcome = await vault.importAll(shorter);
    expect(outcome.merged).toEqual({
      sessions: 1,
      journal: 1,
      wins: 1,
      challenges: 1,
      customPatterns: 1,
    });
    expect(outcome.added).toEqual(EMPTY);
    expect(await vault.counts()).toEqual({
      sessions: 2,
      journal: 1,
      wins: 1,
      challenges: 1,
      customPatterns: 1,
    });
    const exported = await vault.exportAll();
    expect(exported.sessions.map((s) => s.id)).toEqual([first.id, second.id]);
    expect(exported.sessions[0]?.heart).toMatchObject({ tS: [5], bpm: [99], level: [9], rrMs: [] });
    expect((await dump(db)).samples?.map(([key]) => key)).toEqual([[first.id, 0]]);
    expect(exported.settings).toEqual(file.settings);
  });

  it('keeps a journal entry edited here after the file was made', async () => {
    const { vault } = await vaultOn();
    const file = sampleExport();
    const entry = file.journal[0];
    if (!entry) throw new Error('sample changed');
    const edited = { ...entry, updatedAt: '2099-01-01T00:00:00.000Z' } as typeof entry;
    await vault.importAll({ ...file, journal: [edited] });
    await vault.importAll(file);
    expect((await vault.exportAll()).journal).toEqual([edited]);
  });

  it('imports all or nothing: a full disk on the 50th write leaves the database as it was', async () => {
    const { db, vault } = await vaultOn();
    await vault.importAll(sampleExport());
    const before = await dump(db);
    const sessions = fc
      .sample(stayExportArb, { numRuns: 40, seed: 7 })
      .flatMap((f) => f.sessions)
      .map((s, i) => ({ ...s, id: `many-${i}` }));
    const big: StayExport = { ...sampleExport(), sessions };
    expect(big.sessions.length).toBeGreaterThan(40);
    const reports: unknown[] = [];
    const watched = createIdbVault(db, {
      storage: null,
      report: (e) => reports.push(e?.name ?? null),
    });
    failPut(50);
    await expect(watched.importAll(big)).rejects.toThrow(StorageFullError);
    expect(await dump(db)).toEqual(before);
    expect(reports).toEqual(['StorageFullError']);
  });

  it('deletes every store in one go and tells settings', async () => {
    const { db } = await vaultOn();
    let told = 0;
    const vault = createIdbVault(db, {
      storage: null,
      afterWrite: () => {
        told++;
      },
    });
    await vault.importAll(sampleExport());
    await vault.deleteAll();
    const after = await dump(db);
    expect(Object.values(after).every((rows) => rows.length === 0)).toBe(true);
    expect(told).toBe(2);
  });

  it('exports sessions saved while running, across many chunk batches', async () => {
    const { db, vault } = await vaultOn();
    const sessions = createIdbSessionStore(db);
    const file = sampleExport();
    await vault.importAll({ ...file, sessions: [] });
    const samples: { tS: number; bpm: number; level: number }[] = [];
    const rrMs: number[] = [];
    // 3 sessions × 400 saves: 1,200 chunks, more than two read batches.
    for (const id of ['x', 'y', 'z']) {
      samples.length = 0;
      rrMs.length = 0;
      for (let save = 0; save < 400; save++) {
        const sample = { tS: save / 4, bpm: 60 + (save % 50), level: save % 101 };
        samples.push(sample);
        rrMs.push(((800 + save) * 1000) / 1024);
        await sessions.save(
          {
            id,
            practiceId: 'resonance',
            practiceName: 'Resonance',
            startedAt: `2026-11-2${['x', 'y', 'z'].indexOf(id)}T10:00:00.000Z`,
            endedAt: null,
            status: 'running',
            plannedS: 600,
            practisedS: save / 4,
            breathsCompleted: 0,
            answer: undefined,
            bodyPlaces: [],
            urgeBefore: null,
            urgeAfter: null,
            heart: { samples: [...samples], gaps: [], baselineBpm: 64, rrMs: [...rrMs] },
          },
          { samples: [sample], rrMs: [rrMs.at(-1) ?? 0] },
        );
      }
    }
    const exported = await vault.exportAll();
    expect(exported.sessions.map((s) => s.id)).toEqual(['z', 'y', 'x']);
    for (const s of exported.sessions) {
      expect(s.heart?.tS).toEqual(samples.map((x) => x.tS));
      expect(s.heart?.rrMs).toEqual(rrMs);
    }
  });

  it('reads estimate and persistence from navigator.storage, and nulls without it', async () => {
    const db = await openTestDb();
    const storage = {
      estimate: () => Promise.resolve({ usage: 1200, quota: 5_000_000 }),
      persisted: () => Promise.resolve(false),
      persist: () => Promise.resolve(true),
    };
    const vault = createIdbVault(db, { storage });
    expect(await vault.estimate()).toEqual({
      persisted: false,
      usageBytes: 1200,
      quotaBytes: 5_000_000,
    });
    expect(await vault.persist()).toBe(true);
    const bare = createIdbVault(db, { storage: null });
    expect(await bare.estimate()).toEqual({ persisted: null, usageBytes: null, quotaBytes: null });
    expect(await bare.persist()).toBeNull();
  });
});
