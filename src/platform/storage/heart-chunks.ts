import type { HeartAppend } from '../../app/ports/session-store';
import type { HeartSample } from '../../core/session/record';
import type { HeartChunk } from './schema';

const CS_PER_S = 100;
const RR_UNITS_PER_MS = 1.024;

/**
 * One chunk of heart data, or null when there is nothing to store. Times are kept to 0.01 s, RR to
 * the strap's 1/1024 s grid (exact for strap data); values out of a column's range are clamped.
 */
export function encodeChunk(
  sessionId: string,
  seq: number,
  append: HeartAppend,
): HeartChunk | null {
  const { samples, rrMs } = append;
  if (samples.length === 0 && rrMs.length === 0) return null;
  return {
    sessionId,
    seq,
    tCs: Uint32Array.from(samples, (s) => clampInt(s.tS * CS_PER_S, 0xffff_ffff)),
    bpm: Uint16Array.from(samples, (s) => clampInt(s.bpm, 0xffff)),
    level: Uint8Array.from(samples, (s) => clampInt(s.level, 100)),
    rr: Uint16Array.from(rrMs, (ms) => clampInt(ms * RR_UNITS_PER_MS, 0xffff)),
  };
}

/** The samples and RR intervals (ms) of `chunks`, which must be in `seq` order. */
export function decodeChunks(chunks: readonly HeartChunk[]): HeartAppend {
  const samples: HeartSample[] = [];
  const rrMs: number[] = [];
  for (const chunk of chunks) {
    chunk.tCs.forEach((tCs, i) => {
      samples.push({ tS: tCs / CS_PER_S, bpm: chunk.bpm[i] ?? 0, level: chunk.level[i] ?? 0 });
    });
    for (const units of chunk.rr) rrMs.push((units * 1000) / 1024);
  }
  return { samples, rrMs };
}

function clampInt(value: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(0, Math.round(value))) : 0;
}
