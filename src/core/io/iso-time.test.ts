import { describe, expect, it } from 'vitest';
import { isValidIsoTime } from './iso-time';

describe('isValidIsoTime', () => {
  it('accepts what toISOString writes, offsets and other fraction lengths', () => {
    for (const at of [
      new Date(Date.UTC(2026, 10, 27, 9, 30)).toISOString(),
      '2026-11-27T10:30:00+01:00',
      '2026-11-27T10:30:00-05:30',
      '2026-11-27T10:30:00Z',
      '2026-11-27T10:30:00.5Z',
      '2024-02-29T00:00:00.000Z',
      '2000-02-29T00:00:00.000Z',
    ]) {
      expect(isValidIsoTime(at), at).toBe(true);
    }
  });

  it('refuses days, hours and zones that do not exist', () => {
    for (const at of [
      '2026-02-29T00:00:00.000Z',
      '1900-02-29T00:00:00.000Z',
      '2026-04-31T00:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-00-01T00:00:00.000Z',
      '2026-11-27T24:00:00.000Z',
      '2026-11-27T10:60:00.000Z',
      '2026-11-27T10:00:60.000Z',
      '2026-11-27T10:00:00+24:00',
    ]) {
      expect(isValidIsoTime(at), at).toBe(false);
    }
  });

  it('refuses other date formats', () => {
    for (const at of [
      '2026-11-27',
      '2026-11-27T10:00:00',
      '2026-11-27 10:00:00Z',
      '27/11/2026',
      'NaN',
      '',
      ' 2026-11-27T10:00:00Z',
    ]) {
      expect(isValidIsoTime(at), at).toBe(false);
    }
  });
});
