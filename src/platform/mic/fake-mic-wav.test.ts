import { describe, expect, it } from 'vitest';
import { detectHum } from '../../core/hum/hum';
import { FAKE_MIC_SCENE, fakeMicSamples, wavBytes } from './testing/fake-mic-wav.mjs';

describe("the fake microphone's file", () => {
  it('holds one hum where the scene says, which the detector hears at 150 Hz', () => {
    const { sampleRate, leadS, humS, humHz } = FAKE_MIC_SCENE;
    const segments = detectHum(fakeMicSamples(), sampleRate);
    expect(segments).toHaveLength(1);
    const [hum] = segments;
    expect(hum!.startS).toBeCloseTo(leadS, 1);
    expect(hum!.endS - hum!.startS).toBeGreaterThan(humS - 0.15);
    expect(hum!.endS - hum!.startS).toBeLessThan(humS + 0.05);
    expect(hum!.medianHz).toBeGreaterThan(humHz - 2);
    expect(hum!.medianHz).toBeLessThan(humHz + 2);
  });

  it('is a 16-bit mono PCM WAV at the scene rate', () => {
    const samples = fakeMicSamples();
    const bytes = wavBytes(samples, FAKE_MIC_SCENE.sampleRate);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('RIFF');
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(FAKE_MIC_SCENE.sampleRate);
    expect(view.getUint16(34, true)).toBe(16);
    expect(view.getUint32(40, true)).toBe(samples.length * 2);
  });
});
