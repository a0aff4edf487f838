import { PitchDetector } from 'pitchy';

/** One analysed frame: pitch (Hz, 0 when none), McLeod clarity (0..1), band loudness (dBFS). */
export interface FrameReading {
  readonly hz: number;
  readonly clarity: number;
  readonly db: number;
}

/** The quietest loudness reported (dBFS), for digital silence. */
export const FLOOR_DB = -140;

/**
 * Window and hop (samples) for a sample rate: the smallest power of two spanning at least 2.5
 * periods of 60 Hz (2048 at 44.1/48 kHz, 1024 at 16 kHz), hopped by a quarter window.
 */
export function frameSizes(sampleRate: number): { windowSize: number; hopSize: number } {
  const minimum = (sampleRate * 2.5) / 60;
  let windowSize = 256;
  while (windowSize < minimum) windowSize *= 2;
  return { windowSize, hopSize: windowSize / 4 };
}

/** RMS loudness of `window` in dBFS (full scale = amplitude 1), never below FLOOR_DB. */
export function loudnessDb(window: Float32Array): number {
  let sum = 0;
  for (const x of window) sum += x * x;
  const rms = Math.sqrt(sum / Math.max(1, window.length));
  return rms > 0 ? Math.max(FLOOR_DB, 20 * Math.log10(rms)) : FLOOR_DB;
}

/**
 * Returns a function reading pitch (McLeod pitch method via pitchy), clarity and loudness from one
 * band-filtered window of exactly `frameSizes(sampleRate).windowSize` samples.
 */
export function createFrameAnalyser(sampleRate: number): (window: Float32Array) => FrameReading {
  const { windowSize } = frameSizes(sampleRate);
  const detector = PitchDetector.forFloat32Array(windowSize);
  // Loudness gating is ours (relative to the ambient level), so pitchy must not gate.
  detector.minVolumeAbsolute = 0;
  return (window) => {
    if (window.length !== windowSize) {
      throw new RangeError(`A hum frame must hold ${windowSize} samples, not ${window.length}.`);
    }
    const db = loudnessDb(window);
    if (db <= FLOOR_DB) return { hz: 0, clarity: 0, db };
    const [hz, clarity] = detector.findPitch(window, sampleRate);
    return Number.isFinite(hz) && Number.isFinite(clarity)
      ? { hz, clarity, db }
      : { hz: 0, clarity: 0, db };
  };
}
