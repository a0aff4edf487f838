import { describe, expect, it } from 'vitest';
import { compileSession } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import { fakeMeterFactory } from '../testing/fake-heart-source';
import { HRV_WEIGHT, HeartSession, hrvWeightFor } from './heart-session';

describe('hrvWeightFor', () => {
  it('counts HRV less for humming and slow breathing', () => {
    expect(hrvWeightFor(compileSession(PRACTICES['five-breaths']))).toBe(HRV_WEIGHT.usual);
    expect(hrvWeightFor(compileSession(PRACTICES['hum-reset']))).toBe(HRV_WEIGHT.slow);
    expect(hrvWeightFor(compileSession(PRACTICES.resonance))).toBe(HRV_WEIGHT.slow);
    expect(hrvWeightFor(compileSession(PRACTICES['4-7-8']))).toBe(HRV_WEIGHT.slow);
    expect(HRV_WEIGHT.slow).toBeLessThan(HRV_WEIGHT.usual);
  });
});

describe('HeartSession', () => {
  it('keeps a reading that lands a moment before the plan starts at plan second 0, where the chart begins', () => {
    const session = new HeartSession(fakeMeterFactory()({ restingBpm: null, hrvWeight: 1 }), 0);
    const reading = { tMs: 10, bpm: 65, rrMs: [], contact: 'unsupported' as const, energyKj: null };
    expect(session.push(reading, -0.03, true)).toBe(true);
    expect(session.trace().samples.map((s) => s.tS)).toEqual([0]);
  });
});
