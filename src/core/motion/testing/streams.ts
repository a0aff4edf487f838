import { seededRandom } from '../../random/seeded-random';
import type { MotionSample, OrientationSample } from '../types';

/** How a synthetic phone behaves for a stretch of time. */
export type Pose = 'table-up' | 'table-down' | 'hand';

/** Noise (m/s², standard deviation per axis) for each pose: table noise vs hand tremor and drift. */
const NOISE: Record<Pose, number> = { 'table-up': 0.012, 'table-down': 0.012, hand: 0.15 };

/**
 * Acceleration-including-gravity samples from `fromMs` for `durationMs` in `pose`, at about
 * `rateHz` with jittered gaps (irregular, like real events), repeatable by `seed`.
 */
export function motionStream(
  pose: Pose,
  fromMs: number,
  durationMs: number,
  options: { rateHz?: number; seed?: number; jitter?: number } = {},
): MotionSample[] {
  const random = seededRandom(options.seed ?? 1);
  const gauss = () => (random() + random() + random() + random() - 2) * Math.sqrt(3);
  const stepMs = 1000 / (options.rateHz ?? 60);
  const jitter = options.jitter ?? 0.5;
  const noise = NOISE[pose];
  const samples: MotionSample[] = [];
  for (
    let t = fromMs;
    t < fromMs + durationMs;
    t += stepMs * (1 - jitter / 2 + random() * jitter)
  ) {
    const tilt = pose === 'hand' ? Math.sin(t / 700) * 0.4 : 0;
    const g = pose === 'table-down' ? -9.81 : pose === 'hand' ? 6.9 : 9.81;
    samples.push({
      tMs: t,
      x: tilt + noise * gauss(),
      y: (pose === 'hand' ? 6.9 : 0) + noise * gauss(),
      z: g + noise * gauss(),
    });
  }
  return samples;
}

/** Orientation readings every `stepMs` for a pose (face down: beta about 180). */
export function orientationStream(
  pose: Pose,
  fromMs: number,
  durationMs: number,
  stepMs = 50,
): OrientationSample[] {
  const samples: OrientationSample[] = [];
  for (let t = fromMs; t < fromMs + durationMs; t += stepMs) {
    const beta = pose === 'table-down' ? 178 : pose === 'hand' ? 45 : 2;
    samples.push({ tMs: t, beta, gamma: pose === 'hand' ? 8 : 1 });
  }
  return samples;
}
