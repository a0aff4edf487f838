import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeWav, pcm16 } from './wav';
import {
  capRange,
  parseRange,
  rangeBytes,
  segmentsOf,
  segmentCount,
  wavSize,
  type SegmentedWav,
} from './wav-range';

/** A ramp of `frames` samples cut into segments, and the same samples as one encoded file. */
function fixture(frames: number, segmentFrames: number) {
  const samples = Float32Array.from({ length: frames }, (_, i) => Math.sin(i / 7) * 0.8);
  const wav: SegmentedWav = { frames, sampleRate: 24000, segmentFrames };
  const segments = Array.from({ length: segmentCount(wav) }, (_, k) =>
    pcm16(samples.subarray(k * segmentFrames, (k + 1) * segmentFrames)),
  );
  return { wav, segments, whole: encodeWav([samples], 24000) };
}

describe('parseRange', () => {
  it('reads the three forms a media element sends, and the whole file without a header', () => {
    expect(parseRange(null, 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=0-', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=100-199', 1000)).toEqual({ start: 100, end: 199 });
    expect(parseRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-10', 1000)).toEqual({ start: 990, end: 999 });
  });

  it('refuses what cannot be served', () => {
    for (const header of [
      'bytes=1000-',
      'bytes=5-4',
      'bytes=-',
      'bytes=0-1,5-6',
      'items=0-1',
      '',
    ]) {
      expect(parseRange(header, 1000), header).toBeNull();
    }
  });

  it('caps a long range, keeping its start', () => {
    expect(capRange({ start: 10, end: 999 }, 100)).toEqual({ start: 10, end: 109 });
    expect(capRange({ start: 10, end: 50 }, 100)).toEqual({ start: 10, end: 50 });
  });
});

describe('rangeBytes', () => {
  it('puts together exactly the bytes of the whole file for any range, across segment seams', () => {
    const { wav, segments, whole } = fixture(1000, 96);
    expect(wavSize(wav)).toBe(whole.length);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: whole.length - 1 }),
        fc.integer({ min: 1, max: 700 }),
        (start, span) => {
          const range = { start, end: Math.min(whole.length - 1, start + span - 1) };
          const needed = segmentsOf(wav, range);
          const bytes = rangeBytes(wav, range, (k) => {
            expect(needed).toContain(k);
            return segments[k]!;
          });
          expect(bytes).toEqual(whole.subarray(range.start, range.end + 1));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('needs no segment for the header alone, and only the segments a range reaches', () => {
    const { wav } = fixture(1000, 100);
    expect(segmentsOf(wav, { start: 0, end: 43 })).toEqual([]);
    expect(segmentsOf(wav, { start: 0, end: 44 })).toEqual([0]);
    // Segment 1 holds bytes 44 + 200 … 44 + 399.
    expect(segmentsOf(wav, { start: 243, end: 244 })).toEqual([0, 1]);
    expect(segmentsOf(wav, { start: 244, end: 2043 })).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
