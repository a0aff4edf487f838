import type { DroneInfo, HumThresholds } from './options';
import { cents, median, robustSd } from './robust';

/** A frame as the steadiness judge sees it. */
export interface SteadyPoint {
  readonly hz: number;
  readonly db: number;
}

/** Blocks a steadiness window is cut into; block medians average frame noise away. */
const BLOCKS = 5;

function blockMedians(values: readonly number[]): number[] {
  const size = values.length / BLOCKS;
  return Array.from({ length: BLOCKS }, (_, b) =>
    median(values.slice(Math.round(b * size), Math.round((b + 1) * size))),
  );
}

function secondDifferences(values: readonly number[]): number[] {
  return values.slice(2).map((v, i) => Math.abs(v - 2 * (values[i + 1] ?? v) + (values[i] ?? v)));
}

function sd(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(
    values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / Math.max(1, values.length - 1),
  );
}

/**
 * How a run of pitched frames moves once frame noise is averaged away (medians of 5 blocks): the
 * SD of the block pitches (cents), and the median size of the blocks' loudness second differences
 * (dB, or amplitude relative to its median, whichever is smaller), so a gain ramp, even one with
 * a corner, still counts as steady. A synthetic tone scores
 * near 0 on both; a voice wanders.
 */
export function steadiness(points: readonly SteadyPoint[]): {
  pitchSdCents: number;
  flutterDb: number;
} {
  const ref = points[0]?.hz ?? 1;
  const pitch = blockMedians(points.map((p) => cents(p.hz, ref)));
  const db = blockMedians(points.map((p) => p.db));
  const amplitude = db.map((d) => 10 ** (d / 20));
  // The app's gain ramps are linear in amplitude, its fade-out linear in dB: accept either.
  const flutterDb = Math.min(
    median(secondDifferences(db)),
    (20 / Math.LN10) * (median(secondDifferences(amplitude)) / median(amplitude)),
  );
  return { pitchSdCents: sd(pitch), flutterDb };
}

/** True when `hz` lies within `toleranceCents` of the drone's root times one of `ratios` (by
 * default the root and the octave either side). */
export function nearDrone(
  hz: number,
  drone: DroneInfo,
  toleranceCents: number,
  ratios: readonly number[] = [0.5, 1, 2],
): boolean {
  return ratios.some((k) => Math.abs(cents(hz, drone.hz * k)) <= toleranceCents);
}

/**
 * Whether a window of pitched frames is a synthetic tone rather than a voice: any tone as steady as
 * `machinePitchSdCents`/`machineFlutterDb`, or any of the `drones` (known, or learned from earlier
 * machine windows) when every frame sits at its pitch with a frame-level pitch spread (robust SD)
 * under `dronePitchSdCents`, or no louder than its measured level at the microphone.
 */
export function isMachineTone(
  points: readonly SteadyPoint[],
  drones: readonly DroneInfo[],
  t: HumThresholds,
): boolean {
  const { pitchSdCents, flutterDb } = steadiness(points);
  if (pitchSdCents < t.machinePitchSdCents && flutterDb < t.machineFlutterDb) return true;
  return drones.some((drone) => {
    if (!points.every((p) => nearDrone(p.hz, drone, t.droneCents))) return false;
    if (drone.dbAtMic !== undefined && points.every((p) => p.db <= (drone.dbAtMic ?? 0) + 3))
      return true;
    return robustSd(points.map((p) => cents(p.hz, drone.hz))) < t.dronePitchSdCents;
  });
}
