import { seededRandom } from '../../random/seeded-random';
import { DRONE } from '../drone-sound';

/** One synthetic hum: where it sits (s), its pitch and level. */
export interface HumSpec {
  readonly startS: number;
  /** From the start of the attack to the end of the release. */
  readonly durationS: number;
  readonly hz: number;
  /** Peak amplitude of the summed partials' envelope (linear, full scale 1). */
  readonly amplitude?: number;
  /** Vibrato: rate (Hz) and depth (± cents). Default 5 Hz, ±20 cents. */
  readonly vibratoHz?: number;
  readonly vibratoCents?: number;
  /** Slow drift over the hum (cents per second). Default −3. */
  readonly driftCentsPerS?: number;
  /** Soft attack and release (s). Default 0.08. */
  readonly rampS?: number;
}

/** Relative amplitudes of a hummed voice's partials (nasal murmur: strong fundamental, fast decay). */
const HUM_PARTIALS = [1, 0.5, 0.25, 0.12, 0.06] as const;

/** Samples between updates of the slow controls (pitch, shimmer): 1.3 ms at 48 kHz. */
const ENVELOPE_STEP = 64;

/** Σ a_k sin(kφ) over HUM_PARTIALS, by the Chebyshev recurrence sin(kφ) = 2cosφ·sin((k−1)φ) − sin((k−2)φ). */
function harmonicSum(phase: number): number {
  const twoCos = 2 * Math.cos(phase);
  let previous = 0;
  let current = Math.sin(phase);
  let sum = 0;
  for (const a of HUM_PARTIALS) {
    sum += a * current;
    const next = twoCos * current - previous;
    previous = current;
    current = next;
  }
  return sum;
}

/** Adds one hum (fundamental plus decaying harmonics, vibrato, drift, shimmer) into `out`. */
export function addHum(out: Float32Array, sampleRate: number, spec: HumSpec, seed = 1): void {
  const random = seededRandom(seed);
  const amplitude = spec.amplitude ?? 0.1;
  const vibratoHz = spec.vibratoHz ?? 5;
  const vibratoCents = spec.vibratoCents ?? 20;
  const drift = spec.driftCentsPerS ?? -3;
  const rampS = spec.rampS ?? 0.08;
  const norm = HUM_PARTIALS.reduce((a, b) => a + b, 0);
  const vibratoPhase = random() * 2 * Math.PI;
  // Shimmer: a slow random loudness wander of about ±0.5 dB, as a real voice has.
  const shimmerPhases = [random(), random(), random()].map((r) => r * 2 * Math.PI);
  const first = Math.max(0, Math.round(spec.startS * sampleRate));
  const last = Math.min(out.length, Math.round((spec.startS + spec.durationS) * sampleRate));
  let step = 0;
  let phase = 0;
  let env = 0;
  for (let n = first; n < last; n++) {
    const t = (n - first) / sampleRate;
    if ((n - first) % ENVELOPE_STEP === 0) {
      const centsNow =
        drift * t + vibratoCents * Math.sin(2 * Math.PI * vibratoHz * t + vibratoPhase);
      step = (2 * Math.PI * spec.hz * 2 ** (centsNow / 1200)) / sampleRate;
      const shimmerDb =
        0.3 * Math.sin(2 * Math.PI * 1.7 * t + (shimmerPhases[0] ?? 0)) +
        0.2 * Math.sin(2 * Math.PI * 3.1 * t + (shimmerPhases[1] ?? 0)) +
        0.15 * Math.sin(2 * Math.PI * 7.3 * t + (shimmerPhases[2] ?? 0));
      env = (amplitude * 10 ** (shimmerDb / 20)) / norm;
    }
    phase += step;
    const ramp = Math.max(0, Math.min(1, t / rampS, (spec.durationS - t) / rampS));
    out[n] = (out[n] ?? 0) + ramp * env * harmonicSum(phase);
  }
}

