import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random/seeded-random';
import { detectHum } from './hum';
import { scoreHum } from './score';
import type { HumSegment } from './segmenter';
import { threeHums } from './testing/scenes';

const HOP_S = 512 / 48000;

/** A segment whose track follows `centsAt(tS)` around 150 Hz and `dbAt(tS)`. */
function segment(
  startS: number,
  endS: number,
  centsAt: (tS: number) => number = () => 0,
  dbAt: (tS: number) => number = () => -30,
): HumSegment {
  const track = [];
  for (let tS = startS + HOP_S / 2; tS < endS; tS += HOP_S) {
    track.push({ tS, hz: 150 * 2 ** (centsAt(tS) / 1200), db: dbAt(tS) });
  }
  return { startS, endS, medianHz: 150, track };
}

/** Gaussian-ish wobble (sum of 4 uniforms, SD ≈ `sd`), seeded. */
function wobble(sd: number, seed: number): () => number {
  const random = seededRandom(seed);
  return () => (random() + random() + random() + random() - 2) * sd * Math.sqrt(3);
}

describe('scoreHum', () => {
  it('sums hum time, finds the longest hum and fills each exhale window', () => {
    const score = scoreHum(
      [segment(1, 5), segment(8, 9.5)],
      [
        { startS: 0, endS: 6 },
        { startS: 6, endS: 10 },
        { startS: 10, endS: 14 },
      ],
    );
    expect(score.humS).toBeCloseTo(5.5, 9);
    expect(score.longestS).toBeCloseTo(4, 9);
    expect(score.exhales.map((e) => e.humS)).toEqual([4, 1.5, 0]);
    expect(score.exhales.map((e) => e.voicedFraction)).toEqual([4 / 6, 1.5 / 4, 0]);
  });

  it('puts pitch steadiness into words at 30 and 60 cents', () => {
    const words = [10, 45, 100].map((sd) => {
      const noise = wobble(sd, sd);
      const score = scoreHum([segment(0, 6, noise)]);
      expect(score.pitchSdCents).toBeGreaterThan(sd * 0.85);
      expect(score.pitchSdCents).toBeLessThan(sd * 1.15);
      return score.words;
    });
    expect(words).toEqual(['steady', 'a little wavering', 'wavering']);
  });

  it('measures drift as a robust slope, unmoved by an octave slip', () => {
    const noise = wobble(8, 3);
    const score = scoreHum([
      segment(0, 5, (t) => (Math.abs(t - 2) < 0.05 ? 1200 : -6 * t + noise())),
      segment(7, 11, (t) => -6 * (t - 7) + noise()),
    ]);
    // Theil–Sen's standard error here is about 0.4 cents/s; an ordinary fit would be pulled off by ~10.
    expect(score.driftCentsPerS).toBeGreaterThan(-7);
    expect(score.driftCentsPerS).toBeLessThan(-5);
  });

  it('measures loudness steadiness around each hum’s own level', () => {
    const noise = wobble(1.5, 9);
    const score = scoreHum([
      segment(0, 4, undefined, () => -20 + noise()),
      segment(5, 9, undefined, () => -40 + noise()),
    ]);
    expect(score.loudnessSdDb).toBeGreaterThan(1.2);
    expect(score.loudnessSdDb).toBeLessThan(1.8);
  });

  it('has no words and no statistics when nothing was hummed', () => {
    const score = scoreHum([], [{ startS: 0, endS: 6 }]);
    expect(score).toMatchObject({
      humS: 0,
      longestS: 0,
      words: null,
      exhales: [{ humS: 0, voicedFraction: 0 }],
    });
    expect(score.pitchSdCents).toBeNaN();
    expect(score.driftCentsPerS).toBeNaN();
  });

  it('calls a hum with ±20 cent vibrato and −3 cents/s drift steady, and finds the drift', () => {
    const { samples } = threeHums(48000, 150, { seed: 12 });
    const score = scoreHum(detectHum(samples, 48000));
    expect(score.words).toBe('steady');
    // A ±20 cent sine has a robust SD of 1.4826 × 20 × sin(π/4) ≈ 21 cents.
    expect(score.pitchSdCents).toBeGreaterThan(15);
    expect(score.pitchSdCents).toBeLessThan(30);
    expect(score.driftCentsPerS).toBeGreaterThan(-4.5);
    expect(score.driftCentsPerS).toBeLessThan(-1.5);
    expect(score.loudnessSdDb).toBeLessThan(1);
    expect(score.longestS).toBeGreaterThan(5.8);
  });
});
