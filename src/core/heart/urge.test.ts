import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHrmRr } from './testing/hrm';
import { packets, random, trace } from './testing/traces';
import { UrgeMeter, type UrgeMeterReading, type UrgeSample } from './urge';

/** Feeds samples and returns the reading after each one. */
function run(
  meter: UrgeMeter,
  samples: readonly UrgeSample[],
): (UrgeMeterReading & { tMs: number })[] {
  return samples.map((s) => {
    meter.push(s);
    return { tMs: s.tMs, ...meter.read() };
  });
}

const ramp = (t: number, t0: number, t1: number, a: number, b: number) =>
  t <= t0 ? a : t >= t1 ? b : a + ((b - a) * (t - t0)) / (t1 - t0);

/** Rest at 60 bpm, a rise to 78 bpm at 90–110 s, held, then settling back by 230 s. */
const restRiseSettle = (tS: number) =>
  tS < 170 ? ramp(tS, 90, 110, 60, 78) : ramp(tS, 170, 230, 78, 60);
const arousal = (tS: number) => (restRiseSettle(tS) - 60) / 18;

describe('UrgeMeter baseline', () => {
  it('reads quality none until a minute of usable data gives a baseline', () => {
    const readings = run(new UrgeMeter(), trace({ seconds: 90, bpm: () => 62 }));
    const at = (tMs: number) => readings.find((r) => r.tMs === tMs)!;
    expect(at(30000)).toMatchObject({ quality: 'none', baselineBpm: null, level: 0, high: false });
    expect(at(30000).baselineProgress).toBeCloseTo(29 / 60, 5);
    expect(at(61000)).toMatchObject({ quality: 'ok', baselineBpm: 62, baselineProgress: 1 });
  });

  it('takes the median, so a few odd seconds do not move it', () => {
    const samples = trace({ seconds: 70, bpm: () => 60 }).map((s, i) =>
      i % 10 === 3 ? { ...s, bpm: 110 } : s,
    );
    const meter = new UrgeMeter();
    run(meter, samples);
    expect(meter.read().baselineBpm).toBe(60);
  });

  it('uses a resting level from history straight away', () => {
    const meter = new UrgeMeter({ restingBpm: 60 });
    expect(meter.read().quality).toBe('none');
    const readings = run(meter, trace({ seconds: 30, bpm: () => 72, rr: false }));
    expect(readings[0]).toMatchObject({ quality: 'ok', baselineBpm: 60 });
    expect(readings.at(-1)!.level).toBeGreaterThan(95);
    expect(readings.at(-1)!.high).toBe(true);
  });

  it('refuses a resting level no heart could have', () => {
    expect(() => new UrgeMeter({ restingBpm: 0 })).toThrow(RangeError);
  });
});