/** RMS amplitude of a hum spec's steady part, as `addHum` renders it (for setting an SNR). */
export function humRms(amplitude: number): number {
  const norm = HUM_PARTIALS.reduce((a, b) => a + b, 0);
  return (amplitude / norm) * Math.sqrt(HUM_PARTIALS.reduce((a, b) => a + b * b, 0) / 2);
}

/** Adds Gaussian white noise of the given RMS amplitude into `out`. */
export function addWhiteNoise(out: Float32Array, rms: number, seed = 7): void {
  const random = seededRandom(seed);
  for (let n = 0; n < out.length; n += 2) {
    // Box–Muller: two normals per pair of uniforms.
    const r = Math.sqrt(-2 * Math.log(1 - random())) * rms;
    const a = 2 * Math.PI * random();
    out[n] = (out[n] ?? 0) + r * Math.cos(a);
    if (n + 1 < out.length) out[n + 1] = (out[n + 1] ?? 0) + r * Math.sin(a);
  }
}

/** The app's drone, exactly as platform/audio/drone.ts plays it. */
export const APP_DRONE = DRONE;

/**
 * Adds the app's drone over [0, durationS): a 1 s fade-in, then alternating breathe-in phases at
 * full gain and hum phases at ducked gain (`inS`/`humS` long) joined by 0.3 s linear crossfades.
 * `levelScale` scales the whole drone (its level at the microphone).
 */
export function addDrone(
  out: Float32Array,
  sampleRate: number,
  {
    rootHz = APP_DRONE.rootHz,
    inS = 4,
    humS = 7,
    levelScale = 1,
    duckedGain = APP_DRONE.duckedGain,
  }: {
    rootHz?: number;
    inS?: number;
    humS?: number;
    levelScale?: number;
    duckedGain?: number;
  } = {},
): void {
  const cycle = inS + humS;
  const gainAt = (t: number): number => {
    const inCycle = t % cycle;
    const inHum = inCycle >= inS;
    const target = inHum ? duckedGain : APP_DRONE.gain;
    const sinceChange = inHum ? inCycle - inS : inCycle;
    const previous = inHum ? APP_DRONE.gain : duckedGain;
    const fade = t < cycle ? Math.min(1, t / 1) : 1;
    const mixed =
      t >= inS && sinceChange < 0.3 ? previous + ((target - previous) * sinceChange) / 0.3 : target;
    return (t < inS ? APP_DRONE.gain * fade : mixed) * levelScale;
  };
  for (let n = 0; n < out.length; n++) {
    const t = n / sampleRate;
    let sum = 0;
    for (const p of APP_DRONE.partials)
      sum += p.gain * Math.sin(2 * Math.PI * rootHz * p.ratio * t);
    out[n] = (out[n] ?? 0) + gainAt(t) * sum;
  }
}

/**
 * Adds speech-like syllables: voiced bursts of 120–200 ms with pitch glides of up to ±4 semitones,
 * separated by 60–250 ms gaps, between `startS` and `endS`. Returns the total burst time (s).
 */
export function addSpeech(
  out: Float32Array,
  sampleRate: number,
  { startS = 0, endS = 10, amplitude = 0.1, seed = 3 } = {},
): number {
  const random = seededRandom(seed);
  let t = startS;
  let total = 0;
  while (t < endS) {
    const durationS = 0.12 + 0.08 * random();
    const startHz = 100 + 150 * random();
    const glideCents = (random() * 2 - 1) * 400;
    const first = Math.round(t * sampleRate);
    const last = Math.min(out.length, Math.round((t + durationS) * sampleRate));
    let phase = 0;
    for (let n = first; n < last; n++) {
      const u = (n - first) / (last - first);
      phase += (2 * Math.PI * startHz * 2 ** ((glideCents * u) / 1200)) / sampleRate;
      const env = Math.sin(Math.PI * u) * amplitude;
      out[n] = (out[n] ?? 0) + env * harmonicSum(phase) * 0.5;
    }
    total += (last - first) / sampleRate;
    t += durationS + 0.06 + 0.19 * random();
  }
  return total;
}
