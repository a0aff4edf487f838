import { orderBodyPlaces, type BodyPlace } from '../core/practice/body-places';

/** The person's answer to "protecting, or isolating?": null when skipped, undefined when not asked. */
export type ClosingAnswer = 'protecting' | 'isolating' | null | undefined;

/** An urge rating 0 (none) to 10 (as strong as it gets); null when not given. */
export type UrgeRating = number | null;

/** One point of the heart trace, about once a second. */
export interface HeartSample {
  /** Plan seconds on the session clock. */
  readonly tS: number;
  readonly bpm: number;
  /** Urge meter level 0..100 at that moment. */
  readonly level: number;
}

/** A stretch of plan time without usable heart data (the strap dropped, or sent nothing for 5 s). */
export interface HeartGap {
  readonly fromS: number;
  readonly toS: number;
}

/** What the strap saw during a session. */
export interface HeartTrace {
  readonly samples: readonly HeartSample[];
  /** Closed gaps, oldest first; one still open at the end is closed at the session's end. */
  readonly gaps: readonly HeartGap[];
  /** Resting heart rate the meter compared against; null when none was found. */
  readonly baselineBpm: number | null;
}

/** One practice session, as kept in memory until storage lands. */
export interface SessionRecord {
  readonly id: string;
  readonly practiceId: string;
  /** ISO 8601. */
  readonly startedAt: string;
  /** ISO 8601; null while running. */
  readonly endedAt: string | null;
  /** True when the practice reached its end cue. */
  readonly completed: boolean;
  /** Exhales finished before the session ended. */
  readonly breathsCompleted: number;
  readonly answer: ClosingAnswer;
  /** Where the person felt the urge, in BODY_PLACES order; empty when none was chosen. */
  readonly bodyPlaces: readonly BodyPlace[];
  /** The urge rated 0–10 before the practice (or during its first phase); null when not rated. */
  readonly urgeBefore: UrgeRating;
  /** The urge rated 0–10 after the practice; null when not rated. */
  readonly urgeAfter: UrgeRating;
  /** Heart rate and urge level, present only when a strap was in use. */
  readonly heart?: HeartTrace;
}

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
