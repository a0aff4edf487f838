import { describe, expect, it } from 'vitest';
import { measureAmbientDb } from '../../core/hum/hum';
import { threeHums, totalS } from '../../core/hum/testing/scenes';
import { type AnalysedHop, type HopMessage, HopAnalyser } from './hop-analysis';

const SR = 48000;
const HOP = 512;
const QUANTUM = 128;

/** A stretch the audio thread skipped: no process() calls from `atS` for `lengthS`. */
interface Hole {
  readonly atS: number;
  readonly lengthS: number;
}

/**
 * The hops public/worklets/mic-frames.js posts for `samples` when the browser skips the calls in
 * `holes`: consecutive samples, a shorter hop before each hole, `startFrame` jumping over it.
 */
function workletHops(samples: Float32Array, holes: readonly Hole[]): HopMessage[] {
  const skipped = holes.map((h) => ({
    from: Math.round((h.atS * SR) / QUANTUM) * QUANTUM,
    to: Math.round(((h.atS + h.lengthS) * SR) / QUANTUM) * QUANTUM,
  }));
  const hops: HopMessage[] = [];
  let hop: number[] = [];
  let startFrame = 0;
  let next = 0;
  const post = () => {
    if (hop.length > 0) hops.push({ type: 'hop', samples: Float32Array.from(hop), startFrame });
    hop = [];
  };
  for (let frame = 0; frame + QUANTUM <= samples.length; frame += QUANTUM) {
    if (skipped.some((s) => frame >= s.from && frame < s.to)) continue;
    if (frame > next) post();
    for (let i = frame; i < frame + QUANTUM; i++) {
      if (hop.length === 0) startFrame = i;
      hop.push(samples[i] ?? 0);
      if (hop.length === HOP) post();
    }
    next = frame + QUANTUM;
  }
  return hops;
}

/** Every hop read in order, the way the Worker reads a backlog: all of it, late. */
function analyse(hops: readonly HopMessage[], ambientDb: number) {
  const analyser = new HopAnalyser(SR, { ambientDb });
  const analysed: AnalysedHop[] = hops.map((hop) => analyser.push(hop));
  return { analysed, segments: analyser.finish() };
}

// Each case analyses 27 s of audio: seconds on a busy machine.
describe(
  'HopAnalyser on hops with holes (a busy phone skipping audio callbacks)',
  { timeout: 60_000 },
  () => {
    const { samples, hums } = threeHums(SR, 150, { seed: 21 });
    const ambientDb = measureAmbientDb(samples.subarray(0, SR), SR);
    // Inside the hums (1.5–5.5, 8.5–13.5, 16.5–22.5 s): from one quantum to just over `maxGapS`.
    const shortHoles: Hole[] = [
      { atS: 2.5, lengthS: 0.003 },
      { atS: 3.7, lengthS: 0.05 },
      { atS: 9.9, lengthS: 0.16 },
      { atS: 11.2, lengthS: 0.3 },
      { atS: 18.3, lengthS: 0.15 },
      { atS: 20.1, lengthS: 0.6 },
    ];
    const shortHoleHops = workletHops(samples, shortHoles);
    let shortHoleResult: ReturnType<typeof analyse> | null = null;
    const withShortHoles = () => (shortHoleResult ??= analyse(shortHoleHops, ambientDb));

    it('bridges short holes inside a hum: hum seconds stay within 5 % of the truth', () => {
      const { analysed, segments } = withShortHoles();
      expect(segments).toHaveLength(3);
      expect(Math.abs(totalS(segments) - totalS(hums)) / totalS(hums)).toBeLessThan(0.05);
      segments.forEach((segment, i) => {
        expect(Math.abs(segment.startS - (hums[i]?.startS ?? NaN))).toBeLessThan(0.15);
        expect(Math.abs(segment.endS - (hums[i]?.endS ?? NaN))).toBeLessThan(0.15);
      });
      const holeS = shortHoles.reduce((sum, h) => sum + h.lengthS, 0);
      expect(analysed.at(-1)?.unheardS).toBeCloseTo(holeS, 2);
    });

    it('keeps hop times on the sample clock across holes', () => {
      const hops = shortHoleHops;
      const { analysed } = withShortHoles();
      expect(analysed).toHaveLength(hops.length);
      analysed.forEach((a, i) => {
        expect(a.index).toBe(i);
        expect(a.startS).toBeCloseTo((hops[i]?.startFrame ?? NaN) / SR, 9);
      });
      // Verdicts stay in time order and never fall inside a hole.
      const times = analysed.flatMap((a) => a.verdicts.map((v) => v.tS));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    });

    it('reports a long hole as unknown: the hum ends where hearing stopped, not filled as silence', () => {
      const hole = { atS: 10, lengthS: 2 };
      const { analysed, segments } = analyse(workletHops(samples, [hole]), ambientDb);
      expect(analysed.at(-1)?.unheardS).toBeCloseTo(2, 2);
      // The 8.5–13.5 s hum: heard up to the hole and after it, never across it.
      const around = segments.filter((s) => s.endS > 8 && s.startS < 14);
      expect(around).toHaveLength(2);
      expect(around[0]?.endS).toBeLessThanOrEqual(hole.atS + 0.05);
      expect(around[1]?.startS).toBeGreaterThanOrEqual(hole.atS + hole.lengthS - 0.05);
      expect(Math.abs((around[0]?.endS ?? 0) - hole.atS)).toBeLessThan(0.15);
      expect(Math.abs((around[1]?.startS ?? 0) - (hole.atS + hole.lengthS))).toBeLessThan(0.15);
      // Everything heard is counted: the truth less the hole, within 5 %.
      const heardTruthS = totalS(hums) - hole.lengthS;
      expect(Math.abs(totalS(segments) - heardTruthS) / heardTruthS).toBeLessThan(0.05);
    });
  },
);
