import { EXPORT_FORMAT, EXPORT_VERSION, type StayExport } from '../../core/io/export-format';
import { fromExportSession, toExportSession } from '../../core/io/convert';
import type { ChallengeProgress, JournalEntry, SmallWin } from '../../core/reflect/records';
import type { HeartSample, SessionRecord } from '../../core/session/record';
import { summarizeSession } from '../../core/session/summary';
import type { AppStorage } from '../../app/ports/app-storage';
import { StorageFullError } from './errors';
import type { DataCounts, StorageEstimate } from '../../app/ports/data-vault';
import type { RecordStore } from '../../app/ports/record-store';
import type { SessionStore } from '../../app/ports/session-store';

/** Everything an in-memory AppStorage holds, for tests to look at. */
export interface MemoryStorage extends AppStorage {
  readonly records: Map<string, SessionRecord>;
  /** Ids a page holds a claim on. */
  readonly owned: Set<string>;
  /** Set to make the next writes fail as a full disk would. */
  full: boolean;
  /** Each save's appended heart samples and RR intervals (counts), in order. */
  readonly appends: { readonly samples: number; readonly rr: number }[];
  setProblem(problem: string | null): void;
}

/** An AppStorage in memory, with the same merge and ordering rules as the IndexedDB one. */
export function createMemoryStorage(seed: readonly SessionRecord[] = []): MemoryStorage {
  const records = new Map(seed.map((r) => [r.id, r]));
  const owned = new Set<string>();
  const journal = memoryRecords<JournalEntry>((e) => e.createdAt);
  const wins = memoryRecords<SmallWin>((w) => w.at);
  const challenges = memoryRecords<ChallengeProgress>((c) => c.startedAt);
  let problem: string | null = null;
  const problemListeners = new Set<(problem: string | null) => void>();
  const appends: { samples: number; rr: number }[] = [];
  // Like the IndexedDB store: the record without its samples, and the samples as appended chunks.
  const chunks = new Map<string, { samples: HeartSample[]; rrMs: number[] }>();
  for (const record of seed) {
    chunks.set(record.id, {
      samples: [...(record.heart?.samples ?? [])],
      rrMs: [...(record.heart?.rrMs ?? [])],
    });
  }
  const reassemble = (record: SessionRecord): SessionRecord => {
    const stored = chunks.get(record.id);
    if (!record.heart) return record;
    return {
      ...record,
      heart: { ...record.heart, samples: stored?.samples ?? [], rrMs: stored?.rrMs ?? [] },
    };
  };
  const newestFirst = () =>
    [...records.values()].sort(
      (a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id),
    );

  const self: MemoryStorage = {
    records,
    owned,
    full: false,
    appends,
    setProblem(next) {
      problem = next;
      for (const listener of problemListeners) listener(next);
    },
    problem: () => problem,
    onProblem(listener) {
      problemListeners.add(listener);
      return () => problemListeners.delete(listener);
    },
    sessions: {
      save(record, append) {
        if (self.full) {
          const error = new StorageFullError();
          self.setProblem(error.message);
          return Promise.reject(error);
        }
        appends.push({ samples: append?.samples.length ?? 0, rr: append?.rrMs.length ?? 0 });
        const stored = chunks.get(record.id) ?? { samples: [], rrMs: [] };
        stored.samples.push(...structuredClone(append?.samples ?? []));
        stored.rrMs.push(...(append?.rrMs ?? []));
        chunks.set(record.id, stored);
        records.set(record.id, structuredClone(record));
        if (problem !== null) self.setProblem(null);
        return Promise.resolve();
      },
      get(id) {
        const record = records.get(id);
        return Promise.resolve(record ? clone(reassemble(record)) : null);
      },
      page(limit, after) {
        const all = newestFirst();
        const start = after === undefined ? 0 : all.findIndex((r) => r.id === after) + 1;
        const items = all.slice(start, start + limit);
        const last = items.at(-1);
        const more = start + limit < all.length;
        return Promise.resolve({
          items: items.map(summarizeSession),
          next: more && last ? last.id : null,
          total: all.length,
        });
      },
      summaries: () => Promise.resolve(newestFirst().reverse().map(summarizeSession)),
      delete(id) {
        records.delete(id);
        chunks.delete(id);
        return Promise.resolve();
      },
      own(id) {
        owned.add(id);
        return Promise.resolve(() => {
          owned.delete(id);
        });
      },
      recoverAbandoned() {
        const abandoned = newestFirst().filter((r) => r.status === 'running' && !owned.has(r.id));
        for (const r of abandoned) records.set(r.id, { ...r, status: 'interrupted' });
        return Promise.resolve(abandoned.map((r) => summarizeSession(records.get(r.id) ?? r)));
      },
    } satisfies SessionStore,
    journal,
    wins,
    challenges,
    vault: {
      exportAll: async (): Promise<StayExport> => ({
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: new Date().toISOString(),
        settings: null,
        customPatterns: [],
        sessions: newestFirst().map((r) => toExportSession(reassemble(r))),
        journal: await journal.list(),
        wins: await wins.list(),
        challenges: await challenges.list(),
      }),
      async importAll(data) {
        const before = await self.vault.counts();
        for (const s of data.sessions) {
          const record = fromExportSession(s);
          records.set(s.id, record);
          chunks.set(s.id, {
            samples: [...(record.heart?.samples ?? [])],
            rrMs: [...(record.heart?.rrMs ?? [])],
          });
        }
        for (const e of data.journal) await journal.put(e);
        for (const w of data.wins) await wins.put(w);
        for (const c of data.challenges) await challenges.put(c);
        const after = await self.vault.counts();
        const added = difference(after, before);
        const total = {
          sessions: data.sessions.length,
          journal: data.journal.length,
          wins: data.wins.length,
          challenges: data.challenges.length,
          customPatterns: data.customPatterns.length,
        };
        return { added, merged: difference(total, added) };
      },
      counts: async (): Promise<DataCounts> => ({
        sessions: records.size,
        journal: (await journal.list()).length,
        wins: (await wins.list()).length,
        challenges: (await challenges.list()).length,
        customPatterns: 0,
      }),
      async deleteAll() {
        records.clear();
        chunks.clear();
        for (const store of [journal, wins, challenges] as RecordStore<{ id: string }>[]) {
          for (const item of await store.list()) await store.delete(item.id);
        }
      },
      estimate: (): Promise<StorageEstimate> =>
        Promise.resolve({ persisted: false, usageBytes: null, quotaBytes: null }),
      persist: () => Promise.resolve(true),
    },
  };
  return self;
}

function memoryRecords<T extends { readonly id: string }>(
  sortKey: (item: T) => string,
): RecordStore<T> {
  const items = new Map<string, T>();
  return {
    put(item) {
      items.set(item.id, structuredClone(item));
      return Promise.resolve();
    },
    get: (id) => Promise.resolve(clone(items.get(id) ?? null)),
    list: () =>
      Promise.resolve([...items.values()].sort((a, b) => sortKey(b).localeCompare(sortKey(a)))),
    delete(id) {
      items.delete(id);
      return Promise.resolve();
    },
  };
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function difference(a: DataCounts, b: DataCounts): DataCounts {
  return {
    sessions: a.sessions - b.sessions,
    journal: a.journal - b.journal,
    wins: a.wins - b.wins,
    challenges: a.challenges - b.challenges,
    customPatterns: a.customPatterns - b.customPatterns,
  };
}