describe('UrgeMeter level', () => {
  it('rises past 70 with arousal, calls it high after 10 s, and clears after the settle', () => {
    const readings = run(
      new UrgeMeter(),
      trace({ seconds: 400, bpm: restRiseSettle, rsa: (t) => 0.06 - 0.045 * arousal(t) }),
    );
    const firstAbove70 = readings.find((r) => r.level >= 70)!;
    const firstHigh = readings.find((r) => r.high)!;
    expect(firstAbove70.tMs).toBeGreaterThan(90000);
    expect(firstAbove70.tMs).toBeLessThan(115000);
    expect(firstHigh.tMs - firstAbove70.tMs).toBeGreaterThanOrEqual(10000);
    expect(firstHigh.tMs - firstAbove70.tMs).toBeLessThanOrEqual(12000);
    expect(Math.max(...readings.map((r) => r.level))).toBeGreaterThan(90);

    const flips = readings.filter((r, i) => i > 0 && r.high !== readings[i - 1]!.high);
    expect(flips.map((r) => r.high)).toEqual([true, false]);
    const cleared = flips[1]!;
    expect(cleared.tMs).toBeGreaterThan(200000);
    expect(cleared.tMs).toBeLessThan(300000);
    expect(readings.at(-1)!.level).toBeLessThan(15);
    expect(readings.every((r) => r.tMs <= 60000 || r.quality === 'ok')).toBe(true);
  });

  it('rises fast and falls slowly', () => {
    const step = (tS: number) => (tS < 120 ? 72 : 60);
    const shape = { seconds: 240, bpm: step, rsa: () => 0, rr: false };
    const readings = run(new UrgeMeter({ restingBpm: 60 }), trace(shape));
    const riseS = readings.find((r) => r.level >= 50)!.tMs / 1000;
    const fallS = readings.find((r) => r.tMs > 120000 && r.level <= 50)!.tMs / 1000 - 120;
    expect(riseS).toBeLessThanOrEqual(6);
    expect(fallS).toBeGreaterThanOrEqual(14);
    // τ ≈ 5 s up: 1 − e^(−1) of the way after one time constant.
    expect(readings.find((r) => r.tMs === 6000)!.level).toBeCloseTo(100 * (1 - Math.exp(-1)), 0);
  });

  it('works from heart rate alone when the strap sends no RR', () => {
    const readings = run(new UrgeMeter(), trace({ seconds: 200, bpm: restRiseSettle, rr: false }));
    expect(readings.find((r) => r.tMs === 160000)!.level).toBeGreaterThan(95);
  });

  it('counts a drop in RMSSD at a steady heart rate, weighted by hrvWeight', () => {
    const shape = { seconds: 240, bpm: () => 60, rsa: (t: number) => (t < 90 ? 0.06 : 0.015) };
    const level = (hrvWeight?: number) =>
      run(new UrgeMeter({ hrvWeight }), trace(shape)).at(-1)!.level;
    expect(level()).toBeGreaterThan(30);
    expect(level()).toBeLessThanOrEqual(40);
    expect(level(0.1)).toBeLessThan(11);
    expect(level(0)).toBe(0);
  });

  it('ignores a rise in RMSSD, as slow or humming breathing brings', () => {
    const shape = { seconds: 240, bpm: () => 60, rsa: (t: number) => (t < 90 ? 0.03 : 0.1) };
    const levels = (hrvWeight: number) =>
      run(new UrgeMeter({ hrvWeight }), trace(shape))
        .filter((r) => r.tMs > 150000)
        .map((r) => r.level);
    expect(levels(0.4)).toEqual(levels(0));
  });
});

/** A steady heart at `bpm`, ±3 bpm of jitter and 6 % artefact beats, drawn from `seed`. */
function noisyRun(seed: number, bpm: number) {
  const rnd = random(seed);
  const corrupt = (rr: number): number[] => {
    const roll = rnd();
    if (roll < 0.03) return [52, rr - 52];
    if (roll < 0.05) return [rr * 0.6, rr * 1.4];
    if (roll < 0.06) return [rr * 2];
    return [rr];
  };
  const samples = trace({
    seconds: 360,
    bpm: () => bpm,
    jitterBpm: () => Math.round((rnd() - 0.5) * 6),
    corrupt,
  });
  return run(new UrgeMeter(), samples);
}

describe('UrgeMeter noise', () => {
  // Known bug, found by the property below on a random seed: a cluster of split beats in a steady
  // 57 bpm trace lifts the level to 61 for a few seconds (quality "poor", never "high"). Left for
  // the beat cleaning of issue 16 (Lipponen & Tarvainen); this fails loudly once it is fixed.
  it.fails('does not rise on a cluster of split beats in a steady heart (known bug)', () => {
    const readings = noisyRun(-1459726240, 57);
    expect(Math.max(...readings.map((r) => r.level))).toBeLessThan(50);
  });

  it('never calls a steady heart high, through jitter and artefact beats', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 55, max: 90 }), (seed, bpm) => {
        const readings = noisyRun(seed, bpm);
        expect(readings.some((r) => r.high)).toBe(false);
        expect(Math.max(...readings.map((r) => r.level))).toBeLessThan(50);
      }),
      { numRuns: 25 },
    );
  });
});

describe('UrgeMeter during slow breathing', () => {
  const maxLevel = (readings: readonly UrgeMeterReading[]) =>
    Math.max(...readings.filter((r) => r.quality !== 'none').map((r) => r.level));

  it('does not read the heart-rate swing of resonance breathing as arousal', () => {
    const shape = { seconds: 400, bpm: () => 65, breathS: 11, rsa: () => 0.2 };
    const readings = run(new UrgeMeter(), trace(shape));
    expect(readings.some((r) => r.high)).toBe(false);
    expect(maxLevel(readings)).toBeLessThan(50);
  });

  it('needs an HR window of one breath for long humming breaths', () => {
    const shape = { seconds: 400, bpm: () => 65, breathS: 19, rsa: () => 0.15 };
    expect(maxLevel(run(new UrgeMeter({ hrWindowMs: 20000 }), trace(shape)))).toBeLessThan(25);
  });
});

