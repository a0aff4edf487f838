import { describe, expect, it } from 'vitest';
import { parseHeartRateMeasurement } from '../../core/heart/measurement';
import { encodeHeartRateMeasurement } from './measurement-encoder';

const hex = (view: DataView) =>
  [...new Uint8Array(view.buffer)].map((b) => b.toString(16).padStart(2, '0')).join(' ');

describe('encodeHeartRateMeasurement', () => {
  it('writes the spec layout a strap sends', () => {
    const packet = encodeHeartRateMeasurement({
      bpm: 75,
      contact: 'detected',
      energyKj: null,
      rrMs: [(0x0349 * 1000) / 1024, (0x0358 * 1000) / 1024],
    });
    expect(hex(packet)).toBe('16 4b 49 03 58 03');
  });

  it('uses uint16 for rates over 255 and carries energy', () => {
    const packet = encodeHeartRateMeasurement({
      bpm: 300,
      contact: 'lost',
      energyKj: 2000,
      rrMs: [1000],
    });
    expect(parseHeartRateMeasurement(packet)).toEqual({
      bpm: 300,
      contact: 'lost',
      energyKj: 2000,
      rrMs: [1000],
    });
  });

  it('rounds RR to 1/1024 s, within half a unit', () => {
    const rrMs = [812.3, 999.9, 1234.5];
    const decoded = parseHeartRateMeasurement(
      encodeHeartRateMeasurement({ bpm: 70, contact: 'unsupported', energyKj: null, rrMs }),
    );
    decoded.rrMs.forEach((rr, i) => {
      expect(Math.abs(rr - rrMs[i]!)).toBeLessThanOrEqual(0.49);
    });
  });
});
