import type { RecordStore } from '../../app/ports/record-store';
import type { ChallengeProgress, JournalEntry, SmallWin } from '../../core/reflect/records';
import type { StayDatabase } from './db';
import type { WriteReport } from './errors';
import { write } from './write';

/** The reflection stores and the index each lists newest first by. */
const NEWEST_BY = { journal: 'byCreated', wins: 'byAt', challenges: 'byStarted' } as const;

type RecordStoreName = keyof typeof NEWEST_BY;

interface RecordOf {
  journal: JournalEntry;
  wins: SmallWin;
  challenges: ChallengeProgress;
}

/** A reflection store (journal, wins or challenges), newest first by createdAt / at / startedAt. */
export function createIdbRecordStore<Name extends RecordStoreName>(
  db: StayDatabase,
  name: Name,
  report?: WriteReport,
): RecordStore<RecordOf[Name]> {
  // idb's types cannot follow a store name held in a type parameter, so they see one store;
  // the three are accessed alike, and the casts give each its own item type back.
  const store = name as 'journal';
  type Item = RecordOf[Name];
  return {
    put(item) {
      return write(
        db,
        [store],
        async (tx) => {
          await tx.store.put(item as JournalEntry);
        },
        report,
      );
    },
    async get(id) {
      return ((await db.get(store, id)) as Item | undefined) ?? null;
    },
    async list() {
      // Ascending by the index (ties by id), reversed: the same order as a 'prev' cursor, read at once.
      return (await db.getAllFromIndex(store, NEWEST_BY[store])).reverse() as Item[];
    },
    delete(id) {
      return write(db, [store], (tx) => tx.store.delete(id), report);
    },
  };
}
