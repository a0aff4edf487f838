import { describe, expect, it } from 'vitest';
import { detectHum } from './hum';
import { threeHums, totalS } from './testing/scenes';
import { addDrone, addSpeech, addWhiteNoise, APP_DRONE, humRms } from './testing/signals';

const SR = 48000;

describe('detectHum never hears a hum in', () => {
  it('silence', () => {
    expect(detectHum(new Float32Array(SR * 5), SR)).toEqual([]);
  });

  it('white noise at any level, with or without a measured ambient level', () => {
    for (const rms of [0.0003, 0.01, 0.3]) {
      const noise = new Float32Array(SR * 4);
      addWhiteNoise(noise, rms, Math.round(rms * 1e4));
      expect(totalS(detectHum(noise, SR))).toBe(0);
      // A quiet room measured first, then the noise: loud, but never pitched.
      expect(totalS(detectHum(noise, SR, { ambientDb: -100 }))).toBe(0);
    }
  });

  it('the app drone alone, clean or in noise, known or not', () => {
    const clean = new Float32Array(SR * 11.5);
    addDrone(clean, SR);
    const noisy = clean.slice();
    addWhiteNoise(noisy, (APP_DRONE.duckedGain * 0.75) / Math.sqrt(10), 9);
    for (const samples of [clean, noisy]) {
      expect(totalS(detectHum(samples, SR))).toBe(0);
      expect(totalS(detectHum(samples, SR, { drone: { hz: APP_DRONE.rootHz } }))).toBe(0);
    }
  });
});

describe('speech-like bursts', () => {
  it('count for less than 10 % of their time, and never as one hum over 400 ms', () => {
    const samples = new Float32Array(SR * 12);
    const burstS = addSpeech(samples, SR, { startS: 1, endS: 11, seed: 4 });
    addWhiteNoise(samples, 0.002, 5);
    const segments = detectHum(samples, SR);
    expect(totalS(segments)).toBeLessThan(0.1 * burstS);
    for (const s of segments) expect(s.endS - s.startS).toBeLessThan(0.4);
  });
});

describe('a hum over the app drone', () => {
  /** Three hums at `hz` (30 dB SNR) with the app's drone `droneBelowDb` below them at the mic. */
  function overDrone(hz: number, droneBelowDb: number) {
    const amplitude = 0.1;
    const scene = threeHums(SR, hz, { amplitude, seed: 21, snrDb: 30 });
    // The drone's RMS during hum phases: ducked gain × RMS of its partials.
    const droneRms = APP_DRONE.duckedGain * Math.sqrt((1 + 0.35 ** 2 + 0.12 ** 2) / 2);
    const scale = (humRms(amplitude) / droneRms) * 10 ** (-droneBelowDb / 20);
    addDrone(scene.samples, SR, { levelScale: scale });
    return scene;
  }
  const drone = { hz: APP_DRONE.rootHz };

  for (const [hz, droneBelowDb] of [
    [220, -6],
    [98, 6],
  ] as const) {
    it(`counts a ${hz} Hz hum with the known drone ${Math.abs(droneBelowDb)} dB ${droneBelowDb > 0 ? 'below' : 'above'} it`, () => {
      const { samples, hums } = overDrone(hz, droneBelowDb);
      const segments = detectHum(samples, SR, { drone });
      expect(Math.abs(totalS(segments) - totalS(hums)) / totalS(hums)).toBeLessThan(0.05);
    });
  }

  it('counts a hum over an undeclared drone 20 dB below it', () => {
    const { samples, hums } = overDrone(196, 20);
    expect(Math.abs(totalS(detectHum(samples, SR)) - totalS(hums)) / totalS(hums)).toBeLessThan(
      0.05,
    );
  });

  it('does not count a hum within 40 cents of the known drone (its limit)', () => {
    const { samples } = overDrone(APP_DRONE.rootHz * 2 ** (15 / 1200), 6);
    expect(totalS(detectHum(samples, SR, { drone }))).toBeLessThan(1);
  });
});
