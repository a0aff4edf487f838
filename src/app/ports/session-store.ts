import type { HeartSample, SessionRecord, SessionSummary } from '../../core/session/record';

/** Where the history list continues: pass back what the last page returned. */
export type SessionCursor = string;

/** One page of the history, newest first. */
export interface SessionPage {
  readonly items: readonly SessionSummary[];
  readonly next: SessionCursor | null;
  /** All sessions on the device. */
  readonly total: number;
}

/** New heart data since the last save of a running session (columns; may be empty). */
export interface HeartAppend {
  readonly samples: readonly HeartSample[];
  readonly rrMs: readonly number[];
}

/** The sessions kept on the device (IndexedDB in the browser). */
export interface SessionStore {
  /**
   * Writes `record` (its `heart` samples are not stored here: pass what is new in `append`) and
   * appends `append` as one chunk, in one transaction. Throws StorageFullError when out of space.
   */
  save(record: SessionRecord, append?: HeartAppend): Promise<void>;
  /** One session with its whole heart trace reassembled, or null. */
  get(id: string): Promise<SessionRecord | null>;
  /** Newest first, `limit` at a time. */
  page(limit: number, after?: SessionCursor): Promise<SessionPage>;
  /** Every summary, oldest first (for charts over weeks). */
  summaries(): Promise<readonly SessionSummary[]>;
  delete(id: string): Promise<void>;
  /**
   * Holds this page's claim on a running session until `release` is called or the page dies
   * (Web Locks), so another tab never takes it for abandoned.
   */
  own(id: string): Promise<() => void>;
  /** Running sessions no page owns become `interrupted`; returns them (newest first). */
  recoverAbandoned(): Promise<readonly SessionSummary[]>;
}
