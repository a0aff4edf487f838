import { describe, expect, it } from 'vitest';
import { REST_BPM, SimulatedHeart, type SimulatedMode } from './simulated-heart';
import { seededRandom } from '../../core/random/seeded-random';

/** Lung fill of a 4 s in, 6 s out practice at `tMs`. */
function breathing(tMs: number): number {
  const s = (tMs / 1000) % 10;
  return s < 4 ? s / 4 : 1 - (s - 4) / 6;
}

interface Beat {
  readonly atMs: number;
  readonly rrMs: number;
}

/** Run a heart for `seconds` in 1 s packets; beats with the time each one ended. */
function run(mode: SimulatedMode, seconds: number, practice = true, seed = 7): Beat[] {
  const heart = new SimulatedHeart(seededRandom(seed));
  heart.setMode(mode);
  const fill = (tMs: number) => (practice ? breathing(tMs) : null);
  heart.advance(0, fill(0));
  const beats: Beat[] = [];
  let atMs = 0;
  for (let tMs = 1000; tMs <= seconds * 1000; tMs += 1000) {
    for (const rrMs of heart.advance(tMs, fill(tMs))) {
      atMs += rrMs;
      beats.push({ atMs, rrMs });
    }
  }
  return beats;
}

const meanBpm = (beats: readonly Beat[]) =>
  beats.reduce((sum, b) => sum + 60000 / b.rrMs, 0) / beats.length;
const between = (beats: readonly Beat[], fromS: number, toS: number) =>
  beats.filter((b) => b.atMs >= fromS * 1000 && b.atMs < toS * 1000);

describe('SimulatedHeart', () => {
  it('rests around 65 bpm with beat-to-beat variability', () => {
    const beats = run('calm', 300);
    expect(meanBpm(beats)).toBeGreaterThan(REST_BPM - 2);
    expect(meanBpm(beats)).toBeLessThan(REST_BPM + 2);
    const diffs = beats.slice(1).map((b, i) => b.rrMs - beats[i]!.rrMs);
    const rmssd = Math.sqrt(diffs.reduce((s, d) => s + d * d, 0) / diffs.length);
    expect(rmssd).toBeGreaterThan(15);
    expect(rmssd).toBeLessThan(80);
  });

  it('beats faster while breathing in than while breathing out', () => {
    const beats = run('calm', 300);
    const inhaling = beats.filter((b) => (b.atMs / 1000) % 10 < 4);
    const exhaling = beats.filter((b) => (b.atMs / 1000) % 10 >= 4);
    expect(meanBpm(inhaling) - meanBpm(exhaling)).toBeGreaterThan(2);
  });

  it('starts stressed about a quarter above rest and settles within three minutes of practice', () => {
    const beats = run('stressed', 240);
    expect(meanBpm(between(beats, 10, 30))).toBeGreaterThan(REST_BPM * 1.2);
    expect(meanBpm(between(beats, 150, 180))).toBeLessThan(REST_BPM * 1.06);
    expect(meanBpm(between(beats, 60, 90))).toBeLessThan(meanBpm(between(beats, 10, 30)));
  });

  it('stays stressed while no practice runs', () => {
    const beats = run('stressed', 180, false);
    expect(meanBpm(between(beats, 150, 180))).toBeGreaterThan(REST_BPM * 1.2);
  });

  it('repeats the same trace for the same seed', () => {
    expect(run('calm', 60, true, 3)).toEqual(run('calm', 60, true, 3));
    expect(run('calm', 60, true, 3)).not.toEqual(run('calm', 60, true, 4));
  });

  it('keeps every interval physiological', () => {
    for (const beat of run('stressed', 300)) {
      expect(beat.rrMs).toBeGreaterThanOrEqual(300);
      expect(beat.rrMs).toBeLessThanOrEqual(2000);
    }
  });
});
