import { describe, expect, it } from 'vitest';
import { DEFAULT_DRONE_HZ } from '../../core/hum/drone-pitch';
import { droneHzFor, usualHumHz } from './hum-pitch';
import { humSession } from '../testing/hum-sessions';

const hum = (medianHz: number | null) => ({
  medianHz,
});

describe('usual hum pitch', () => {
  it('is the median of earlier hums, each session once, ignoring sessions without a hum', () => {
    expect(usualHumHz([])).toBeNull();
    const records = [
      { id: 'a', hum: hum(140) },
      { id: 'b', hum: hum(null) },
      { id: 'c' },
      { id: 'd', hum: hum(160) },
      { id: 'a', hum: hum(140) },
      { id: 'e', hum: hum(300) },
    ];
    expect(usualHumHz(records)).toBe(160);
  });

  it('tunes the drone a fourth below it, or keeps C3 without one', () => {
    expect(droneHzFor([])).toBe(DEFAULT_DRONE_HZ);
    expect(droneHzFor([{ id: 'a', hum: hum(160) }])).toBe(120);
  });
});

describe('the drone of a Hum reset', () => {
  it('plays at the tuned root and the listener is told that pitch, not the usual one', async () => {
    const { createFakeServices } = await import('../testing/fake-services');
    const fakes = createFakeServices();
    const earlier = humSession('earlier', 160);
    // What the practice's screen does before the tap, then the tap.
    const droneHz = droneHzFor([earlier]);
    const coach = fakes.services.launcher.start('hum-reset', { droneHz });
    expect(fakes.player.options?.droneHz).toBe(120);
    expect(coach.guidance.droneHz).toBe(120);
    // Tuning is for practices with a drone only.
    fakes.services.launcher.start('box', { droneHz });
    expect(fakes.player.options?.droneHz).toBeUndefined();
  });
});
