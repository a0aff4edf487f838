import { describe, expect, it } from 'vitest';
import { compileSession } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import { HRV_WEIGHT, hrvWeightFor } from './heart-session';

describe('hrvWeightFor', () => {
  it('counts HRV less for humming and slow breathing', () => {
    expect(hrvWeightFor(compileSession(PRACTICES['five-breaths']))).toBe(HRV_WEIGHT.usual);
    expect(hrvWeightFor(compileSession(PRACTICES['hum-reset']))).toBe(HRV_WEIGHT.slow);
    expect(hrvWeightFor(compileSession(PRACTICES.resonance))).toBe(HRV_WEIGHT.slow);
    expect(hrvWeightFor(compileSession(PRACTICES['4-7-8']))).toBe(HRV_WEIGHT.slow);
    expect(HRV_WEIGHT.slow).toBeLessThan(HRV_WEIGHT.usual);
  });
});
