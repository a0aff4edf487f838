import { AmbientEstimator } from './ambient';
import { HumDecider } from './decider';
import { FrameReader } from './frame-reader';
import type { HumOptions } from './options';
import { median } from './robust';
import type { HumSegment } from './segmenter';

export type { HumFrame } from './decider';
export type { DroneInfo, HumOptions, HumThresholds } from './options';
export { DEFAULT_HUM_THRESHOLDS } from './options';
export type { HumPoint, HumSegment } from './segmenter';
export { HumTracker } from './hum-tracker';
export { type ExhaleWindow, type HumScore, type HumSteadinessWords, scoreHum } from './score';

/**
 * Finds the hums in a mono recording (samples in −1..1). With no `ambientDb` the ambient level is
 * estimated from the recording's quietest unpitched frames. Runs the same frames and verdicts as a
 * `HumTracker` fed the same samples with the same ambient level.
 */
export function detectHum(
  samples: Float32Array,
  sampleRate: number,
  options: HumOptions = {},
): HumSegment[] {
  const reader = new FrameReader(sampleRate, options.drone?.hz);
  const timed = reader.read(samples);
  const readings = timed.map((r) => r.reading);
  let ambientDb = options.ambientDb;
  if (ambientDb === undefined) {
    const estimator = new AmbientEstimator();
    for (const r of readings) estimator.push(r);
    ambientDb = estimator.estimateDb();
  }
  const decider = new HumDecider(reader.hopSize / sampleRate, reader.firstFrameS, {
    ...options,
    ambientDb,
  });
  for (const r of timed) decider.push(r.reading, r.tS);
  return [...decider.finish().segments];
}

/** The ambient band loudness (dBFS, as `HumOptions.ambientDb`) of a recording made before the
 * practice: the median frame loudness, so a cough or a click does not raise it. */
export function measureAmbientDb(samples: Float32Array, sampleRate: number): number {
  return median(new FrameReader(sampleRate).push(samples).map((r) => r.db));
}
