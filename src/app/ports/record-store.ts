/** Small items the reflection tools keep (journal, wins, challenges), by id. */
export interface RecordStore<T extends { readonly id: string }> {
  put(item: T): Promise<void>;
  get(id: string): Promise<T | null>;
  /** Newest first. */
  list(): Promise<readonly T[]>;
  delete(id: string): Promise<void>;
}
