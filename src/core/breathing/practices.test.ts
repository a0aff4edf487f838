import { describe, expect, it } from 'vitest';
import { PROMPTS } from '../content/prompts';
import { compileSession } from './plan';
import { isPracticeId, PRACTICE_IDS, PRACTICES } from './practices';

describe('PRACTICES', () => {
  it('has every practice of the brief, keyed by its own id', () => {
    expect(PRACTICE_IDS).toEqual([
      'five-breaths',
      'five-minute-pause',
      'hum-reset',
      'cyclic-sigh',
      'resonance',
      'box',
      '4-7-8',
    ]);
    for (const id of PRACTICE_IDS) expect(PRACTICES[id].id).toBe(id);
    expect(isPracticeId('box')).toBe(true);
    expect(isPracticeId('toString')).toBe(false);
  });

  it.each(PRACTICE_IDS)('%s: spoken lines never talk over each other', (id) => {
    const prompts = compileSession(PRACTICES[id]).cues.filter((c) => c.kind === 'prompt');
    for (let i = 1; i < prompts.length; i++) {
      const prev = prompts[i - 1]!;
      expect(prompts[i]!.atS).toBeGreaterThanOrEqual(prev.atS + prev.durationS);
    }
    for (const cue of prompts) expect(PROMPTS[cue.promptId]).toBeTruthy();
  });

  it.each(PRACTICE_IDS)('%s: its default length lies inside its allowed range', (id) => {
    const { length, lengthRange } = PRACTICES[id];
    expect(length.count).toBeGreaterThanOrEqual(lengthRange.min);
    expect(length.count).toBeLessThanOrEqual(lengthRange.max);
  });

  it('hums only in the hum reset, and makes no cortisol claim anywhere', () => {
    expect(PRACTICE_IDS.filter((id) => PRACTICES[id].hum)).toEqual(['hum-reset']);
    const words = [
      ...Object.values(PROMPTS),
      ...PRACTICE_IDS.map((id) => PRACTICES[id].summary),
    ].join(' ');
    expect(words.toLowerCase()).not.toContain('cortisol');
  });
});
