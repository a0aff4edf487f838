import { describe, expect, it } from 'vitest';
import type { HumResult } from '../session/record';
import { humDoneLine, roundsWords } from './hum';

const hum: HumResult = {
  seconds: 65,
  rounds: 6,
  roundsPlanned: 8,
  longestS: 9,
  steadinessCents: 12.4,
  words: 'a little wavering',
  medianHz: 140,
};

describe('hum words', () => {
  it('says how long, how many rounds and how steady, in one line', () => {
    expect(humDoneLine(hum)).toBe(
      'You hummed for 1 min 5 s. 6 of 8 rounds reached their length. Your hum was a little wavering (pitch varied by 12 cents).',
    );
  });

  it('invites a softer hum when none was heard', () => {
    expect(humDoneLine({ ...hum, seconds: 0 })).toBe(
      'Stay did not hear a hum this time. A soft hum with your lips closed is enough.',
    );
  });

  it('says round in the singular for one', () => {
    expect(roundsWords({ rounds: 1, roundsPlanned: 1 })).toBe('1 of 1 round reached their length');
  });
});
