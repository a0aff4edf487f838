import { describe, expect, it } from 'vitest';
import { DEFAULT_DRONE_HZ, DRONE_RANGE_HZ, droneRootFor } from './drone-pitch';
import { detectHum } from './hum';
import { addDrone, addHum } from './testing/signals';

describe('drone pitch', () => {
  it('keeps the usual drone for someone with no hums yet', () => {
    expect(droneRootFor(null)).toBe(DEFAULT_DRONE_HZ);
    expect(droneRootFor(Number.NaN)).toBe(DEFAULT_DRONE_HZ);
    expect(droneRootFor(5000)).toBe(DEFAULT_DRONE_HZ);
  });

  it('sits a fourth (plus whole octaves) below the usual hum, inside its range', () => {
    for (const hum of [75, 85, 110, 131, 150, 196, 220, 262, 330, 440]) {
      const root = droneRootFor(hum);
      expect(root).toBeGreaterThanOrEqual(DRONE_RANGE_HZ.min);
      expect(root).toBeLessThan(DRONE_RANGE_HZ.max);
      const octaves = Math.log2(hum / root / (4 / 3));
      expect(Math.abs(octaves - Math.round(octaves))).toBeLessThan(0.001);
      expect(Math.round(octaves)).toBeGreaterThanOrEqual(0);
    }
  });

  it('lets hums at the usual pitch be heard in full over the drone tuned for them', () => {
    const sampleRate = 16000;
    for (const humHz of [80, 110, 150, 220, 330]) {
      const samples = new Float32Array(sampleRate * 8);
      const droneHz = droneRootFor(humHz);
      addDrone(samples, sampleRate, { rootHz: droneHz });
      addHum(samples, sampleRate, { hz: humHz, startS: 1, durationS: 5 });
      const heard = detectHum(samples, sampleRate, { drone: { hz: droneHz } });
      const seconds = heard.reduce((sum, s) => sum + s.endS - s.startS, 0);
      expect(seconds, `${String(humHz)} Hz over ${String(droneHz)} Hz`).toBeGreaterThan(4.75);
      expect(seconds).toBeLessThan(5.25);
    }
  });
});
