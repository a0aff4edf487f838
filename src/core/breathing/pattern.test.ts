import { describe, expect, it } from 'vitest';
import { breathS, lerpPattern, pattern, PatternError, validatePattern } from './pattern';

describe('validatePattern', () => {
  it('accepts any in-hold-out-hold timing within 0–60 s with at least 1 s in and out', () => {
    const p = pattern(1, 0, 60, 60, 0);
    expect(validatePattern(p)).toBe(p);
  });

  it.each([
    [pattern(0.5, 0, 6, 0), 'Breathing in must last at least 1 second.'],
    [pattern(4, 0, 0, 0), 'Breathing out must last at least 1 second.'],
    [pattern(4, -1, 6, 0), 'The hold after breathing in must be between 0 and 60 seconds.'],
    [pattern(4, 0, 6, 61), 'The hold after breathing out must be between 0 and 60 seconds.'],
    [pattern(Number.NaN, 0, 6, 0), 'Breathing in must be between 0 and 60 seconds.'],
    [pattern(4, 0, Infinity, 0), 'Breathing out must be between 0 and 60 seconds.'],
  ])('refuses %o with a message a person understands', (p, message) => {
    expect(() => validatePattern(p)).toThrow(new PatternError(message));
  });
});

describe('pattern arithmetic', () => {
  it('adds every phase into one breath', () => {
    expect(breathS(pattern(4, 7, 8, 0))).toBe(19);
    expect(breathS(pattern(2, 0, 6, 0, 1))).toBe(9);
  });

  it('moves between two patterns, rounded to the millisecond', () => {
    expect(lerpPattern(pattern(4, 0, 7, 0), pattern(4, 0, 12, 0), 1 / 3)).toEqual(
      pattern(4, 0, 8.667, 0),
    );
  });
});
