import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSession, END_SOUND_S, phaseAt, phaseCues } from './plan';
import { breathS, pattern } from './pattern';
import { PRACTICES } from './practices';
import type { Pattern, Practice } from './types';

const seconds = (min: number, max: number) =>
  fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10);
const patternArb: fc.Arbitrary<Pattern> = fc
  .record({
    inhaleS: seconds(1, 12),
    topUpS: fc.oneof(fc.constant(0), seconds(0.5, 3)),
    holdInS: fc.oneof(fc.constant(0), seconds(0.1, 10)),
    exhaleS: seconds(1, 15),
    holdOutS: fc.oneof(fc.constant(0), seconds(0.1, 10)),
  })
  .map((p) => pattern(p.inhaleS, p.holdInS, p.exhaleS, p.holdOutS, p.topUpS));

const practiceArb: fc.Arbitrary<Practice> = fc
  .record({
    base: fc.constantFrom(...Object.values(PRACTICES)),
    pattern: patternArb,
    progressTo: fc.option(patternArb, { nil: undefined }),
    hum: fc.boolean(),
  })
  .map(({ base, pattern: p, progressTo, hum }) => ({ ...base, pattern: p, progressTo, hum }));

const lengthArb = fc.oneof(
  fc.record({ breaths: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ minutes: fc.integer({ min: 1, max: 30 }) }),
);

describe('compileSession properties', () => {
  it('tiles the timeline with phases in order, without gaps or overlaps, ending on an exhale', () => {
    fc.assert(
      fc.property(practiceArb, lengthArb, (practice, length) => {
        const plan = compileSession(practice, length);
        const phases = phaseCues(plan);
        expect(phases[0]?.atS).toBe(0);
        for (let i = 1; i < phases.length; i++) {
          const prev = phases[i - 1]!;
          expect(phases[i]!.atS).toBeCloseTo(prev.atS + prev.durationS, 6);
        }
        for (let i = 1; i < plan.cues.length; i++) {
          expect(plan.cues[i]!.atS).toBeGreaterThanOrEqual(plan.cues[i - 1]!.atS);
        }
        const last = phases.at(-1)!;
        expect(last.kind).toBe(practice.hum ? 'hum' : 'exhale');
        expect(last.atS + last.durationS).toBeCloseTo(plan.breathingEndS, 6);
        expect(plan.cues.filter((c) => c.kind === 'end')).toEqual([
          { kind: 'end', atS: plan.breathingEndS, durationS: END_SOUND_S },
        ]);
        expect(plan.durationS).toBeGreaterThanOrEqual(plan.breathingEndS);
      }),
      { numRuns: 300 },
    );
  });

  it('counts whole breaths: the asked number, or the minutes rounded to whole breaths', () => {
    fc.assert(
      fc.property(practiceArb, lengthArb, (practice, length) => {
        const plan = compileSession(practice, length);
        const inhales = phaseCues(plan).filter((c) => c.kind === 'inhale');
        expect(inhales).toHaveLength(plan.breathCount);
        expect(inhales.map((c) => c.breathIndex)).toEqual([...Array(plan.breathCount).keys()]);
        if ('breaths' in length) {
          expect(plan.breathCount).toBe(length.breaths);
        } else {
          const settleS = practice.settle?.durationS ?? 0;
          const mean =
            (breathS(practice.pattern) + breathS(practice.progressTo ?? practice.pattern)) / 2;
          // Rounded to the nearest whole breath: within half a breath of the asked time.
          const spokenS = settleS + plan.breathCount * mean;
          const askedS = length.minutes * 60;
          if (plan.breathCount === 1) expect(askedS - spokenS).toBeLessThanOrEqual(mean / 2 + 1e-6);
          else expect(Math.abs(spokenS - askedS)).toBeLessThanOrEqual(mean / 2 + 1e-6);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('phaseAt agrees with the cues at every cue start, middle and just before its end', () => {
    fc.assert(
      fc.property(practiceArb, fc.integer({ min: 1, max: 12 }), (practice, breaths) => {
        const plan = compileSession(practice, { breaths });
        const phases = phaseCues(plan);
        phases.forEach((cue, i) => {
          for (const frac of [0, 0.5, 0.999]) {
            const state = phaseAt(plan, cue.atS + cue.durationS * frac);
            expect(state.cue).toBe(cue);
            expect(state.phase).toBe(cue.kind);
            expect(state.breathIndex).toBe(cue.breathIndex);
            expect(state.progress).toBeCloseTo(frac, 6);
            expect(state.next?.atS).toBeCloseTo(phases[i + 1]?.atS ?? plan.breathingEndS, 6);
          }
        });
        expect(phaseAt(plan, plan.breathingEndS).phase).toBe('done');
      }),
      { numRuns: 200 },
    );
  });
});
