import type { SessionCursor } from '../../app/ports/session-store';

/** Where a newest-first page ended: the last summary's `[startedAt, id]` index key. */
export type PageKey = [startedAt: string, id: string];

/** The opaque cursor for a page that ended at `key`. */
export function encodeCursor(key: PageKey): SessionCursor {
  return JSON.stringify(key);
}

/** The key a cursor stands for; throws RangeError for anything `encodeCursor` did not make. */
export function decodeCursor(cursor: SessionCursor): PageKey {
  try {
    const key = JSON.parse(cursor) as unknown;
    if (Array.isArray(key) && key.length === 2) {
      const [startedAt, id] = key as unknown[];
      if (typeof startedAt === 'string' && typeof id === 'string') return [startedAt, id];
    }
  } catch {
    // Falls through to the error below.
  }
  throw new RangeError('That place in the history list is not one Stay gave out.');
}
