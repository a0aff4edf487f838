// Writes the WAV that Chromium's fake microphone plays (`--use-file-for-fake-audio-capture`; it
// loops). Made with Node at test-config load rather than sox, which CI machines may not have.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The scene: quiet room, a hum, quiet room (s, Hz, 16-bit mono). Mirrored in hum-listener.browser.test.ts. */
export const FAKE_MIC_SCENE = {
  sampleRate: 48000,
  leadS: 2,
  humS: 3,
  tailS: 2,
  humHz: 150,
  humAmplitude: 0.25,
  /** Room noise amplitude (uniform), about −70 dBFS. */
  noiseAmplitude: 0.0005,
};

/** Relative amplitudes of a hummed voice's partials (strong fundamental, fast decay). */
const PARTIALS = [1, 0.5, 0.25, 0.12, 0.06];

/**
 * The scene's samples. The hum is voice-like (5 Hz ±20 cent vibrato, −3 cents/s drift, ±0.5 dB
 * shimmer, 80 ms ramps): a perfectly steady tone is what the detector takes for a machine.
 */
export function fakeMicSamples(scene = FAKE_MIC_SCENE) {
  const { sampleRate, leadS, humS, tailS, humHz, humAmplitude, noiseAmplitude } = scene;
  const samples = new Float32Array(Math.round((leadS + humS + tailS) * sampleRate));
  const rampS = 0.08;
  const norm = PARTIALS.reduce((a, b) => a + b, 0);
  const start = Math.round(leadS * sampleRate);
  const length = Math.round(humS * sampleRate);
  let seed = 12345;
  let phase = 0;
  for (let i = 0; i < samples.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    samples[i] = noiseAmplitude * (seed / 2 ** 31 - 1);
    const n = i - start;
    if (n < 0 || n >= length) continue;
    const t = n / sampleRate;
    const cents = -3 * t + 20 * Math.sin(2 * Math.PI * 5 * t);
    phase += (2 * Math.PI * humHz * 2 ** (cents / 1200)) / sampleRate;
    const shimmerDb = 0.3 * Math.sin(2 * Math.PI * 1.7 * t) + 0.2 * Math.sin(2 * Math.PI * 3.1 * t);
    const envelope =
      Math.max(0, Math.min(1, t / rampS, (humS - t) / rampS)) *
      humAmplitude *
      10 ** (shimmerDb / 20);
    let sum = 0;
    PARTIALS.forEach((a, k) => (sum += a * Math.sin((k + 1) * phase)));
    samples[i] += (envelope * sum) / norm;
  }
  return samples;
}

/** 16-bit PCM mono WAV bytes of `samples`. */
export function wavBytes(samples, sampleRate) {
  const bytes = Buffer.alloc(44 + samples.length * 2);
  bytes.write('RIFF', 0, 'ascii');
  bytes.writeUInt32LE(36 + samples.length * 2, 4);
  bytes.write('WAVEfmt ', 8, 'ascii');
  bytes.writeUInt32LE(16, 16);
  bytes.writeUInt16LE(1, 20);
  bytes.writeUInt16LE(1, 22);
  bytes.writeUInt32LE(sampleRate, 24);
  bytes.writeUInt32LE(sampleRate * 2, 28);
  bytes.writeUInt16LE(2, 32);
  bytes.writeUInt16LE(16, 34);
  bytes.write('data', 36, 'ascii');
  bytes.writeUInt32LE(samples.length * 2, 40);
  samples.forEach((s, i) => {
    const c = Math.max(-1, Math.min(1, s));
    bytes.writeInt16LE(Math.round(c < 0 ? c * 0x8000 : c * 0x7fff), 44 + i * 2);
  });
  return bytes;
}

/** Writes the scene to `path` (directories made as needed) and returns `path`. */
export function writeFakeMicWav(path) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, wavBytes(fakeMicSamples(), FAKE_MIC_SCENE.sampleRate));
  return path;
}
