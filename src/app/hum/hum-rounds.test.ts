import { describe, expect, it } from 'vitest';
import { compileSession } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import { HUM_TARGET_FRACTION, HumRounds } from './hum-rounds';

const plan = compileSession(PRACTICES['hum-reset']);

describe('HumRounds', () => {
  it('has one round per hum phase of the plan', () => {
    const rounds = new HumRounds(plan);
    expect(rounds.windows).toHaveLength(plan.breathCount);
    const first = plan.cues.find((c) => c.kind === 'hum');
    expect(rounds.windows[0]).toEqual({
      startS: first?.atS,
      endS: (first?.atS ?? 0) + (first?.durationS ?? 0),
    });
  });

  it('counts only the humming inside each round, and a round once when it reaches its target', () => {
    const rounds = new HumRounds(plan);
    const [w0, w1] = rounds.windows;
    if (!w0 || !w1) throw new Error('Hum reset has hum phases.');
    const lengthS = w0.endS - w0.startS;
    // Starts a little before the hum phase: only the part inside it counts.
    rounds.close({ startS: w0.startS - 1, endS: w0.startS + lengthS * 0.5 });
    expect(rounds.roundS(0)).toBeCloseTo(lengthS * 0.5, 6);
    expect(rounds.check()).toEqual([]);
    rounds.setOpen({ startS: w0.startS + lengthS * 0.55, endS: w0.startS + lengthS * 0.9 });
    expect(rounds.check()).toEqual([0]);
    expect(rounds.check()).toEqual([]);
    rounds.setOpen(null);
    rounds.close({ startS: w1.startS, endS: w1.startS + (w1.endS - w1.startS) * 0.7 });
    expect(rounds.check()).toEqual([]);
    expect(rounds.reached).toBe(1);
  });

  it('reads the live picture at a plan time', () => {
    const rounds = new HumRounds(plan);
    const w0 = rounds.windows[0];
    if (!w0) throw new Error('Hum reset has hum phases.');
    expect(rounds.live(0)).toMatchObject({ round: -1, roundS: 0, heard: false, reached: 0 });
    rounds.setOpen({ startS: w0.startS + 0.5, endS: w0.startS + 3 });
    const live = rounds.live(w0.startS + 3);
    expect(live.heard).toBe(true);
    expect(live.round).toBe(0);
    expect(live.roundS).toBeCloseTo(2.5, 6);
    expect(live.targetS).toBeCloseTo((w0.endS - w0.startS) * HUM_TARGET_FRACTION, 6);
    expect(live.totalS).toBeCloseTo(2.5, 6);
    expect(rounds.startedBy(w0.startS + 3)).toBe(1);
  });
});
