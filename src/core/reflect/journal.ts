import { MAX_TEXT, type JournalEntry } from './records';

type Stamp = 'id' | 'createdAt' | 'updatedAt' | 'sessionId';

/** What a person writes in an entry of one kind: the entry without its id, times and practice. */
export type JournalFields = JournalEntry extends infer E
  ? E extends JournalEntry
    ? Omit<E, Stamp>
    : never
  : never;

/** Why an entry cannot be saved as it is: nothing written, or a field too long (by `over` characters). */
export type JournalProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-long'; readonly field: string; readonly over: number };

/** A new entry from `fields`, created and updated at `at` (ISO 8601), following `sessionId`. */
export function newJournalEntry(
  fields: JournalFields,
  stamp: { readonly id: string; readonly at: string; readonly sessionId: string | null },
): JournalEntry {
  return {
    ...fields,
    id: stamp.id,
    createdAt: stamp.at,
    updatedAt: stamp.at,
    sessionId: stamp.sessionId,
  };
}

/** `entry` with `fields` written over it at `at`: id, createdAt and the practice stay. */
export function editJournalEntry(
  entry: JournalEntry,
  fields: JournalFields,
  at: string,
): JournalEntry {
  if (fields.kind !== entry.kind) {
    throw new TypeError(`A ${entry.kind} entry cannot become a ${fields.kind} entry.`);
  }
  return {
    ...fields,
    id: entry.id,
    createdAt: entry.createdAt,
    updatedAt: at,
    sessionId: entry.sessionId,
  };
}

/** The fields of `entry` a person can edit. */
export function journalFields(entry: JournalEntry): JournalFields {
  const stamp = new Set<string>(['id', 'createdAt', 'updatedAt', 'sessionId']);
  return Object.fromEntries(
    Object.entries(entry).filter(([key]) => !stamp.has(key)),
  ) as JournalFields;
}

/** The free-text fields of `fields`, by name. */
export function journalTexts(fields: JournalFields): Readonly<Record<string, string>> {
  switch (fields.kind) {
    case 'three-column':
      return { happened: fields.happened, felt: fields.felt, true: fields.true };
    case 'capacity':
      return { note: fields.note };
    case 'ladder':
      return { ask: fields.ask, outcome: fields.outcome };
    case 'evening':
    case 'note':
      return { text: fields.text };
  }
}

/** Characters `text` has beyond MAX_TEXT (0 when it fits). */
export function overLimit(text: string): number {
  return Math.max(0, text.length - MAX_TEXT);
}

/**
 * Null when `fields` can be kept; otherwise the first problem. A capacity note is complete with its
 * percentage alone, a ladder try needs its ask, and every other kind needs some words.
 */
export function journalProblem(fields: JournalFields): JournalProblem | null {
  const texts = Object.entries(journalTexts(fields));
  for (const [field, text] of texts) {
    const over = overLimit(text);
    if (over > 0) return { kind: 'too-long', field, over };
  }
  if (fields.kind === 'capacity') return null;
  // A ladder try is about the ask (its small win is named by it).
  if (fields.kind === 'ladder') return fields.ask.trim() === '' ? { kind: 'empty' } : null;
  return texts.some(([, text]) => text.trim() !== '') ? null : { kind: 'empty' };
}

/** A capacity percentage from a control's value: a whole number 0..100 (0 for anything unreadable). */
export function capacityPercent(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, Math.round(value)));
}

/** The entries written after the practice `sessionId`, in the order given. */
export function entriesForSession(
  entries: readonly JournalEntry[],
  sessionId: string,
): readonly JournalEntry[] {
  return entries.filter((e) => e.sessionId === sessionId);
}

/** True once an entry has been edited after it was first saved. */
export function wasEdited(entry: JournalEntry): boolean {
  return entry.updatedAt !== entry.createdAt;
}
