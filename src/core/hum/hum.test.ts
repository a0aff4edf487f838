import { describe, expect, it } from 'vitest';
import { detectHum } from './hum';
import { threeHums, totalS } from './testing/scenes';

const SR = 48000;

describe('detectHum on three hums in white noise at 10 dB SNR', () => {
  for (const hz of [80, 110, 150, 220, 330]) {
    it(`finds the hums at ${hz} Hz within 5 % of their time and 150 ms of their edges`, () => {
      const { samples, hums } = threeHums(SR, hz, { seed: hz });
      const segments = detectHum(samples, SR);
      expect(Math.abs(totalS(segments) - totalS(hums)) / totalS(hums)).toBeLessThan(0.05);
      expect(segments).toHaveLength(3);
      segments.forEach((s, i) => {
        expect(Math.abs(s.startS - (hums[i]?.startS ?? NaN))).toBeLessThan(0.15);
        expect(Math.abs(s.endS - (hums[i]?.endS ?? NaN))).toBeLessThan(0.15);
        expect(Math.abs(1200 * Math.log2(s.medianHz / hz))).toBeLessThan(30);
      });
    });
  }

  for (const [sampleRate, hz] of [
    [16000, 150],
    [44100, 110],
  ] as const) {
    it(`works at ${sampleRate / 1000} kHz`, () => {
      const { samples, hums } = threeHums(sampleRate, hz, { seed: 5 });
      const segments = detectHum(samples, sampleRate);
      expect(Math.abs(totalS(segments) - totalS(hums)) / totalS(hums)).toBeLessThan(0.05);
      expect(segments).toHaveLength(3);
    });
  }
});
