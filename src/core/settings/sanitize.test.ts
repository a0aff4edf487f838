import { describe, expect, it } from 'vitest';
import { sanitizeSettings } from './sanitize';
import { DEFAULT_SETTINGS } from './settings';

const custom = (over: Record<string, unknown> = {}) => ({
  slug: 'evening',
  name: 'Evening',
  pattern: { inhaleS: 4, topUpS: 0, holdInS: 2, exhaleS: 6, holdOutS: 0 },
  minutes: 3,
  ...over,
});

describe('sanitizeSettings', () => {
  it('gives the defaults for anything that is not an object', () => {
    for (const raw of [undefined, null, 42, 'x', [], true]) {
      expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid settings as they are', () => {
    const settings = {
      voice: false,
      deviceVoice: true,
      vibration: false,
      volume: 0.3,
      theme: 'airy',
      timings: { 'five-breaths': { breaths: 7, pattern: { inhaleS: 5, exhaleS: 7 } } },
      customPatterns: [custom()],
      strap: 'simulated',
      simulatedStress: true,
      humListen: true,
    };
    expect(sanitizeSettings(settings)).toEqual(settings);
  });

  it('listens for humming only when the person said so', () => {
    expect(DEFAULT_SETTINGS.humListen).toBe(false);
    expect(sanitizeSettings({ humListen: true }).humListen).toBe(true);
    for (const humListen of ['yes', 1, null]) {
      expect(sanitizeSettings({ humListen }).humListen).toBe(false);
    }
  });

  it('falls back field by field when types are wrong', () => {
    expect(
      sanitizeSettings({ voice: 'yes', vibration: false, volume: '1', theme: 'loud' }),
    ).toEqual({ ...DEFAULT_SETTINGS, vibration: false });
  });

  it('keeps a known strap choice and falls back to no strap for anything else', () => {
    expect(sanitizeSettings({ strap: 'bluetooth' }).strap).toBe('bluetooth');
    for (const strap of ['polar', 1, null, true]) {
      expect(sanitizeSettings({ strap, simulatedStress: true })).toEqual({
        ...DEFAULT_SETTINGS,
        simulatedStress: true,
      });
    }
    expect(sanitizeSettings({ simulatedStress: 'yes' }).simulatedStress).toBe(false);
  });

  it('clamps volume into 0..1 and ignores non-finite volume', () => {
    expect(sanitizeSettings({ volume: 3 }).volume).toBe(1);
    expect(sanitizeSettings({ volume: -1 }).volume).toBe(0);
    expect(sanitizeSettings({ volume: Number.NaN }).volume).toBe(DEFAULT_SETTINGS.volume);
  });

  it('drops unknown keys, unknown practices and __proto__', () => {
    const raw = JSON.parse(
      '{"voice":false,"extra":1,"__proto__":{"vibration":false,"polluted":true},' +
        '"timings":{"__proto__":{"breaths":4},"nope":{"breaths":4},"box":{"minutes":3,"x":1}}}',
    ) as unknown;
    const settings = sanitizeSettings(raw);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      voice: false,
      timings: { box: { minutes: 3 } },
    });
    expect(Object.keys(settings)).not.toContain('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(settings.timings)).toBe(Object.prototype);
  });

  it('never reads settings through the prototype', () => {
    const raw = Object.create({ voice: false }) as object;
    expect(sanitizeSettings(raw).voice).toBe(true);
  });

  it('clamps practice lengths into their range and needs whole breaths', () => {
    const { timings } = sanitizeSettings({
      timings: {
        'five-breaths': { breaths: 99 },
        '4-7-8': { breaths: 2.5 },
        resonance: { minutes: 0.5 },
      },
    });
    expect(timings).toEqual({ 'five-breaths': { breaths: 12 }, resonance: { minutes: 2 } });
  });

  it('drops a timing pattern that cannot be breathed', () => {
    const { timings } = sanitizeSettings({
      timings: {
        'five-breaths': { pattern: { inhaleS: 0.2 } },
        box: { pattern: { holdInS: 'x' } },
      },
    });
    expect(timings).toEqual({});
  });

  it('validates custom patterns with validatePattern and drops the ones that fail', () => {
    const { customPatterns } = sanitizeSettings({
      customPatterns: [
        custom(),
        custom({ slug: 'a', pattern: { inhaleS: 0.5, exhaleS: 4 } }),
        custom({ slug: 'b', pattern: { inhaleS: 4, exhaleS: 61 } }),
        custom({ slug: 'c', name: '   ' }),
        custom({ slug: 'd', minutes: 'ten' }),
        'not a pattern',
      ],
    });
    expect(customPatterns).toEqual([custom()]);
  });

  it('fills in missing phases with 0 and cleans the name', () => {
    const { customPatterns } = sanitizeSettings({
      customPatterns: [
        { slug: 'x', name: '  Slow   and low ', pattern: { inhaleS: 3, exhaleS: 5 }, minutes: 90 },
      ],
    });
    expect(customPatterns).toEqual([
      {
        slug: 'x',
        name: 'Slow and low',
        pattern: { inhaleS: 3, topUpS: 0, holdInS: 0, exhaleS: 5, holdOutS: 0 },
        minutes: 60,
      },
    ]);
  });

  it('gives custom patterns unique, well-formed slugs', () => {
    const { customPatterns } = sanitizeSettings({
      customPatterns: [custom(), custom(), custom({ slug: '<b>Bad</b>', name: 'Night time' })],
    });
    expect(customPatterns.map((p) => p.slug)).toEqual(['evening', 'evening-2', 'night-time']);
  });
});
