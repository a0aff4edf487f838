import { describe, expect, it } from 'vitest';
import { HopAnalyser } from './hop-analysis';
import { FrameHopCutter, type TimedFrame } from './frame-hops';

const SR = 48000;
const HOP = 512;

/** A frame of `length` samples at sample position `at`, each sample its own position + 1. */
function frame(at: number, length: number, sampleRate = SR): TimedFrame {
  return {
    timestamp: 5_000_000 + (at * 1e6) / sampleRate,
    numberOfFrames: length,
    sampleRate,
    samples: Float32Array.from({ length }, (_, i) => at + i + 1),
  };
}

const cutAll = (cutter: FrameHopCutter, frames: readonly TimedFrame[]) => [
  ...frames.flatMap((f) => cutter.push(f)),
  ...cutter.flush(),
];

describe('FrameHopCutter (AudioData → hops on the capture clock)', () => {
  it('cuts back-to-back frames of odd sizes into whole hops, startFrame counted from the first', () => {
    const sizes = [441, 333, 1000, 7, 512, 300];
    let at = 0;
    const frames = sizes.map((n) => {
      const f = frame(at, n);
      at += n;
      return f;
    });
    const hops = cutAll(new FrameHopCutter(HOP), frames);
    expect(hops.map((h) => h.startFrame)).toEqual([0, 512, 1024, 1536, 2048, 2560]);
    expect(hops.map((h) => h.samples.length)).toEqual([512, 512, 512, 512, 512, 33]);
    const all = hops.flatMap((h) => [...h.samples]);
    expect(all).toEqual(Array.from({ length: at }, (_, i) => i + 1));
  });

  it('posts the hop in progress short at a timestamp gap and starts the next past the hole', () => {
    const cutter = new FrameHopCutter(HOP);
    const hops = cutAll(cutter, [frame(0, 480), frame(480, 480), frame(2000, 480)]);
    expect(hops.map((h) => [h.startFrame, h.samples.length])).toEqual([
      [0, 512],
      [512, 448],
      [2000, 480],
    ]);
    expect(hops[2]?.samples[0]).toBe(2001);
    expect(cutter.stats).toEqual({ frames: 1440, gapFrames: 1040, overlapFrames: 0, rebases: 0 });
  });

  it('trims an overlap so no sample position is heard twice', () => {
    const cutter = new FrameHopCutter(HOP);
    const hops = cutAll(cutter, [frame(0, 480), frame(400, 480), frame(880, 100), frame(850, 20)]);
    expect(hops.map((h) => [h.startFrame, h.samples.length])).toEqual([
      [0, 512],
      [512, 468],
    ]);
    expect([...hops[0]!.samples, ...hops[1]!.samples]).toEqual(
      Array.from({ length: 980 }, (_, i) => i + 1),
    );
    expect(cutter.stats.overlapFrames).toBe(80 + 20);
  });

  it('takes timestamps within the tolerance as back to back (capture jitter)', () => {
    const cutter = new FrameHopCutter(HOP, 24);
    const hops = cutAll(cutter, [frame(0, 480), frame(490, 480), frame(950, 480)]);
    expect(hops.map((h) => [h.startFrame, h.samples.length])).toEqual([
      [0, 512],
      [512, 512],
      [1024, 416],
    ]);
    expect(cutter.stats).toEqual({ frames: 1440, gapFrames: 0, overlapFrames: 0, rebases: 0 });
  });

  it('takes a jump back beyond the rebase limit as a new timestamp base, not an overlap', () => {
    const cutter = new FrameHopCutter(HOP, 0, 4800);
    const late = frame(0, 480);
    const hops = cutAll(cutter, [
      { ...late, timestamp: late.timestamp + 3e6 },
      frame(0, 480),
      frame(480, 480),
      frame(1000, 40),
    ]);
    expect(hops.map((h) => [h.startFrame, h.samples.length])).toEqual([
      [0, 512],
      [512, 512],
      [1024, 416],
      [1480, 40],
    ]);
    expect(cutter.stats).toEqual({ frames: 1480, gapFrames: 40, overlapFrames: 0, rebases: 1 });
  });

  it('rounds timestamps to samples at the frames’ own rate (44.1 kHz)', () => {
    const hops = cutAll(new FrameHopCutter(HOP), [frame(0, 441, 44100), frame(441, 441, 44100)]);
    expect(hops.map((h) => [h.startFrame, h.samples.length])).toEqual([
      [0, 512],
      [512, 370],
    ]);
  });

  it('a gap reaches the hum tracker as unheard, not as silence', () => {
    const cutter = new FrameHopCutter(HOP);
    const analyser = new HopAnalyser(SR);
    const hops = cutAll(cutter, [frame(0, 4800), frame(4800 + 9600, 4800)]);
    const analysed = hops.map((h) => analyser.push(h));
    expect(analysed.at(-1)?.unheardS).toBeCloseTo(0.2, 9);
    // After the hole: nine whole hops from 14 400, then the last 192 samples.
    expect(analysed.at(-1)?.startS).toBeCloseTo((14400 + 9 * 512) / SR, 9);
  });
});
