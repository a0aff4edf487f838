import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BeatGate, cleanRuns, isPlausibleBpm } from './beats';
import { pooledRmssd, rmssd } from './hrv';
import { parseHrmRr } from './testing/hrm';

const rrOf = (gate: BeatGate, tMs: number, rrMs: number[]) =>
  gate.push({ tMs, bpm: 60, contact: 'detected', rrMs });

describe('heart rate plausibility', () => {
  it('treats 0 and anything outside 25–240 bpm as no value', () => {
    expect([0, 24, 25, 240, 241, NaN].map(isPlausibleBpm)).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
    ]);
    const gate = new BeatGate();
    expect(gate.push({ tMs: 0, bpm: 0 }).bpm).toBeNull();
    expect(gate.push({ tMs: 1000, bpm: 72 }).bpm).toBe(72);
  });

  it('gives no sample while contact is lost, and breaks the run', () => {
    const gate = new BeatGate();
    const before = rrOf(gate, 0, [1000]);
    const lost = gate.push({ tMs: 1000, bpm: 70, contact: 'lost', rrMs: [1000] });
    expect(lost).toEqual({ tMs: 1000, bpm: null, contactLost: true, beats: [], artefacts: 0 });
    const after = rrOf(gate, 2000, [1000]);
    expect(after.beats[0]?.run).not.toBe(before.beats[0]?.run);
  });
});

describe('BeatGate artefacts', () => {
  it('rejects RR outside 300–2000 ms, such as an extra 52 ms beat', () => {
    const gate = new BeatGate();
    const r = rrOf(gate, 0, [52, 948, 2100]);
    expect(r.beats.map((b) => b.rrMs)).toEqual([948]);
    expect(r.artefacts).toBe(2);
    expect(rrOf(new BeatGate(), 0, [300]).beats).toHaveLength(1);
    expect(rrOf(new BeatGate(), 0, [2000]).beats).toHaveLength(1);
  });

  it('rejects a beat more than 20 % from the last accepted one', () => {
    const gate = new BeatGate();
    const r = rrOf(gate, 0, [1000, 1210, 1190, 960]);
    expect(r.beats.map((b) => b.rrMs)).toEqual([1000, 1190, 960]);
    expect(r.artefacts).toBe(1);
  });

  it('drops an ectopic pair and keeps the run going', () => {
    const gate = new BeatGate();
    const r = rrOf(gate, 0, [1000, 1000, 600, 1400, 1000]);
    expect(r.beats.map((b) => b.rrMs)).toEqual([1000, 1000, 1000]);
    expect(new Set(r.beats.map((b) => b.run)).size).toBe(1);
    expect([gate.accepted, gate.artefacts]).toEqual([3, 2]);
  });

  it('starts a new run after five rejections in a row instead of locking on a stale beat', () => {
    const gate = new BeatGate();
    const r = rrOf(gate, 0, [1000, 700, 700, 700, 700, 700, 710]);
    expect(r.beats.map((b) => b.rrMs)).toEqual([1000, 700, 710]);
    expect(r.beats[1]?.run).not.toBe(r.beats[0]?.run);
    expect(r.beats[2]?.run).toBe(r.beats[1]?.run);
  });

  it('dates beats back from the arrival time', () => {
    const r = rrOf(new BeatGate(), 5000, [900, 1000]);
    expect(r.beats.map((b) => b.atMs)).toEqual([4000, 5000]);
  });
});

describe('BeatGate runs', () => {
  it('break when no data arrives for more than 5 s', () => {
    const gate = new BeatGate();
    const a = rrOf(gate, 0, [1000]).beats[0]?.run;
    const b = rrOf(gate, 5000, [1000]).beats[0]?.run;
    const c = rrOf(gate, 10001, [1000]).beats[0]?.run;
    expect(b).toBe(a);
    expect(c).not.toBe(b);
  });

  it('break when readings keep coming but beats stop for more than 5 s', () => {
    const gate = new BeatGate();
    const a = rrOf(gate, 0, [1000]).beats[0]?.run;
    for (let t = 1000; t <= 6000; t += 1000) gate.push({ tMs: t, bpm: 60 });
    expect(rrOf(gate, 7000, [1000]).beats[0]?.run).not.toBe(a);
  });

  it('break on an explicit breakRun(), e.g. a reconnect, and forget the reference beat', () => {
    const gate = new BeatGate();
    rrOf(gate, 0, [1000]);
    gate.breakRun();
    const r = rrOf(gate, 1000, [600]);
    expect(r.artefacts).toBe(0);
    expect(r.beats[0]?.run).toBe(1);
  });

  it('never join beats that differ by more than 20 % or lie out of range', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 300 }), (rr) => {
        const { runs, artefacts } = cleanRuns(rr);
        expect(runs.flat().length + artefacts).toBe(rr.length);
        for (const run of runs) {
          expect(run.length).toBeGreaterThan(0);
          for (const beat of run) expect(beat >= 300 && beat <= 2000).toBe(true);
          for (let i = 1; i < run.length; i++) {
            expect(Math.abs(run[i]! - run[i - 1]!)).toBeLessThanOrEqual(0.2 * run[i - 1]!);
          }
        }
      }),
    );
  });
});

const NOISY = new URL('../../../../shared/data/rr/noisy_rri.hrm', import.meta.url);
const noisyFound = existsSync(NOISY);

describe(`noisy_rri.hrm${noisyFound ? '' : ' (skipped: ../shared/data/rr not found)'}`, () => {
  it.skipIf(!noisyFound)('loses its ectopic beats and artefacts to the gate', () => {
    const rr = parseHrmRr(readFileSync(NOISY, 'utf8'));
    expect(rr).toHaveLength(3581);
    expect(rmssd(rr)).toBeCloseTo(58.66, 2);
    const { runs, artefacts } = cleanRuns(rr);
    expect(artefacts).toBeGreaterThanOrEqual(42);
    expect(artefacts / rr.length).toBeLessThan(0.05);
    expect(pooledRmssd(runs)).toBeLessThan(0.7 * rmssd(rr));
  });
});