describe('UrgeMeter signal quality', () => {
  it('goes poor and says why on silence, lost contact, HR 0 and artefacts, then recovers', () => {
    const meter = new UrgeMeter();
    const steady = (from: number, to: number, extra: Partial<UrgeSample> = {}) => {
      for (let t = from; t <= to; t += 1000)
        meter.push({ tMs: t, bpm: 60, rrMs: [1000], ...extra });
    };
    steady(0, 90000);
    expect(meter.read()).toMatchObject({ quality: 'ok', reason: null });
    expect(meter.read(95000).quality).toBe('ok');
    expect(meter.read(96000)).toMatchObject({ quality: 'poor', reason: 'no-data' });
    const levelBefore = meter.read().level;

    steady(100000, 104000, { contact: 'lost', bpm: 140 });
    expect(meter.read()).toMatchObject({ quality: 'poor', reason: 'no-contact' });
    steady(105000, 108000, { bpm: 0, contact: 'detected' });
    expect(meter.read()).toMatchObject({ quality: 'poor', reason: 'no-heart-rate' });
    expect(meter.read().level).toBe(levelBefore);

    steady(109000, 112000);
    expect(meter.read()).toMatchObject({ quality: 'ok', reason: null, level: levelBefore });

    steady(113000, 120000, { rrMs: [1000, 52] });
    expect(meter.read()).toMatchObject({ quality: 'poor', reason: 'artefacts' });
    steady(121000, 160000);
    expect(meter.read()).toMatchObject({ quality: 'ok', reason: null });
  });

  it('ignores samples that arrive out of order', () => {
    const meter = new UrgeMeter({ restingBpm: 60 });
    meter.push({ tMs: 5000, bpm: 60 });
    meter.push({ tMs: 4000, bpm: 0 });
    expect(meter.read().quality).toBe('ok');
  });

  it('takes no RR difference across a reconnect', () => {
    // RMSSD 20 ms against a resting 40 ms: the HRV part alone holds the level at 40.
    const afterOneMore = (reconnect: boolean) => {
      const meter = new UrgeMeter({ restingBpm: 60, restingLnRmssd: Math.log(40) });
      for (let t = 1000; t <= 60000; t += 1000) {
        meter.push({ tMs: t, bpm: 60, rrMs: [t % 2000 === 0 ? 1010 : 990] });
      }
      const before = meter.read().level;
      if (reconnect) meter.markGap();
      meter.push({ tMs: 61000, bpm: 60, rrMs: [1190] });
      return [before, meter.read().level];
    };
    const [before, after] = afterOneMore(true);
    expect(before).toBeCloseTo(40, 0);
    expect(after).toBe(before);
    // Without the reconnect, the 180 ms jump counts as a difference and lifts RMSSD.
    expect(afterOneMore(false)[1]).toBeLessThan(before!);
  });
});

const NOISY = new URL('../../../../shared/data/rr/noisy_rri.hrm', import.meta.url);
const noisyFound = existsSync(NOISY);

describe(`noisy_rri.hrm${noisyFound ? '' : ' (skipped: ../shared/data/rr not found)'}`, () => {
  it.skipIf(!noisyFound)('shows the rest → cycling transition as a rise', () => {
    const rr = parseHrmRr(readFileSync(NOISY, 'utf8'));
    const readings = run(new UrgeMeter(), packets(rr));
    const mean = (fromS: number, toS: number) => {
      const window = readings.filter((r) => r.tMs > fromS * 1000 && r.tMs <= toS * 1000);
      return window.reduce((sum, r) => sum + r.level, 0) / window.length;
    };
    // Seated rest runs to about 3 min (≈ 67 → 76 bpm), cycling from there (≈ 95 bpm).
    const rest = mean(61, 120);
    const cycling = mean(480, 600);
    expect(readings.find((r) => r.tMs === 61000)!.baselineBpm).toBeLessThan(70);
    expect(rest).toBeLessThan(60);
    expect(cycling).toBeGreaterThan(95);
    expect(cycling - rest).toBeGreaterThan(40);
    expect(readings.filter((r) => r.tMs > 180000).every((r) => r.high)).toBe(true);

    const after = readings.filter((r) => r.tMs > 60000);
    const artefactSeconds = after.filter((r) => r.reason === 'artefacts').length;
    expect(artefactSeconds).toBeGreaterThan(0);
    expect(artefactSeconds / after.length).toBeLessThan(0.2);
  });
});
