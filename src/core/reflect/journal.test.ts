import { describe, expect, it } from 'vitest';
import {
  capacityPercent,
  editJournalEntry,
  entriesForSession,
  journalFields,
  journalProblem,
  newJournalEntry,
  overLimit,
  wasEdited,
} from './journal';
import { MAX_TEXT, type JournalEntry } from './records';

const threeColumn = {
  kind: 'three-column',
  happened: 'They left early.',
  felt: 'Tight chest',
  true: 'They were tired.',
} as const;

describe('journal entries', () => {
  it('a new entry is created and updated at the same moment, after its practice', () => {
    const entry = newJournalEntry(threeColumn, {
      id: 'j1',
      at: '2026-03-03T21:00:00.000Z',
      sessionId: 's1',
    });
    expect(entry).toEqual({
      ...threeColumn,
      id: 'j1',
      createdAt: '2026-03-03T21:00:00.000Z',
      updatedAt: '2026-03-03T21:00:00.000Z',
      sessionId: 's1',
    });
    expect(wasEdited(entry)).toBe(false);
  });

  it('an edit changes the words and updatedAt, and keeps id, createdAt and the practice', () => {
    const entry = newJournalEntry(
      { kind: 'capacity', percent: 30, note: '' },
      { id: 'j2', at: '2026-03-03T21:00:00.000Z', sessionId: 's1' },
    );
    const edited = editJournalEntry(
      entry,
      { kind: 'capacity', percent: 45, note: 'I called her.' },
      '2026-03-04T08:00:00.000Z',
    );
    expect(edited).toEqual({
      kind: 'capacity',
      percent: 45,
      note: 'I called her.',
      id: 'j2',
      createdAt: '2026-03-03T21:00:00.000Z',
      updatedAt: '2026-03-04T08:00:00.000Z',
      sessionId: 's1',
    });
    expect(wasEdited(edited)).toBe(true);
    expect(journalFields(edited)).toEqual({ kind: 'capacity', percent: 45, note: 'I called her.' });
  });

  it('refuses to turn an entry into another kind', () => {
    const entry = newJournalEntry(
      { kind: 'note', text: 'x' },
      { id: 'j', at: 'a', sessionId: null },
    );
    expect(() => editJournalEntry(entry, { kind: 'evening', text: 'x' }, 'b')).toThrow(TypeError);
  });
});

describe('journalProblem', () => {
  it('asks for some words, except in a capacity note', () => {
    expect(journalProblem({ kind: 'three-column', happened: ' ', felt: '', true: '\n' })).toEqual({
      kind: 'empty',
    });
    expect(journalProblem({ kind: 'note', text: '' })).toEqual({ kind: 'empty' });
    expect(journalProblem({ kind: 'evening', text: '  ' })).toEqual({ kind: 'empty' });
    expect(journalProblem({ kind: 'three-column', happened: '', felt: 'scared', true: '' })).toBe(
      null,
    );
    expect(journalProblem({ kind: 'capacity', percent: 0, note: '' })).toBe(null);
    expect(journalProblem({ kind: 'ladder', rung: 2, ask: '', outcome: 'It went well.' })).toEqual({
      kind: 'empty',
    });
    expect(journalProblem({ kind: 'ladder', rung: 2, ask: 'Lift?', outcome: '' })).toBe(null);
  });

  it('names the field that is too long and by how much; MAX_TEXT itself fits', () => {
    expect(overLimit('a'.repeat(MAX_TEXT))).toBe(0);
    expect(overLimit('a'.repeat(MAX_TEXT + 3))).toBe(3);
    expect(
      journalProblem({
        kind: 'three-column',
        happened: 'ok',
        felt: 'a'.repeat(MAX_TEXT + 1),
        true: '',
      }),
    ).toEqual({ kind: 'too-long', field: 'felt', over: 1 });
    expect(
      journalProblem({ kind: 'capacity', percent: 50, note: 'b'.repeat(MAX_TEXT + 10) }),
    ).toEqual({ kind: 'too-long', field: 'note', over: 10 });
    expect(journalProblem({ kind: 'note', text: 'c'.repeat(MAX_TEXT) })).toBe(null);
  });
});

describe('capacityPercent', () => {
  it('gives a whole number from 0 to 100', () => {
    expect(capacityPercent(42.4)).toBe(42);
    expect(capacityPercent(-5)).toBe(0);
    expect(capacityPercent(180)).toBe(100);
    expect(capacityPercent(Number.NaN)).toBe(0);
  });
});

describe('entriesForSession', () => {
  it('keeps only the entries written after that practice, in order', () => {
    const at = '2026-03-03T21:00:00.000Z';
    const entries: JournalEntry[] = [
      newJournalEntry({ kind: 'note', text: 'a' }, { id: 'a', at, sessionId: 's1' }),
      newJournalEntry({ kind: 'note', text: 'b' }, { id: 'b', at, sessionId: null }),
      newJournalEntry({ kind: 'note', text: 'c' }, { id: 'c', at, sessionId: 's1' }),
    ];
    expect(entriesForSession(entries, 's1').map((e) => e.id)).toEqual(['a', 'c']);
  });
});
