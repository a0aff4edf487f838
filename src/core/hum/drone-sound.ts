import { DEFAULT_DRONE_HZ } from './drone-pitch';

/**
 * The hum-along drone as the app plays it (platform/audio/drone.ts) and as the detector's tests
 * synthesise it: a soft root with two quiet partials. The ratios are whole numbers, so every partial
 * repeats with the root's period and consecutive voices stay in phase. Gains are linear.
 */
export const DRONE = {
  rootHz: DEFAULT_DRONE_HZ,
  partials: [
    { ratio: 1, gain: 1 },
    { ratio: 2, gain: 0.35 },
    { ratio: 3, gain: 0.12 },
  ],
  gain: 0.08,
  /** Drone gain during hum phases, so the person's own hum sits on top. */
  duckedGain: 0.055,
} as const;
