import { describe, expect, it } from 'vitest';
import { compileSession, phaseCues } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import { CLIP_SECONDS } from './clip-seconds';
import { DUCK, duckSpans, scheduleDucks } from './duck';
import { THEMES } from './theme';
import { voiceLines } from './voice-lines';

const plan = compileSession(PRACTICES.box);
const phases = phaseCues(plan);
const warm = THEMES.warm;

describe('duckSpans', () => {
  it('ducks the breath sound over each spoken line, deeper where the bed is louder', () => {
    const lines = voiceLines(plan);
    const spans = duckSpans(warm, phases, lines);
    const inhale = lines.find((l) => l.id === 'phase-inhale');
    const exhale = lines.find((l) => l.id === 'phase-exhale');
    const spanAt = (atS: number) => spans.find((s) => s.fromS === atS);
    expect(inhale && spanAt(inhale.atS)?.toS).toBe(
      (inhale?.atS ?? 0) + CLIP_SECONDS['phase-inhale'],
    );
    // An exhale starts from full lungs, where the bed is loudest: it ducks further.
    expect(spanAt(exhale?.atS ?? -1)?.gain).toBeLessThan(spanAt(inhale?.atS ?? -1)?.gain ?? 0);
    for (const span of spans) expect(span.gain).toBeGreaterThan(0);
  });

  it('leaves the bed alone under a line spoken over silence (the settle)', () => {
    const settle = phases.find((c) => c.kind === 'settle');
    expect(settle).toBeDefined();
    expect(duckSpans(warm, phases, [{ atS: settle?.atS ?? 0, id: 'settle-in' }])).toEqual([]);
  });

  it('joins lines whose ramps would meet into one span at the lower gain', () => {
    const first = { atS: 20, id: 'phase-exhale' } as const;
    const second = { atS: 20 + CLIP_SECONDS['phase-exhale'] + 0.3, id: 'phase-hold' } as const;
    const apart = duckSpans(warm, phases, [first]).concat(duckSpans(warm, phases, [second]));
    const joined = duckSpans(warm, phases, [second, first]);
    expect(joined).toHaveLength(1);
    expect(joined[0]?.fromS).toBe(first.atS);
    expect(joined[0]?.toS).toBeCloseTo(second.atS + CLIP_SECONDS['phase-hold'], 9);
    expect(joined[0]?.gain).toBe(Math.min(...apart.map((s) => s.gain)));
  });
});

describe('scheduleDucks', () => {
  function recorder() {
    const events: [string, number, number][] = [];
    const param = {
      setValueAtTime: (v: number, t: number) => events.push(['set', v, t]),
      linearRampToValueAtTime: (v: number, t: number) => events.push(['ramp', v, t]),
    } as unknown as AudioParam;
    return { param, events };
  }

  it('goes down before the line, holds, and comes back after it, on the plan clock', () => {
    const { param, events } = recorder();
    scheduleDucks(param, [{ fromS: 10, toS: 12, gain: 0.5 }], 100, 0, 60);
    expect(events).toEqual([
      ['set', 1, 110 - DUCK.attackS],
      ['ramp', 0.5, 110],
      ['set', 0.5, 112],
      ['ramp', 1, 112 + DUCK.releaseS],
    ]);
  });

  it('places only the spans that reach into the window', () => {
    const { param, events } = recorder();
    const spans = [
      { fromS: 10, toS: 12, gain: 0.5 },
      { fromS: 70, toS: 72, gain: 0.5 },
    ];
    scheduleDucks(param, spans, 0, 60, 120);
    expect(events.map((e) => e[2])).toEqual([70 - DUCK.attackS, 70, 72, 72 + DUCK.releaseS]);
  });
});
