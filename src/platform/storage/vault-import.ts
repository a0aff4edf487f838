import type { DataCounts, ImportOutcome } from '../../app/ports/data-vault';
import { fromExportSession } from '../../core/io/convert';
import type { StayExport } from '../../core/io/export-format';
import type { StayDatabase } from './db';
import type { WriteReport } from './errors';
import { encodeChunk } from './heart-chunks';
import { chunkRange } from './idb-session-store';
import { ALL_STORES, SETTINGS_RECORD } from './schema';
import { toDetails, toStored } from './session-records';
import { requests, write, type WriteTx } from './write';

type Tx = WriteTx<typeof ALL_STORES>;

/**
 * Writes a validated export in one transaction, all or nothing. Items merge by id (slug for
 * patterns): a session already here is replaced with its heart chunks; a journal entry already
 * here is kept when its `updatedAt` is newer; settings are replaced when the file has them.
 */
export function importAll(
  db: StayDatabase,
  data: StayExport,
  report?: WriteReport,
): Promise<ImportOutcome> {
  return write(
    db,
    ALL_STORES,
    async (tx) => {
      const [sessionIds, journal, winIds, challengeIds, patterns] = await Promise.all([
        tx.objectStore('sessions').getAllKeys(),
        tx.objectStore('journal').getAll(),
        tx.objectStore('wins').getAllKeys(),
        tx.objectStore('challenges').getAllKeys(),
        tx.objectStore('patterns').getAll(),
      ]);
      const journalUpdated = new Map(journal.map((e) => [e.id, e.updatedAt]));
      const positions = new Map(patterns.map((p) => [p.slug, p.position]));
      let nextPosition = Math.max(-1, ...positions.values()) + 1;
      await requests((add) => {
        putSessions(tx, data, add);
        const journalStore = tx.objectStore('journal');
        for (const entry of data.journal) {
          const here = journalUpdated.get(entry.id);
          if (here === undefined || here <= entry.updatedAt) add(journalStore.put(entry));
        }
        for (const win of data.wins) add(tx.objectStore('wins').put(win));
        for (const run of data.challenges) add(tx.objectStore('challenges').put(run));
        for (const pattern of data.customPatterns) {
          const position = positions.get(pattern.slug) ?? nextPosition++;
          add(tx.objectStore('patterns').put({ ...pattern, position }));
        }
        if (data.settings) add(tx.objectStore('settings').put(data.settings, SETTINGS_RECORD));
      });
      return outcome(data, {
        sessions: new Set(sessionIds),
        journal: new Set(journalUpdated.keys()),
        wins: new Set(winIds),
        challenges: new Set(challengeIds),
        customPatterns: new Set(positions.keys()),
      });
    },
    report,
  );
}

function putSessions(
  tx: Tx,
  data: StayExport,
  add: (request: Promise<unknown> | null | undefined | false) => void,
): void {
  for (const session of data.sessions) {
    const record = fromExportSession(session);
    const chunk = record.heart
      ? encodeChunk(record.id, 0, {
          samples: record.heart.samples,
          rrMs: record.heart.rrMs ?? [],
        })
      : null;
    const details = toDetails(record);
    const savedAt = record.endedAt ?? record.startedAt;
    add(tx.objectStore('samples').delete(chunkRange(record.id)));
    add(tx.objectStore('sessions').put(toStored(record, savedAt, chunk ? 1 : 0)));
    const detailStore = tx.objectStore('details');
    add(details ? detailStore.put(details) : detailStore.delete(record.id));
    add(chunk && tx.objectStore('samples').put(chunk));
  }
}

type Ids = { readonly [K in keyof DataCounts]: ReadonlySet<string> };

function outcome(data: StayExport, here: Ids): ImportOutcome {
  const split = (ids: readonly string[], existing: ReadonlySet<string>) => {
    const unique = new Set(ids);
    const merged = [...unique].filter((id) => existing.has(id)).length;
    return { added: unique.size - merged, merged };
  };
  const parts = {
    sessions: split(
      data.sessions.map((s) => s.id),
      here.sessions,
    ),
    journal: split(
      data.journal.map((e) => e.id),
      here.journal,
    ),
    wins: split(
      data.wins.map((w) => w.id),
      here.wins,
    ),
    challenges: split(
      data.challenges.map((c) => c.id),
      here.challenges,
    ),
    customPatterns: split(
      data.customPatterns.map((p) => p.slug),
      here.customPatterns,
    ),
  };
  const pick = (key: 'added' | 'merged'): DataCounts => ({
    sessions: parts.sessions[key],
    journal: parts.journal[key],
    wins: parts.wins[key],
    challenges: parts.challenges[key],
    customPatterns: parts.customPatterns[key],
  });
  return { added: pick('added'), merged: pick('merged') };
}
