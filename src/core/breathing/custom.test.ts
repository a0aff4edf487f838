import { describe, expect, it } from 'vitest';
import { cleanPatternName, customPractice, describePattern, slugFor } from './custom';
import { pattern } from './pattern';
import { compileSession } from './plan';

describe('custom patterns', () => {
  it('compile like the built-in practices, for the chosen minutes', () => {
    const practice = customPractice({
      slug: 'evening',
      name: 'Evening',
      pattern: pattern(4, 2, 6, 0),
      minutes: 2,
    });
    expect(practice.id).toBe('custom:evening');
    expect(practice.summary).toBe('4 in · 2 hold · 6 out');
    const plan = compileSession(practice);
    expect(plan.breathCount).toBe(Math.round((120 - 5) / 12));
  });

  it('refuse a pattern that cannot be breathed', () => {
    expect(() =>
      customPractice({ slug: 'x', name: 'X', pattern: pattern(0, 0, 6, 0), minutes: 2 }),
    ).toThrow('Breathing in must last at least 1 second.');
  });

  it('take names of 1–40 characters, tidied', () => {
    expect(cleanPatternName('  Before   the call ')).toBe('Before the call');
    expect(() => cleanPatternName('   ')).toThrow('Give the pattern a name of 1 to 40 characters.');
    expect(() => cleanPatternName('x'.repeat(41))).toThrow(RangeError);
  });

  it('get a unique slug, numbered when the name is taken', () => {
    expect(slugFor('Before the Call!', new Set())).toBe('before-the-call');
    expect(slugFor('Calm', new Set(['calm', 'calm-2']))).toBe('calm-3');
    expect(slugFor('★★', new Set())).toBe('pattern');
  });

  it('describe the cyclic-sigh shape with its second inhale', () => {
    expect(describePattern(pattern(2, 0, 6, 0, 1))).toBe('2 in · 1 more in · 6 out');
  });
});
