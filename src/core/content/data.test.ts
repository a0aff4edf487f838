import { describe, expect, it } from 'vitest';
import { deleteWords, fileHoldsWords, usageWords } from './data';

const none = { sessions: 0, journal: 0, wins: 0, challenges: 0, customPatterns: 0 };

describe('data words', () => {
  it('names exactly what a delete removes, and says when there is nothing but settings', () => {
    expect(deleteWords({ ...none, sessions: 2, wins: 1 })).toBe(
      'This deletes 2 practices and 1 small win from this device. It cannot be undone.',
    );
    expect(deleteWords(none)).toBe(
      'There are no practices or notes on this device. This resets your settings to how Stay started.',
    );
  });

  it('says what a picked file holds before anything is imported', () => {
    expect(fileHoldsWords('stay.json', { ...none, journal: 1 })).toBe(
      'stay.json holds 1 journal entry.',
    );
    expect(fileHoldsWords('stay.json', none)).toBe(
      'stay.json holds no practices or notes, only settings.',
    );
  });

  it('gives storage use in the units a phone shows', () => {
    expect(usageWords(1_200_000)).toBe("Stay is using 1.2 MB of this device's storage.");
  });
});
