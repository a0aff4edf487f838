import { describe, expect, it } from 'vitest';
import { compileSession, END_SOUND_S, isPhaseCue, phaseAt } from './plan';
import { PRACTICES } from './practices';
import type { SessionPlan } from './types';

const phasesOf = (plan: SessionPlan) => plan.cues.filter(isPhaseCue);

describe('compileSession for Five breaths', () => {
  const plan = compileSession(PRACTICES['five-breaths']);

  it('settles for 8 s, then five breaths of 4 s in and 6 s out', () => {
    const phases = phasesOf(plan).map((c) => [c.kind, c.atS, c.durationS]);
    expect(phases).toEqual([
      ['settle', 0, 8],
      ['inhale', 8, 4],
      ['exhale', 12, 6],
      ['inhale', 18, 4],
      ['exhale', 22, 6],
      ['inhale', 28, 4],
      ['exhale', 32, 6],
      ['inhale', 38, 4],
      ['exhale', 42, 6],
      ['inhale', 48, 4],
      ['exhale', 52, 6],
    ]);
    expect(plan.breathCount).toBe(5);
    expect(plan.breathingEndS).toBe(58);
  });

  it('names the sensation first and asks the closing question after the end sound', () => {
    const prompts = plan.cues.filter((c) => c.kind === 'prompt');
    expect(prompts.map((c) => [c.promptId, c.atS])).toEqual([
      ['name-sensation', 0.5],
      ['closing-question', 59.2],
    ]);
    const end = plan.cues.find((c) => c.kind === 'end');
    expect(end).toEqual({ kind: 'end', atS: 58, durationS: END_SOUND_S });
    expect(plan.asksClosingQuestion).toBe(true);
    expect(plan.durationS).toBeGreaterThan(59.2);
  });
});

