import { describe, expect, it } from 'vitest';
import { compileSession, phaseCues } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import { bedCycles } from './breath-bed';
import { THEMES } from './theme';

const theme = THEMES.warm;
const pitchHz = (level: number) => theme.bedRootHz * 2 ** ((theme.riseSemitones * level) / 12);

describe('bedCycles', () => {
  const phases = phaseCues(compileSession(PRACTICES.box));

  it('counts nothing before the first sounding phase and through a settle', () => {
    const firstSound = phases.find((c) => c.kind !== 'settle');
    expect(bedCycles(theme, phases, 0)).toBe(0);
    expect(bedCycles(theme, phases, firstSound?.atS ?? NaN)).toBe(0);
  });

  it('runs a hold at its one pitch, and a glide between its two pitches', () => {
    const hold = phases.find((c) => c.kind === 'hold');
    const inhale = phases.find((c) => c.kind === 'inhale');
    if (!hold || !inhale) throw new Error('box has holds and inhales');
    const over = (cue: typeof hold) =>
      bedCycles(theme, phases, cue.atS + cue.durationS) - bedCycles(theme, phases, cue.atS);
    expect(over(hold)).toBeCloseTo(pitchHz(hold.fromLevel) * hold.durationS, 6);
    expect(over(inhale)).toBeGreaterThan(pitchHz(inhale.fromLevel) * inhale.durationS);
    expect(over(inhale)).toBeLessThan(pitchHz(inhale.toLevel) * inhale.durationS);
  });

  it('part-way through a phase, adds the part of it already run', () => {
    const hold = phases.find((c) => c.kind === 'hold');
    if (!hold) throw new Error('box has holds');
    const mid = hold.atS + hold.durationS / 4;
    expect(bedCycles(theme, phases, mid) - bedCycles(theme, phases, hold.atS)).toBeCloseTo(
      (pitchHz(hold.fromLevel) * hold.durationS) / 4,
      6,
    );
  });
});
