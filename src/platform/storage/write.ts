import type { IDBPTransaction, StoreNames } from 'idb';
import { StorageFullError, toStorageError, type WriteReport } from './errors';
import type { StayDatabase } from './db';
import type { StayDb } from './schema';

/** A readwrite transaction over `Names`. */
export type WriteTx<Names extends ArrayLike<StoreNames<StayDb>>> = IDBPTransaction<
  StayDb,
  Names,
  'readwrite'
>;

/**
 * Runs `body` in one readwrite transaction and resolves once it has committed. Any failure aborts
 * the whole transaction (nothing half-written) and rejects; a quota failure, whether a request
 * threw it or the transaction aborted with it, rejects with StorageFullError. `body` must await
 * every request it makes, and nothing else.
 */
export async function write<const Names extends ArrayLike<StoreNames<StayDb>>, T>(
  db: StayDatabase,
  stores: Names,
  body: (tx: WriteTx<Names>) => Promise<T>,
  report?: WriteReport,
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  const done = tx.done;
  // Handled below; without this an abort would also surface as an unhandled rejection.
  done.catch(noop);
  try {
    const result = await body(tx);
    await done;
    report?.(null);
    return result;
  } catch (error) {
    abort(tx);
    const txError = await done.then(noop, (e: unknown) => e);
    const failure = toStorageError(error, readError(tx) ?? txError);
    if (failure instanceof StorageFullError) report?.(failure);
    throw failure;
  }
}

function abort(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted by the browser.
  }
}

function readError(tx: { readonly error: DOMException | null }): DOMException | null {
  try {
    return tx.error;
  } catch {
    return null;
  }
}

function noop(): void {
  // Deliberately empty.
}

/**
 * Awaits every request `make` issues through `add`. If `make` throws part way (a request that
 * throws, as a full disk can), the requests already issued are still handled, so the abort that
 * follows leaves no unhandled rejection behind.
 */
export async function requests(
  make: (add: (request: Promise<unknown> | null | undefined | false) => void) => void,
): Promise<void> {
  const pending: Promise<unknown>[] = [];
  make((request) => {
    if (!request) return;
    request.catch(noop);
    pending.push(request);
  });
  await Promise.all(pending);
}
