import { describe, expect, it } from 'vitest';
import { motionFacts, pauseDoneWords, stayedFor } from './pause';
import { BODY_NOTES } from './pause-notes';

describe('pause words', () => {
  it('names the real minutes stayed, whatever length was set', () => {
    expect(stayedFor(185)).toBe('3 minutes');
    expect(stayedFor(605)).toBe('10 minutes');
    expect(stayedFor(61)).toBe('1 minute');
    expect(stayedFor(42)).toBe('42 seconds');
    expect(stayedFor(1)).toBe('1 second');
  });

  it('says how long the person stayed and what the body did', () => {
    expect(pauseDoneWords(305, BODY_NOTES.still)).toBe(
      'You stayed for 5 minutes. Your body was still.',
    );
    expect(pauseDoneWords(245, BODY_NOTES.heart)).toBe(
      'You stayed for 4 minutes. Your heart came back near its resting pace.',
    );
    expect(pauseDoneWords(100, BODY_NOTES.none)).toBe('You stayed for 1 minute.');
  });

  it('tells only what was measured: no facts without face down, the pickups when there were', () => {
    expect(
      motionFacts({
        firstMinute: null,
        curve: [],
        bucketS: 10,
        faceDownAtS: null,
        waitedS: 0,
        pickups: 0,
      }),
    ).toEqual([]);
    expect(
      motionFacts({
        firstMinute: 1,
        curve: [1],
        bucketS: 10,
        faceDownAtS: 3,
        waitedS: 0.4,
        pickups: 2,
      }),
    ).toEqual([
      'Still for 100 % of the still minute.',
      'Your phone lay face down 3 seconds in.',
      'You picked it up 2 times in the still minute.',
    ]);
  });
});
