import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  challengePrompt,
  DAY_PROMPTS,
  doseDayWords,
  RUNG_PROMPTS,
  suggestionWords,
} from '../content/challenge';
import {
  CHALLENGE_DAYS,
  dayEntry,
  doseTrack,
  isFinished,
  nextDay,
  plannedRung,
  startRun,
  suggestRung,
  withDay,
  withoutDay,
} from './challenge';
import type { ChallengeDay, ChallengeProgress, DayWent, LadderRung } from './records';

const AT = '2026-11-20T20:00:00.000Z';
const run0 = startRun('c1', '2026-11-20T08:00:00.000Z');

function done(day: number, rung: LadderRung, went?: DayWent): ChallengeDay {
  return { day, status: 'done', at: AT, rung, note: '', ...(went ? { went } : {}) };
}
function rest(day: number): ChallengeDay {
  return { day, status: 'rest', at: AT, rung: null, note: '' };
}
function runOf(...days: ChallengeDay[]): ChallengeProgress {
  return days.reduce(withDay, run0);
}

describe('the seven-day challenge', () => {
  it('starts empty and offers day 1', () => {
    expect(run0).toEqual({ id: 'c1', startedAt: '2026-11-20T08:00:00.000Z', days: [] });
    expect(nextDay(run0)).toBe(1);
    expect(isFinished(run0)).toBe(false);
  });

  it('offers the first day with nothing recorded, and finishes when all seven are done or rested', () => {
    expect(nextDay(runOf(done(1, 1), rest(2)))).toBe(3);
    expect(nextDay(runOf(done(1, 1), done(3, 1)))).toBe(2);
    const full = runOf(done(1, 1), rest(2), done(3, 2), rest(4), rest(5), done(6, 2), rest(7));
    expect(nextDay(full)).toBe(null);
    expect(isFinished(full)).toBe(true);
  });

  it('counts a run of only rest days as finished: rest days never count against anyone', () => {
    const restful = runOf(...Array.from({ length: CHALLENGE_DAYS }, (_, i) => rest(i + 1)));
    expect(isFinished(restful)).toBe(true);
  });

  it('replaces a day when it is recorded again, keeps days in order, and clears one', () => {
    const run = runOf(done(2, 1), done(1, 1), done(1, 2, 'well'));
    expect(run.days.map((d) => [d.day, d.rung])).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(withoutDay(run, 1).days.map((d) => d.day)).toEqual([2]);
    expect(run0.days).toEqual([]);
  });

  it('writes each day for a gentle rung, rising no more than one rung from one day to the next', () => {
    const plan = Array.from({ length: CHALLENGE_DAYS }, (_, i) => plannedRung(i + 1));
    expect(plan[0]).toBe(1);
    for (let i = 1; i < plan.length; i++) {
      expect((plan[i] ?? 0) - (plan[i - 1] ?? 0)).toBeLessThanOrEqual(1);
    }
    expect(DAY_PROMPTS).toHaveLength(CHALLENGE_DAYS);
  });

  it('starts at the bottom rung when nothing is done yet, even after rest days', () => {
    expect(suggestRung(run0, 1)).toMatchObject({ rung: 1, reason: 'start', lastRung: null });
    expect(suggestRung(runOf(rest(1), rest(2), rest(3)), 4)).toMatchObject({
      rung: 1,
      reason: 'start',
    });
  });

  it('suggests at most one rung above the last done day, and no higher than the day is written for', () => {
    expect(suggestRung(runOf(done(1, 1), done(2, 1)), 3)).toMatchObject({ rung: 2, lastRung: 1 });
    expect(suggestRung(runOf(done(1, 1), rest(2), rest(3), rest(4)), 5)).toMatchObject({
      rung: 2,
      reason: 'planned',
    });
    expect(suggestRung(runOf(done(1, 4)), 2)).toMatchObject({ rung: 1 });
  });

  it('after a hard day suggests stepping down or staying, gentlest first', () => {
    const hard = suggestRung(runOf(done(1, 1), done(2, 1), done(3, 2, 'badly')), 4);
    expect(hard).toMatchObject({ rung: 1, options: [1, 2], reason: 'after-hard', lastRung: 2 });
    expect(suggestionWords(hard)).toBe(
      'After a hard day, you might step down to rung 1: Physical, or stay at rung 2: Logistical. Both count.',
    );
    const bottom = suggestRung(runOf(done(1, 1, 'badly')), 2);
    expect(bottom).toMatchObject({ rung: 1, options: [1], reason: 'after-hard' });
  });

  it('after a hard day and a rest day still suggests staying or stepping down', () => {
    const s = suggestRung(runOf(done(1, 1), done(2, 2, 'badly'), rest(3)), 4);
    expect(s).toMatchObject({ rung: 1, options: [1, 2], reason: 'after-hard' });
  });

  it('after a mixed day does not step up', () => {
    expect(suggestRung(runOf(done(1, 1), done(2, 1), done(3, 2, 'mixed')), 4)).toMatchObject({
      rung: 2,
      reason: 'steady',
    });
  });

  it('never suggests more than one rung above the last done day, nor above it after a hard day', () => {
    const dayArb = fc.record({
      status: fc.constantFrom<'done' | 'rest'>('done', 'rest'),
      rung: fc.constantFrom<LadderRung>(1, 2, 3, 4),
      went: fc.constantFrom<DayWent | undefined>('well', 'mixed', 'badly', undefined),
    });
    fc.assert(
      fc.property(fc.array(dayArb, { maxLength: 6 }), (days) => {
        const run = runOf(
          ...days.map((d, i) => (d.status === 'rest' ? rest(i + 1) : done(i + 1, d.rung, d.went))),
        );
        const day = days.length + 1;
        const s = suggestRung(run, day);
        const last = [...run.days].reverse().find((d) => d.status === 'done');
        expect(s.rung).toBeLessThanOrEqual(plannedRung(day));
        if (!last?.rung) {
          expect(s.rung).toBe(1);
          return;
        }
        expect(s.rung).toBeLessThanOrEqual(last.rung + 1);
        if (last.went === 'badly' || last.went === 'mixed') {
          expect(s.rung).toBeLessThanOrEqual(last.rung);
        }
        for (const option of s.options) expect(option).toBeLessThanOrEqual(last.rung + 1);
      }),
    );
  });

  it('tracks the dose day by day: rung for done days, rest days and days not yet', () => {
    const track = doseTrack(runOf(done(1, 1, 'well'), rest(2), done(3, 2)));
    expect(track).toHaveLength(7);
    expect(track.slice(0, 4)).toEqual([
      { day: 1, status: 'done', rung: 1, went: 'well' },
      { day: 2, status: 'rest', rung: null, went: null },
      { day: 3, status: 'done', rung: 2, went: null },
      { day: 4, status: 'open', rung: null, went: null },
    ]);
    expect(track.map(doseDayWords).slice(0, 4)).toEqual([
      'Day 1: done at rung 1, went well',
      'Day 2: rest day',
      'Day 3: done at rung 2',
      'Day 4: not yet',
    ]);
  });

  it('gives the day its own prompt at its rung, and a gentler one at a lower rung', () => {
    expect(challengePrompt(3, plannedRung(3))).toBe(DAY_PROMPTS[2]);
    expect(challengePrompt(5, 1)).toBe(RUNG_PROMPTS[1]);
  });

  it('records a done day with its rung, note and how it went, and a rest day with neither', () => {
    const now = new Date('2026-11-22T19:30:00.000Z');
    const input = { day: 3, rung: 2 as const, note: ' Asked for a lift. ', went: 'mixed' as const };
    expect(dayEntry({ ...input, status: 'done' }, now)).toEqual({
      day: 3,
      status: 'done',
      at: '2026-11-22T19:30:00.000Z',
      rung: 2,
      note: 'Asked for a lift.',
      went: 'mixed',
    });
    expect(dayEntry({ ...input, status: 'done', went: null }, now)).not.toHaveProperty('went');
    expect(dayEntry({ ...input, status: 'rest' }, now)).toEqual({
      day: 3,
      status: 'rest',
      at: '2026-11-22T19:30:00.000Z',
      rung: null,
      note: 'Asked for a lift.',
    });
  });
});