describe('compileSession for the other practices', () => {
  it('makes the five-minute pause about 300 s: face down, a still minute, then slow breathing to a completed exhale', () => {
    const plan = compileSession(PRACTICES['five-minute-pause']);
    const phases = phasesOf(plan);
    expect(phases[0]).toMatchObject({ kind: 'settle', atS: 0, durationS: 65 });
    expect(plan.breathingEndS).toBe(305);
    expect(phases.at(-1)?.kind).toBe('exhale');
    const prompt = (id: string) => plan.cues.find((c) => c.kind === 'prompt' && c.promptId === id);
    for (const id of ['question-now-or-then', 'question-smallest-response']) {
      const cue = prompt(id);
      expect(cue?.atS).toBeGreaterThanOrEqual(60);
      expect(cue?.atS).toBeLessThan(180);
    }
    expect(prompt('acknowledge-three')?.atS).toBeGreaterThanOrEqual(180);
    // Questions land on the start of an exhale, a calm moment to listen.
    const exhaleStarts = new Set(phases.filter((c) => c.kind === 'exhale').map((c) => c.atS));
    expect(exhaleStarts.has(prompt('question-now-or-then')?.atS ?? -1)).toBe(true);
  });

  it('asks for the phone face down first, gates at 5 s, then gives the still minute its 60 s', () => {
    const plan = compileSession(PRACTICES['five-minute-pause']);
    const prompts = plan.cues.filter((c) => c.kind === 'prompt');
    expect(prompts[0]).toMatchObject({ promptId: 'face-down', atS: 0.5 });
    expect(plan.faceDownGateS).toBe(5);
    const faceDown = prompts[0];
    expect((faceDown?.atS ?? 0) + (faceDown?.durationS ?? 0)).toBeLessThanOrEqual(5);
    const stillMinute = prompts.filter((c) => c.atS > 5 && c.atS < 65).map((c) => c.promptId);
    expect(stillMinute).toEqual([
      'contact-palms',
      'contact-ribs',
      'contact-breath',
      'slow-breathing',
    ]);
    const firstBreath = phasesOf(plan).find((c) => c.kind !== 'settle');
    expect((firstBreath?.atS ?? 0) - (plan.faceDownGateS ?? 0)).toBe(60);
  });

  it('has no face-down gate without a settle, nor in practices that do not ask for one', () => {
    expect(
      compileSession(PRACTICES['five-minute-pause'], { settleS: 0 }).faceDownGateS,
    ).toBeUndefined();
    expect(
      compileSession(PRACTICES['five-minute-pause'], { settleS: 4 }).faceDownGateS,
    ).toBeUndefined();
    expect(compileSession(PRACTICES.resonance).faceDownGateS).toBeUndefined();
  });

  it('hums every exhale in the hum reset, growing from 7 s to 12 s over 8 rounds', () => {
    const plan = compileSession(PRACTICES['hum-reset']);
    const hums = phasesOf(plan).filter((c) => c.kind === 'hum');
    expect(hums).toHaveLength(8);
    expect(hums[0]?.durationS).toBe(7);
    expect(hums.at(-1)?.durationS).toBe(12);
    for (let i = 1; i < hums.length; i++) {
      expect(hums[i]!.durationS).toBeGreaterThan(hums[i - 1]!.durationS);
    }
    expect(phasesOf(plan).some((c) => c.kind === 'exhale')).toBe(false);
    expect(plan.drone).toBe(true);
  });

  it('gives the cyclic sigh a double inhale and a long exhale for about five minutes', () => {
    const plan = compileSession(PRACTICES['cyclic-sigh']);
    const firstBreath = phasesOf(plan)
      .filter((c) => c.breathIndex === 0)
      .map((c) => c.kind);
    expect(firstBreath).toEqual(['inhale', 'top-up', 'exhale']);
    expect(plan.breathingEndS).toBeGreaterThan(285);
    expect(plan.breathingEndS).toBeLessThan(315);
  });

  it('keeps 5.5 s in and 5.5 s out for resonance and takes minutes as an option', () => {
    const plan = compileSession(PRACTICES.resonance, { minutes: 10 });
    const breathing = phasesOf(plan).filter((c) => c.kind !== 'settle');
    expect(new Set(breathing.map((c) => c.durationS))).toEqual(new Set([5.5]));
    expect(plan.breathCount).toBe(Math.round((600 - 5) / 11));
  });

  it('holds 4-4-4-4 in box breathing but never ends on a hold', () => {
    const plan = compileSession(PRACTICES.box, { breaths: 3 });
    expect(
      phasesOf(plan)
        .slice(1)
        .map((c) => c.kind),
    ).toEqual([
      'inhale',
      'hold',
      'exhale',
      'hold',
      'inhale',
      'hold',
      'exhale',
      'hold',
      'inhale',
      'hold',
      'exhale',
    ]);
  });

  it('follows changed timings and lengths', () => {
    const plan = compileSession(PRACTICES['4-7-8'], {
      breaths: 2,
      pattern: { exhaleS: 9 },
      settleS: 0,
    });
    expect(phasesOf(plan).map((c) => [c.kind, c.durationS])).toEqual([
      ['inhale', 4],
      ['hold', 7],
      ['exhale', 9],
      ['inhale', 4],
      ['hold', 7],
      ['exhale', 9],
    ]);
    expect(plan.cues.some((c) => c.kind === 'prompt' && c.promptId === 'settle-in')).toBe(false);
  });

  it('refuses lengths that are not whole breaths and timings that cannot be breathed', () => {
    expect(() => compileSession(PRACTICES.box, { breaths: 2.5 })).toThrow(RangeError);
    expect(() => compileSession(PRACTICES.box, { breaths: 0 })).toThrow(RangeError);
    expect(() => compileSession(PRACTICES.box, { minutes: -1 })).toThrow(RangeError);
    expect(() => compileSession(PRACTICES.box, { pattern: { exhaleS: 0.5 } })).toThrow(
      'Breathing out must last at least 1 second.',
    );
  });
});

describe('phaseAt', () => {
  const plan = compileSession(PRACTICES['five-breaths']);

  it('reports the phase, progress, breath and what comes next', () => {
    expect(phaseAt(plan, 13.5)).toMatchObject({
      phase: 'exhale',
      progress: 0.25,
      remainingS: 4.5,
      breathIndex: 0,
      breathCount: 5,
      level: 0.75,
      next: { kind: 'inhale', atS: 18 },
    });
    expect(phaseAt(plan, 10)).toMatchObject({ phase: 'inhale', progress: 0.5, level: 0.5 });
    expect(phaseAt(plan, 3)).toMatchObject({
      phase: 'settle',
      breathIndex: -1,
      next: { kind: 'inhale', atS: 8 },
    });
    expect(phaseAt(plan, 55)).toMatchObject({
      phase: 'exhale',
      breathIndex: 4,
      next: { kind: 'end', atS: 58 },
    });
  });

  it('is before at negative times and done from the last completed exhale', () => {
    expect(phaseAt(plan, -0.1)).toMatchObject({ phase: 'before', cue: null, breathIndex: -1 });
    expect(phaseAt(plan, 58)).toMatchObject({
      phase: 'done',
      cue: null,
      breathIndex: 5,
      next: null,
    });
    expect(phaseAt(plan, 1e6).phase).toBe('done');
  });
});
