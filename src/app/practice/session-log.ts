import { orderBodyPlaces, type BodyPlace } from '../../core/reflect/body-places';
import type { SessionRecord, UrgeRating } from '../../core/session/record';

/** The sessions of this page's life, newest last. */
export class SessionLog {
  private readonly records = new Map<string, SessionRecord>();
  private readonly listeners = new Set<(records: readonly SessionRecord[]) => void>();

  /** Adds a record; throws if its id is taken. */
  add(record: SessionRecord): void {
    if (this.records.has(record.id)) throw new Error(`Session ${record.id} is already logged.`);
    this.records.set(record.id, record);
    this.notify();
  }

  /** Merges `patch` into the record with `id`; returns the new record, or null for an unknown id. */
  update(id: string, patch: Partial<Omit<SessionRecord, 'id'>>): SessionRecord | null {
    const current = this.records.get(id);
    if (!current) return null;
    const next = { ...current, ...patch, id };
    this.records.set(id, next);
    this.notify();
    return next;
  }

  /** Keeps the closing answer (null = skipped) on the record. */
  answer(id: string, answer: 'protecting' | 'isolating' | null): SessionRecord | null {
    return this.update(id, { answer });
  }

  /** Keeps where the urge sat in the body, replacing any earlier choice; stored in BODY_PLACES order. */
  setBodyPlaces(id: string, places: readonly BodyPlace[]): SessionRecord | null {
    return this.update(id, { bodyPlaces: orderBodyPlaces(places) });
  }

  /** Keeps an urge rating (rounded and clamped to 0–10; null = skipped or cleared). */
  rateUrge(id: string, when: 'before' | 'after', rating: UrgeRating): SessionRecord | null {
    const value = rating === null ? null : Math.min(10, Math.max(0, Math.round(rating)));
    return this.update(id, when === 'before' ? { urgeBefore: value } : { urgeAfter: value });
  }

  get(id: string): SessionRecord | null {
    return this.records.get(id) ?? null;
  }

  list(): readonly SessionRecord[] {
    return [...this.records.values()];
  }

  /** Called with every record after each change; returns unsubscribe. */
  subscribe(listener: (records: readonly SessionRecord[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    const records = this.list();
    for (const listener of this.listeners) listener(records);
  }
}
