import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HeartSample } from '../../core/session/record';
import { decodeChunks, encodeChunk } from './heart-chunks';

const sampleArb = fc.record({
  tS: fc.integer({ min: 0, max: 360_000_00 }).map((cs) => cs / 100),
  bpm: fc.integer({ min: 1, max: 65535 }),
  level: fc.integer({ min: 0, max: 100 }),
});
/** RR as the decoder makes it: raw 1/1024 s units times 1000/1024. */
const strapRrArb = fc.integer({ min: 0, max: 65535 }).map((raw) => raw * (1000 / 1024));

describe('heart chunks', () => {
  it('give back 0.01 s times, bpm, level and strap RR exactly', () => {
    fc.assert(
      fc.property(
        fc.array(sampleArb, { maxLength: 50 }),
        fc.array(strapRrArb, { maxLength: 50 }),
        fc.array(sampleArb, { maxLength: 50 }),
        (samples, rrMs, more) => {
          const first = encodeChunk('s', 0, { samples, rrMs });
          const second = encodeChunk('s', 1, { samples: more, rrMs: [] });
          const chunks = [first, second].filter((c) => c !== null);
          expect(decodeChunks(chunks)).toEqual({ samples: [...samples, ...more], rrMs });
        },
      ),
    );
  });

  it('store columns as typed arrays, not one object per beat', () => {
    const chunk = encodeChunk('s', 3, {
      samples: [
        { tS: 1.01, bpm: 80, level: 12 },
        { tS: 2.02, bpm: 81, level: 13 },
      ],
      rrMs: [750, 1000],
    });
    expect(chunk).toEqual({
      sessionId: 's',
      seq: 3,
      tCs: Uint32Array.of(101, 202),
      bpm: Uint16Array.of(80, 81),
      level: Uint8Array.of(12, 13),
      rr: Uint16Array.of(768, 1024),
    });
  });

  it('make no chunk when nothing is new', () => {
    expect(encodeChunk('s', 0, { samples: [], rrMs: [] })).toBeNull();
  });

  it('round times to 0.01 s and clamp what a column cannot hold', () => {
    const samples: HeartSample[] = [{ tS: 1.234, bpm: 70000, level: 140 }];
    const chunk = encodeChunk('s', 0, { samples, rrMs: [-5, 80_000] });
    expect(decodeChunks(chunk ? [chunk] : [])).toEqual({
      samples: [{ tS: 1.23, bpm: 65535, level: 100 }],
      rrMs: [0, (65535 * 1000) / 1024],
    });
  });
});
