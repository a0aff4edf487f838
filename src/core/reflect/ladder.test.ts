import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentRungWords, suggestionWords } from '../content/ladder';
import {
  currentRung,
  ladderNudge,
  ladderTries,
  ladderTry,
  stayedMinutesText,
  stayedSecondsFrom,
  stepDown,
  stepUp,
  triesOnRung,
  tryProblem,
  type LadderTry,
} from './ladder';
import { MAX_TEXT, type JournalEntry, type LadderRung } from './records';

let n = 0;
function attempt(rung: LadderRung, createdAt: string): LadderTry {
  n++;
  return {
    kind: 'ladder',
    id: `t-${String(n)}`,
    createdAt,
    updatedAt: createdAt,
    sessionId: null,
    rung,
    ask: 'Could you hand me that?',
    outcome: '',
  };
}

/** Tries on these rungs, oldest first, one day apart; returned newest first as the store lists them. */
function history(...rungs: LadderRung[]): LadderTry[] {
  return rungs
    .map((rung, i) => attempt(rung, new Date(Date.UTC(2026, 10, 1 + i)).toISOString()))
    .reverse();
}

describe('the needs ladder', () => {
  it('moves one rung at a time and stops at both ends', () => {
    expect([stepUp(1), stepUp(3), stepUp(4)]).toEqual([2, 4, null]);
    expect([stepDown(4), stepDown(2), stepDown(1)]).toEqual([3, 1, null]);
  });

  it('keeps only ladder tries, newest first, whatever order the journal comes in', () => {
    const note: JournalEntry = {
      kind: 'note',
      id: 'n',
      createdAt: '2026-11-30T00:00:00.000Z',
      updatedAt: '2026-11-30T00:00:00.000Z',
      sessionId: null,
      text: 'x',
    };
    const [a, b] = history(1, 2);
    expect(ladderTries([b as LadderTry, note, a as LadderTry]).map((t) => t.id)).toEqual([
      a?.id,
      b?.id,
    ]);
  });

  it('puts the person on the rung of their newest try, and on none before any', () => {
    expect(currentRung([])).toBe(null);
    expect(currentRung(history(1, 1, 2))).toBe(2);
    expect(currentRung(history(3, 1))).toBe(1);
  });

  it('counts only the tries in a row on the current rung', () => {
    expect(triesOnRung([])).toBe(0);
    expect(triesOnRung(history(2, 2, 1, 2, 2))).toBe(2);
    expect(triesOnRung(history(1, 1, 1))).toBe(3);
  });

  it('says nothing about the pace before three tries in a row on one rung', () => {
    expect(ladderNudge([])).toEqual({ kind: 'none' });
    expect(ladderNudge(history(1, 1))).toEqual({ kind: 'none' });
    expect(ladderNudge(history(1, 1, 2, 2))).toEqual({ kind: 'none' });
  });

  it('offers staying or exactly one rung up after three tries, and only staying at the top', () => {
    expect(ladderNudge(history(1, 2, 2, 2))).toEqual({ kind: 'stay-or-step', rung: 2, up: 3 });
    expect(ladderNudge(history(4, 4, 4, 4))).toEqual({ kind: 'stay-or-step', rung: 4, up: null });
    expect(suggestionWords(2, 3)).toContain('one step up, to rung 3: Light emotional');
    expect(suggestionWords(4, null)).not.toMatch(/step up|rung 5/);
  });

  it('never suggests more than one rung above where the person is', () => {
    const rung = fc.constantFrom<LadderRung>(1, 2, 3, 4);
    fc.assert(
      fc.property(fc.array(rung, { maxLength: 12 }), (rungs) => {
        const tries = history(...rungs);
        const nudge = ladderNudge(tries);
        if (nudge.kind === 'none') return;
        expect(nudge.rung).toBe(currentRung(tries));
        if (nudge.up !== null) expect(nudge.up).toBe(nudge.rung + 1);
      }),
    );
  });

  it('reads minutes as typed and refuses what is not a number of minutes', () => {
    expect(stayedSecondsFrom('')).toBe(null);
    expect(stayedSecondsFrom('  ')).toBe(null);
    expect(stayedSecondsFrom('5')).toBe(300);
    expect(stayedSecondsFrom('2.5')).toBe(150);
    expect(stayedSecondsFrom('2,5')).toBe(150);
    expect(stayedSecondsFrom('-1')).toBeNaN();
    expect(stayedSecondsFrom('five')).toBeNaN();
    expect(stayedSecondsFrom('1441')).toBeNaN();
    expect(stayedMinutesText(150)).toBe('2.5');
    expect(stayedMinutesText(null)).toBe('');
  });

  it('names what is wrong with a try before anything is kept', () => {
    const ok = { rung: 1 as const, ask: 'Pass the bread?', outcome: '', stayedS: null };
    expect(tryProblem(ok)).toBe(null);
    expect(tryProblem({ ...ok, ask: '   ' })).toBe('ask-missing');
    expect(tryProblem({ ...ok, outcome: 'x'.repeat(MAX_TEXT + 1) })).toBe('too-long');
    expect(tryProblem({ ...ok, stayedS: Number.NaN })).toBe('stayed');
  });

  it('makes a try and its small win with one id, and keeps createdAt and the practice when edited', () => {
    const input = { rung: 2 as const, ask: '  Proofread this?  ', outcome: 'Yes! ', stayedS: 90 };
    const first = ladderTry(input, {
      id: 'a1',
      nowIso: '2026-11-01T10:00:00.000Z',
      sessionId: 's1',
    });
    expect(first.entry).toEqual({
      kind: 'ladder',
      id: 'a1',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      sessionId: 's1',
      rung: 2,
      ask: 'Proofread this?',
      outcome: 'Yes!',
    });
    expect(first.win).toEqual({
      id: 'a1',
      at: '2026-11-01T10:00:00.000Z',
      kind: 'ladder',
      stayedS: 90,
      sessionId: 's1',
      note: 'Proofread this?',
    });
    const edited = ladderTry(
      { ...input, rung: 3, stayedS: null },
      { id: 'ignored', nowIso: '2026-11-02T10:00:00.000Z', sessionId: null },
      first.entry,
    );
    expect(edited.entry).toMatchObject({
      id: 'a1',
      rung: 3,
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-02T10:00:00.000Z',
      sessionId: 's1',
    });
    expect(edited.win).toMatchObject({ id: 'a1', at: '2026-11-01T10:00:00.000Z', stayedS: null });
  });

  it('describes where the person is in plain words', () => {
    expect(currentRungWords(2, 1)).toBe('You are on rung 2: Logistical, with 1 try there.');
    expect(currentRungWords(1, 3)).toBe('You are on rung 1: Physical, with 3 tries there.');
  });
});
