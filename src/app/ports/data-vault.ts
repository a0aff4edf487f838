import type { StayExport } from '../../core/io/export-format';

/** How much the device keeps for Stay. */
export interface StorageEstimate {
  /** True once the browser promised not to evict Stay's data; null where it cannot say. */
  readonly persisted: boolean | null;
  readonly usageBytes: number | null;
  readonly quotaBytes: number | null;
}

/** Counts of what would go in a "delete everything". */
export interface DataCounts {
  readonly sessions: number;
  readonly journal: number;
  readonly wins: number;
  readonly challenges: number;
  readonly customPatterns: number;
}

/** What an import added and replaced. */
export interface ImportOutcome {
  /** Items new to this device, per collection. */
  readonly added: DataCounts;
  /** Items with an id already here, replaced by the file's (the newer `updatedAt` wins where there is one). */
  readonly merged: DataCounts;
}

/** Everything at once: export, import, delete, persistence. */
export interface DataVault {
  exportAll(): Promise<StayExport>;
  /** Writes the whole (already validated) export in one transaction; all or nothing. */
  importAll(data: StayExport): Promise<ImportOutcome>;
  counts(): Promise<DataCounts>;
  /** Deletes every session, sample, journal entry, win, challenge, custom pattern and setting. */
  deleteAll(): Promise<void>;
  estimate(): Promise<StorageEstimate>;
  /** Asks the browser to keep Stay's data (navigator.storage.persist); resolves to the new state. */
  persist(): Promise<boolean | null>;
}
