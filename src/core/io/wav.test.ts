import { describe, expect, it } from 'vitest';
import { encodeWav, toInt16, WAV_HEADER_BYTES, WavError } from './wav';

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

describe('encodeWav', () => {
  it('writes a 16-bit PCM RIFF header with the right sizes and rates', () => {
    const bytes = encodeWav([new Float32Array(3), new Float32Array(3)], 22050);
    const view = new DataView(bytes.buffer);
    expect(bytes.length).toBe(WAV_HEADER_BYTES + 3 * 2 * 2);
    expect(ascii(bytes, 0, 4)).toBe('RIFF');
    expect(view.getUint32(4, true)).toBe(36 + 12);
    expect(ascii(bytes, 8, 16)).toBe('WAVEfmt ');
    expect(view.getUint32(16, true)).toBe(16);
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(2);
    expect(view.getUint32(24, true)).toBe(22050);
    expect(view.getUint32(28, true)).toBe(22050 * 4);
    expect(view.getUint16(32, true)).toBe(4);
    expect(view.getUint16(34, true)).toBe(16);
    expect(ascii(bytes, 36, 40)).toBe('data');
    expect(view.getUint32(40, true)).toBe(12);
  });

  it('interleaves channels as little-endian samples and clamps out-of-range values', () => {
    const left = new Float32Array([0, 1, -1, 2]);
    const right = new Float32Array([0.5, -0.5, -3, NaN]);
    const bytes = encodeWav([left, right], 8000);
    const view = new DataView(bytes.buffer, WAV_HEADER_BYTES);
    const samples = Array.from({ length: 8 }, (_, i) => view.getInt16(i * 2, true));
    expect(samples).toEqual([0, 16384, 32767, -16384, -32768, -32768, 32767, 0]);
    expect([bytes[WAV_HEADER_BYTES + 2], bytes[WAV_HEADER_BYTES + 3]]).toEqual([0x00, 0x40]);
  });

  it('maps full scale to the 16-bit limits', () => {
    expect(toInt16(1)).toBe(32767);
    expect(toInt16(-1)).toBe(-32768);
    expect(toInt16(0.25)).toBe(8192);
  });

  it('refuses channels of different lengths, no channels, or a bad rate', () => {
    expect(() => encodeWav([new Float32Array(2), new Float32Array(3)], 8000)).toThrow(WavError);
    expect(() => encodeWav([], 8000)).toThrow(WavError);
    expect(() => encodeWav([new Float32Array(2)], 0)).toThrow(WavError);
  });
});
