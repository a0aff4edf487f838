import { describe, expect, it } from 'vitest';
import { integratedLoudness, samplePeakDb, spanLoudness, kWeighted, truePeakDb } from './loudness';

const RATE = 48000;

function sine(
  hz: number,
  amplitude: number,
  seconds: number,
  rate = RATE,
  phase = 0,
): Float32Array {
  const out = new Float32Array(Math.round(seconds * rate));
  for (let i = 0; i < out.length; i++)
    out[i] = amplitude * Math.sin((2 * Math.PI * hz * i) / rate + phase);
  return out;
}

describe('loudness (BS.1770)', () => {
  it('reads a full-scale 1 kHz sine in one channel as −3.01 LUFS, at 48 and 16 kHz', () => {
    expect(integratedLoudness(sine(1000, 1, 5), RATE)).toBeCloseTo(-3.01, 1);
    expect(integratedLoudness(sine(1000, 1, 5, 16000), 16000)).toBeCloseTo(-3.01, 1);
  });

  it('follows the level: 20 dB quieter reads 20 LU lower', () => {
    const loud = integratedLoudness(sine(500, 0.5, 4), RATE);
    const quiet = integratedLoudness(sine(500, 0.05, 4), RATE);
    expect(loud - quiet).toBeCloseTo(20, 2);
  });

  it('gates out silence: a tone with as much silence reads as the tone alone', () => {
    const tone = sine(1000, 0.3, 4);
    const withSilence = new Float32Array(tone.length * 2);
    withSilence.set(tone);
    // Blocks straddling the end of the tone pass the gate at a lower level, as BS.1770 has it.
    expect(integratedLoudness(withSilence, RATE)).toBeCloseTo(integratedLoudness(tone, RATE), 0);
    expect(integratedLoudness(new Float32Array(RATE), RATE)).toBe(-Infinity);
  });

  it('weights lows down: 30 Hz reads far quieter than 1 kHz at the same level', () => {
    const low = integratedLoudness(sine(30, 0.5, 4), RATE);
    const mid = integratedLoudness(sine(1000, 0.5, 4), RATE);
    expect(mid - low).toBeGreaterThan(3);
  });

  it('measures a span of a signal on its own', () => {
    const signal = new Float32Array(RATE * 4);
    signal.set(sine(1000, 1, 1), RATE * 2);
    const weighted = kWeighted(signal, RATE);
    expect(spanLoudness(weighted, RATE, 2, 3)).toBeCloseTo(-3.01, 1);
    expect(spanLoudness(weighted, RATE, 0, 1.5)).toBe(-Infinity);
  });

  it('finds a peak between samples: a quarter-rate sine sampled off its crests', () => {
    // Sampled at ±0.707 of its true amplitude: sample peak −3 dB, true peak 0 dB.
    const tone = sine(RATE / 4, 1, 0.1, RATE, Math.PI / 4);
    expect(samplePeakDb(tone)).toBeCloseTo(-3.01, 1);
    expect(truePeakDb(tone)).toBeGreaterThan(-0.5);
    expect(truePeakDb(tone)).toBeLessThan(0.5);
  });
});
