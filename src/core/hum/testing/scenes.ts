import { addHum, addWhiteNoise, humRms } from './signals';

/** Where the hums of a scene really are (s). */
export interface TrueHum {
  readonly startS: number;
  readonly endS: number;
}

/** A scene of three hums (4, 5 and 6 s, 3 s apart, 1.5 s of lead-in and tail) at `hz`, with white
 * noise `snrDb` below the hums' RMS. */
export function threeHums(
  sampleRate: number,
  hz: number,
  { snrDb = 10, amplitude = 0.1, seed = 1 } = {},
): { samples: Float32Array; hums: TrueHum[] } {
  const hums: TrueHum[] = [];
  let t = 1.5;
  for (const durationS of [4, 5, 6]) {
    hums.push({ startS: t, endS: t + durationS });
    t += durationS + 3;
  }
  const samples = new Float32Array(Math.round((t - 3 + 1.5) * sampleRate));
  hums.forEach((h, i) => {
    addHum(
      samples,
      sampleRate,
      { startS: h.startS, durationS: h.endS - h.startS, hz, amplitude },
      seed + i,
    );
  });
  addWhiteNoise(samples, humRms(amplitude) / 10 ** (snrDb / 20), seed + 10);
  return { samples, hums };
}

/** Seconds covered by `segments`. */
export function totalS(segments: readonly { startS: number; endS: number }[]): number {
  return segments.reduce((sum, s) => sum + s.endS - s.startS, 0);
}
