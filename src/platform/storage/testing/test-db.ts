import type { IDBPDatabase } from 'idb';
import type { SessionRecord } from '../../../core/session/record';
import { openStayDb, type OpenOptions, type StayDatabase } from '../db';
import { ALL_STORES } from '../schema';

let opened = 0;

/** A new, empty database of the current version (legacy settings not read). */
export function openTestDb(options: OpenOptions = {}): Promise<StayDatabase> {
  opened += 1;
  return openStayDb(`stay-test-${opened}-${Date.now()}`, { legacy: null, ...options });
}

/** Every store's keys and values, in key order: compare two of these to prove nothing changed. */
export async function dump(db: StayDatabase): Promise<Record<string, [unknown, unknown][]>> {
  const tx = db.transaction(ALL_STORES);
  const entries = await Promise.all(
    ALL_STORES.map(async (name) => {
      const store = tx.objectStore(name);
      const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
      return [name, keys.map((key, i) => [key, values[i]])] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<string, [unknown, unknown][]>;
}

/** Rows put into stores as they are, for building old-version databases. */
export async function putRaw(
  db: IDBPDatabase,
  rows: Readonly<
    Record<string, readonly { readonly key?: IDBValidKey; readonly value: unknown }[]>
  >,
): Promise<void> {
  const names = Object.keys(rows);
  if (names.length === 0) return;
  const tx = db.transaction(names, 'readwrite');
  await Promise.all([
    ...names.flatMap((name) =>
      (rows[name] ?? []).map(({ key, value }) => tx.objectStore(name).put(value, key)),
    ),
    tx.done,
  ]);
}

/** A finished session without a heart trace; override what a test cares about. */
export function sessionRecord(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: 'session-1',
    practiceId: 'five-breaths',
    practiceName: 'Five breaths',
    startedAt: '2026-11-26T21:00:00.000Z',
    endedAt: '2026-11-26T21:01:00.000Z',
    status: 'completed',
    plannedS: 58,
    practisedS: 58,
    breathsCompleted: 5,
    answer: 'protecting',
    bodyPlaces: ['chest'],
    urgeBefore: 7,
    urgeAfter: 3,
    ...overrides,
  };
}
