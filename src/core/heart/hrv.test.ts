import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pooledRmssd, rmssd, sdnn } from './hrv';

describe('rmssd and sdnn on series worked out by hand', () => {
  it('are NaN with fewer than 2 intervals', () => {
    expect(rmssd([])).toBeNaN();
    expect(rmssd([800])).toBeNaN();
    expect(sdnn([])).toBeNaN();
    expect(sdnn([800])).toBeNaN();
  });

  it('are 0 for a perfectly steady heart', () => {
    expect(rmssd([1000, 1000, 1000])).toBe(0);
    expect(sdnn([1000, 1000, 1000])).toBe(0);
  });

  it('use successive differences for RMSSD and N − 1 for SDNN', () => {
    // Differences 10, −20, 10: √((100 + 400 + 100) / 3) = √200.
    expect(rmssd([800, 810, 790, 800])).toBeCloseTo(Math.sqrt(200), 10);
    // Mean 800, deviations 0, 10, −10, 0: √(200 / 3).
    expect(sdnn([800, 810, 790, 800])).toBeCloseTo(Math.sqrt(200 / 3), 10);
    // Two beats: one difference of 400; deviations ±200 over N − 1 = 1.
    expect(rmssd([600, 1000])).toBe(400);
    expect(sdnn([600, 1000])).toBeCloseTo(Math.sqrt(80000), 10);
  });

  it('tell a slow drift (high SDNN, low RMSSD) from beat-to-beat swing', () => {
    const drift = [800, 820, 840, 860, 880];
    const swing = [800, 880, 800, 880, 800];
    expect(rmssd(drift)).toBe(20);
    expect(rmssd(swing)).toBe(80);
    // Deviations −40, −20, 0, 20, 40: √(4000 / 4).
    expect(sdnn(drift)).toBeCloseTo(Math.sqrt(1000), 10);
    expect(sdnn(drift)).toBeGreaterThan(rmssd(drift));
  });

  it('pool runs without a difference across the break between them', () => {
    // Within-run differences 10 and 20; the 200 ms jump between runs is not one of them.
    expect(
      pooledRmssd([
        [800, 810],
        [1010, 1030],
      ]),
    ).toBeCloseTo(Math.sqrt((100 + 400) / 2), 10);
    expect(pooledRmssd([[800], []])).toBeNaN();
  });
});

const REST = new URL('../../../../shared/data/rr/rest_rri.txt', import.meta.url);
const restFound = existsSync(REST);

describe(`shared RR recordings${restFound ? '' : ' (skipped: ../shared/data/rr not found)'}`, () => {
  it.skipIf(!restFound)('match the published RMSSD and SDNN of rest_rri.txt', () => {
    const rr = readFileSync(REST, 'utf8')
      .split(/\s+/)
      .filter((line) => line !== '')
      .map(Number);
    expect(rr).toHaveLength(910);
    expect(rmssd(rr).toFixed(4)).toBe('55.1374');
    expect(sdnn(rr).toFixed(4)).toBe('57.8182');
  });
});
