import { describe, expect, it } from 'vitest';
import {
  answerWords,
  breathsWords,
  dateTimeWords,
  lengthWords,
  statusWords,
  urgeWords,
  weekWords,
} from './sessions';
import { bytesWords, countsWords, isEmptyCounts, outcomeWords } from './data';

const none = { sessions: 0, journal: 0, wins: 0, challenges: 0, customPatterns: 0 };

describe('history words', () => {
  it('says every status in words, and an interruption kindly', () => {
    expect(statusWords('completed')).toBe('Completed');
    expect(statusWords('stopped')).toBe('Stopped');
    expect(statusWords('interrupted')).toBe('Interrupted — kept what was captured');
    expect(statusWords('running')).toBe('In progress');
  });

  it('says lengths and breaths the way people do', () => {
    expect(lengthWords(130)).toBe('2 min 10 s');
    expect(lengthWords(40.4)).toBe('40 s');
    expect(lengthWords(0)).toBe('0 s');
    expect(breathsWords(1)).toBe('1 breath');
    expect(breathsWords(5)).toBe('5 breaths');
  });

  it('shows the urge ratings that were given', () => {
    expect(urgeWords(7, 3)).toBe('Urge 7 → 3');
    expect(urgeWords(7, null)).toBe('Urge before 7');
    expect(urgeWords(null, 0)).toBe('Urge after 0');
    expect(urgeWords(null, null)).toBeNull();
  });

  it('names the closing answer, a skip, or nothing when not asked', () => {
    expect(answerWords('protecting')).toBe('Protecting');
    expect(answerWords('isolating')).toBe('Isolating');
    expect(answerWords(null)).toBe('Skipped');
    expect(answerWords(undefined)).toBeNull();
  });

  it('says storage use in KB, MB and GB', () => {
    expect(bytesWords(512)).toBe('512 bytes');
    expect(bytesWords(12_300)).toBe('12 KB');
    expect(bytesWords(1_234_567)).toBe('1.2 MB');
    expect(bytesWords(2_500_000_000)).toBe('2.5 GB');
  });

  it('names counts with singulars, plurals and an "and", leaving out zeros', () => {
    expect(
      countsWords({ sessions: 12, journal: 3, wins: 2, challenges: 1, customPatterns: 2 }),
    ).toBe('12 practices, 3 journal entries, 2 small wins, 1 challenge and 2 custom patterns');
    expect(countsWords({ ...none, sessions: 1 })).toBe('1 practice');
    expect(countsWords({ ...none, journal: 1, wins: 1 })).toBe('1 journal entry and 1 small win');
    expect(countsWords(none)).toBe('');
    expect(isEmptyCounts(none)).toBe(true);
    expect(isEmptyCounts({ ...none, customPatterns: 1 })).toBe(false);
  });

  it('says what an import added and updated', () => {
    expect(
      outcomeWords({ added: { ...none, sessions: 3 }, merged: { ...none, sessions: 1 } }),
    ).toBe('Added 3 practices. Updated 1 practice already on this device.');
    expect(outcomeWords({ added: { ...none, journal: 2 }, merged: none })).toBe(
      'Added 2 journal entries.',
    );
    expect(outcomeWords({ added: none, merged: none })).toBe('The file held nothing new.');
  });

  it('formats dates in the given locale', () => {
    const iso = new Date(2025, 2, 3, 22, 14).toISOString();
    expect(dateTimeWords(iso, 'en-GB')).toBe('3 Mar 2025, 22:14');
    expect(weekWords(new Date(2025, 2, 3), 'en-GB')).toBe('3 Mar');
  });
});
