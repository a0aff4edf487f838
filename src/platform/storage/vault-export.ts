import type { IDBPTransaction } from 'idb';
import { toExportSession } from '../../core/io/convert';
import { EXPORT_FORMAT, EXPORT_VERSION, type StayExport } from '../../core/io/export-format';
import { sanitizeSettings } from '../../core/settings/sanitize';
import type { StayDatabase } from './db';
import { inOrder } from './idb-settings-store';
import { ALL_STORES, SETTINGS_RECORD, type HeartChunk, type StayDb } from './schema';
import { assemble } from './session-records';
import { omit } from './omit';

/** Heart chunks read per request: enough to be quick, few enough to keep each read small. */
const CHUNK_BATCH = 500;

type ReadTx = IDBPTransaction<StayDb, typeof ALL_STORES>;

/** Everything in the database as one export (sessions and records newest first), read in one transaction. */
export async function exportAll(db: StayDatabase, exportedAt: string): Promise<StayExport> {
  const tx = db.transaction(ALL_STORES);
  const [settings, patterns, stored, details, journal, wins, challenges, chunks] =
    await Promise.all([
      tx.objectStore('settings').get(SETTINGS_RECORD),
      tx.objectStore('patterns').getAll(),
      tx.objectStore('sessions').index('byStarted').getAll(),
      tx.objectStore('details').getAll(),
      tx.objectStore('journal').index('byCreated').getAll(),
      tx.objectStore('wins').index('byAt').getAll(),
      tx.objectStore('challenges').index('byStarted').getAll(),
      chunksBySession(tx),
    ]);
  const detailsById = new Map(details.map((d) => [d.id, d]));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    settings: settings ? omit(sanitizeSettings(settings), 'customPatterns') : null,
    customPatterns: inOrder(patterns),
    sessions: stored
      .reverse()
      .map((s) => toExportSession(assemble(s, detailsById.get(s.id), chunks.get(s.id) ?? []))),
    journal: journal.reverse(),
    wins: wins.reverse(),
    challenges: challenges.reverse(),
  };
}

/** Every heart chunk grouped by session, in `seq` order, read a batch at a time. */
async function chunksBySession(tx: ReadTx): Promise<Map<string, HeartChunk[]>> {
  const store = tx.objectStore('samples');
  const bySession = new Map<string, HeartChunk[]>();
  let range: IDBKeyRange | null = null;
  for (;;) {
    const batch = await store.getAll(range, CHUNK_BATCH);
    for (const chunk of batch) {
      const list = bySession.get(chunk.sessionId);
      if (list) list.push(chunk);
      else bySession.set(chunk.sessionId, [chunk]);
    }
    const last = batch.at(-1);
    if (!last || batch.length < CHUNK_BATCH) return bySession;
    range = IDBKeyRange.lowerBound([last.sessionId, last.seq], true);
  }
}
