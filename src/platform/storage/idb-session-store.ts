import type { SessionStore } from '../../app/ports/session-store';
import type { SessionSummary } from '../../core/session/record';
import type { StayDatabase } from './db';
import type { WriteReport } from './errors';
import { encodeChunk } from './heart-chunks';
import { decodeCursor, encodeCursor } from './session-cursor';
import { createSessionLocks, type SessionLocks } from './session-locks';
import { assemble, toDetails, toStored, toSummary } from './session-records';
import { requests, write } from './write';

/** Options for `createIdbSessionStore`. */
export interface SessionStoreOptions {
  /** Session claims (default: Web Locks, or this page's own claims where they are missing). */
  readonly locks?: SessionLocks;
  /** ISO 8601 now, stamped on every save as the session's `savedAt`. */
  readonly now?: () => string;
  /** Told after every write (a full disk, or that writing works again). */
  readonly report?: WriteReport;
}

/** Every heart chunk of one session, in `seq` order. */
export function chunkRange(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id, 0], [id, Infinity]);
}

/** The sessions in IndexedDB: a summary row, a details row and heart chunks per session. */
export function createIdbSessionStore(
  db: StayDatabase,
  options: SessionStoreOptions = {},
): SessionStore {
  const locks = options.locks ?? createSessionLocks();
  const now = options.now ?? (() => new Date().toISOString());
  const { report } = options;
  return {
    save(record, append) {
      return write(
        db,
        ['sessions', 'details', 'samples'],
        async (tx) => {
          const sessions = tx.objectStore('sessions');
          const seq = (await sessions.get(record.id))?.chunks ?? 0;
          const chunk = append ? encodeChunk(record.id, seq, append) : null;
          const details = toDetails(record);
          await requests((add) => {
            add(sessions.put(toStored(record, now(), chunk ? seq + 1 : seq)));
            const detailStore = tx.objectStore('details');
            add(details ? detailStore.put(details) : detailStore.delete(record.id));
            add(chunk && tx.objectStore('samples').put(chunk));
          });
        },
        report,
      );
    },

    async get(id) {
      const tx = db.transaction(['sessions', 'details', 'samples']);
      const [stored, details, chunks] = await Promise.all([
        tx.objectStore('sessions').get(id),
        tx.objectStore('details').get(id),
        tx.objectStore('samples').getAll(chunkRange(id)),
      ]);
      return stored ? assemble(stored, details, chunks) : null;
    },

    async page(limit, after) {
      if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError('A page holds 1 or more sessions.');
      const tx = db.transaction('sessions');
      const range = after === undefined ? null : IDBKeyRange.upperBound(decodeCursor(after), true);
      const items: SessionSummary[] = [];
      let cursor = await tx.store.index('byStarted').openCursor(range, 'prev');
      while (cursor && items.length < limit) {
        items.push(toSummary(cursor.value));
        cursor = await cursor.continue();
      }
      const last = items.at(-1);
      const next = cursor && last ? encodeCursor([last.startedAt, last.id]) : null;
      return { items, next, total: await tx.store.count() };
    },

    async summaries() {
      return (await db.getAllFromIndex('sessions', 'byStarted')).map(toSummary);
    },

    delete(id) {
      return write(
        db,
        ['sessions', 'details', 'samples'],
        async (tx) => {
          await requests((add) => {
            add(tx.objectStore('sessions').delete(id));
            add(tx.objectStore('details').delete(id));
            add(tx.objectStore('samples').delete(chunkRange(id)));
          });
        },
        report,
      );
    },

    own: (id) => locks.own(id),

    async recoverAbandoned() {
      const held = await locks.held();
      return write(
        db,
        ['sessions'],
        async (tx) => {
          const running = await tx.store.index('byStatus').getAll('running');
          const abandoned = running
            .filter((s) => !held.has(s.id))
            .map((s) => ({ ...s, status: 'interrupted' as const, endedAt: s.savedAt }));
          await requests((add) => {
            for (const s of abandoned) add(tx.store.put(s));
          });
          return abandoned.map(toSummary).sort(newestFirst);
        },
        report,
      );
    },
  };
}

/** Newest first by startedAt, then id (the history's order). */
export function newestFirst(a: SessionSummary, b: SessionSummary): number {
  if (a.startedAt !== b.startedAt) return a.startedAt < b.startedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
