import { describe, expect, it } from 'vitest';
import { detectHum, HumTracker, measureAmbientDb } from './hum';
import { threeHums, totalS } from './testing/scenes';
import { addDrone, APP_DRONE } from './testing/signals';

const SR = 48000;

describe('HumTracker', () => {
  it('agrees exactly with detectHum when fed in 128-sample worklet quanta', () => {
    const { samples } = threeHums(SR, 150, { seed: 8 });
    const ambientDb = measureAmbientDb(samples.subarray(0, SR), SR);
    const tracker = new HumTracker(SR, { ambientDb });
    let heard = 0;
    for (let i = 0; i < samples.length; i += 128) {
      tracker.push(samples.subarray(i, i + 128));
      heard = Math.max(heard, tracker.openHumS);
    }
    const live = tracker.finish().segments;
    expect(live).toEqual(detectHum(samples, SR, { ambientDb }));
    expect(heard).toBeGreaterThan(5.5);
  });

  it('hears hums over the declared drone live, with no ambient level given, within 0.6 s', () => {
    const { samples, hums } = threeHums(SR, 196, { seed: 9, snrDb: 20 });
    addDrone(samples, SR);
    const tracker = new HumTracker(SR, { drone: { hz: APP_DRONE.rootHz } });
    let worstLagS = 0;
    const voicedS: number[] = [];
    for (let i = 0; i < samples.length; i += 480) {
      const frames = tracker.push(samples.subarray(i, i + 480));
      const last = frames.at(-1);
      if (last) worstLagS = Math.max(worstLagS, (i + 480) / SR - last.tS);
      for (const f of frames) if (f.voiced) voicedS.push(f.tS);
    }
    const segments = tracker.finish().segments;
    expect(worstLagS).toBeLessThan(0.6);
    expect(Math.abs(totalS(segments) - totalS(hums)) / totalS(hums)).toBeLessThan(0.05);
    // Every voiced verdict falls inside a true hum.
    for (const tS of voicedS) expect(hums.some((h) => tS > h.startS && tS < h.endS)).toBe(true);
  });
});
