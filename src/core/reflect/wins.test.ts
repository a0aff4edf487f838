import { describe, expect, it } from 'vitest';
import { stayedWords, WIN_KIND_WORDS } from '../content/wins';
import type { SmallWin } from './records';
import { stayedParts, winsNewestFirst } from './wins';

const win = (id: string, at: string): SmallWin => ({
  id,
  at,
  kind: 'pause',
  stayedS: null,
  sessionId: null,
  note: '',
});

describe('small wins', () => {
  it('lists the newest first, ties broken by id', () => {
    const list = winsNewestFirst([
      win('a', '2026-11-01T00:00:00.000Z'),
      win('c', '2026-11-03T00:00:00.000Z'),
      win('b', '2026-11-03T00:00:00.000Z'),
    ]);
    expect(list.map((w) => w.id)).toEqual(['c', 'b', 'a']);
  });

  it('says how long the person stayed, to the second', () => {
    expect(stayedWords(310)).toBe('Stayed 5 min 10 s');
    expect(stayedWords(300)).toBe('Stayed 5 min');
    expect(stayedWords(40.4)).toBe('Stayed 40 s');
    expect(stayedWords(0)).toBe('Stayed 0 s');
    expect(stayedWords(3900)).toBe('Stayed 1 h 5 min');
    expect(stayedWords(7200)).toBe('Stayed 2 h');
  });

  it('says nothing about a stay that was not measured', () => {
    expect(stayedWords(null)).toBe(null);
    expect(stayedParts(-5)).toBe(null);
    expect(stayedParts(Number.NaN)).toBe(null);
  });

  it('names every kind of win in words', () => {
    expect(WIN_KIND_WORDS.pause).toBe('You paused instead of leaving');
    expect(WIN_KIND_WORDS.ladder).toBe('You asked for something');
  });
});
