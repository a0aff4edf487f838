import { describe, expect, it } from 'vitest';
import { formatDuration, summarizeHeart, type HeartSample } from './recovery';

/** One sample a second from `fromS` to `toS` inclusive. */
function samples(fromS: number, toS: number, bpm: (tS: number) => number): HeartSample[] {
  const out: HeartSample[] = [];
  for (let t = fromS; t <= toS; t++) out.push({ tMs: t * 1000, bpm: bpm(t) });
  return out;
}

/** 60 bpm, a jump to 90 at 60 s, held to 120 s, then a straight fall back to 60 at 200 s. */
const surge = (t: number) =>
  t < 60 ? 60 : t <= 120 ? 90 : Math.max(60, 90 - (30 * (t - 120)) / 80);

describe('summarizeHeart', () => {
  it('finds the peak and when the heart came back to baseline and stayed', () => {
    const summary = summarizeHeart(samples(0, 300, surge), 60);
    // Smoothed with a centred 10 s median, the jump shows from 60 s; within 3 bpm at 192 s.
    expect(summary).toEqual({
      peakBpm: 90,
      peakAtMs: 60000,
      backToBaselineAtMs: 192000,
      backToBaselineAfterMs: 132000,
      rose: true,
    });
    expect(formatDuration(summary.backToBaselineAfterMs!)).toBe('2 min 12 s');
  });

  it('says not yet when the trace ends before 20 s back near baseline', () => {
    const summary = summarizeHeart(samples(0, 205, surge), 60);
    expect(summary.peakBpm).toBe(90);
    expect(summary.backToBaselineAtMs).toBeNull();
    expect(summary.backToBaselineAfterMs).toBeNull();
  });

  it('does not count a brief return that rises again', () => {
    const twice = (t: number) => (t >= 150 && t < 160 ? 60 : t >= 160 && t < 170 ? 80 : surge(t));
    const summary = summarizeHeart(samples(0, 300, twice), 60);
    expect(summary.backToBaselineAtMs).toBe(192000);
  });

  it('uses 5 % of baseline when that is wider than 3 bpm', () => {
    const summary = summarizeHeart(
      samples(0, 300, (t) => (t < 60 ? 100 : t < 120 ? 130 : 104)),
      100,
    );
    expect(summary.backToBaselineAtMs).toBe(120000);
  });

  it('smooths away a one-second spike and leaves out implausible samples', () => {
    const trace = samples(0, 120, (t) => (t === 30 ? 180 : t === 40 ? 0 : 62));
    const summary = summarizeHeart(trace, 60);
    expect(summary.peakBpm).toBe(62);
    expect(summary.rose).toBe(false);
  });

  it('accepts samples out of order', () => {
    const summary = summarizeHeart(samples(0, 300, surge).reverse(), 60);
    expect(summary.backToBaselineAtMs).toBe(192000);
  });

  it('returns nulls for a trace without plausible samples', () => {
    expect(summarizeHeart([{ tMs: 0, bpm: 0 }], 60)).toEqual({
      peakBpm: null,
      peakAtMs: null,
      backToBaselineAtMs: null,
      backToBaselineAfterMs: null,
      rose: false,
    });
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [40000, '40 s'],
    [59600, '1 min'],
    [160000, '2 min 40 s'],
    [159600, '2 min 40 s'],
    [180000, '3 min'],
    [3600000, '1 h'],
    [3900000, '1 h 5 min'],
  ])('writes %d ms as "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('refuses a negative or non-finite duration', () => {
    expect(() => formatDuration(-1)).toThrow(RangeError);
    expect(() => formatDuration(NaN)).toThrow(RangeError);
  });
});
