/**
 * Loudness of mono audio as ITU-R BS.1770-4 / EBU R 128 measure it: K-weighting (the two filters,
 * with coefficients derived for any sample rate as libebur128 does), 400 ms blocks overlapping by
 * 75 %, and for integrated loudness the absolute (−70 LUFS) and relative (−10 LU) gates.
 */

/** One biquad, b0 b1 b2 a1 a2 (a0 = 1). */
type Biquad = readonly [number, number, number, number, number];

function kWeighting(sampleRate: number): readonly Biquad[] {
  // Stage 1: the head's high shelf (+4 dB above about 1.7 kHz).
  let f0 = 1681.974450955533;
  const gainDb = 3.999843853973347;
  let q = 0.7071752369554196;
  let k = Math.tan((Math.PI * f0) / sampleRate);
  const vh = 10 ** (gainDb / 20);
  const vb = vh ** 0.4996667741545416;
  let a0 = 1 + k / q + k * k;
  const shelf: Biquad = [
    (vh + (vb * k) / q + k * k) / a0,
    (2 * (k * k - vh)) / a0,
    (vh - (vb * k) / q + k * k) / a0,
    (2 * (k * k - 1)) / a0,
    (1 - k / q + k * k) / a0,
  ];
  // Stage 2: the RLB high-pass at about 38 Hz.
  f0 = 38.13547087602444;
  q = 0.5003270373238773;
  k = Math.tan((Math.PI * f0) / sampleRate);
  a0 = 1 + k / q + k * k;
  const highPass: Biquad = [1, -2, 1, (2 * (k * k - 1)) / a0, (1 - k / q + k * k) / a0];
  return [shelf, highPass];
}

/** `samples` through the K-weighting filters. */
export function kWeighted(samples: Float32Array, sampleRate: number): Float64Array {
  const out = Float64Array.from(samples);
  for (const [b0, b1, b2, a1, a2] of kWeighting(sampleRate)) {
    let x1 = 0;
    let x2 = 0;
    let y1 = 0;
    let y2 = 0;
    for (let i = 0; i < out.length; i++) {
      const x = out[i] ?? 0;
      const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
      x2 = x1;
      x1 = x;
      y2 = y1;
      y1 = y;
      out[i] = y;
    }
  }
  return out;
}

const lufs = (meanSquare: number) => -0.691 + 10 * Math.log10(meanSquare);

/** Mean squares of the 400 ms blocks (every 100 ms) of K-weighted samples in [from, to). */
function blockPowers(weighted: Float64Array, sampleRate: number, from = 0, to = weighted.length) {
  const block = Math.round(0.4 * sampleRate);
  const hop = Math.round(0.1 * sampleRate);
  const powers: number[] = [];
  for (let start = from; start + block <= to; start += hop) {
    let sum = 0;
    for (let i = start; i < start + block; i++) sum += (weighted[i] ?? 0) ** 2;
    powers.push(sum / block);
  }
  return powers;
}

/** Integrated loudness (LUFS) of mono `samples`; -Infinity for silence. */
export function integratedLoudness(samples: Float32Array, sampleRate: number): number {
  const powers = blockPowers(kWeighted(samples, sampleRate), sampleRate);
  const loud = powers.filter((p) => lufs(p) > -70);
  if (loud.length === 0) return -Infinity;
  const relativeGate = lufs(loud.reduce((a, b) => a + b, 0) / loud.length) - 10;
  const gated = loud.filter((p) => lufs(p) > relativeGate);
  return lufs(gated.reduce((a, b) => a + b, 0) / gated.length);
}

/**
 * Loudness (LUFS, ungated) of the K-weighted signal `weighted` between `fromS` and `toS`: what a
 * listener hears over one short span, such as a spoken line.
 */
export function spanLoudness(
  weighted: Float64Array,
  sampleRate: number,
  fromS: number,
  toS: number,
): number {
  const from = Math.max(0, Math.round(fromS * sampleRate));
  const to = Math.min(weighted.length, Math.round(toS * sampleRate));
  let sum = 0;
  for (let i = from; i < to; i++) sum += (weighted[i] ?? 0) ** 2;
  return to > from ? lufs(sum / (to - from)) : -Infinity;
}

/** Highest absolute sample, in dBFS. */
export function samplePeakDb(samples: Float32Array): number {
  let peak = 0;
  for (const x of samples) peak = Math.max(peak, Math.abs(x));
  return 20 * Math.log10(peak);
}

/** Oversampling and filter length of the true-peak meter (BS.1770-4 Annex 2 asks for at least 4×). */
const TP_FACTOR = 4;
const TP_TAPS_PER_PHASE = 12;

/**
 * True peak (dBTP) of mono `samples`: the highest absolute value of the signal interpolated 4× with
 * a Hann-windowed sinc, so peaks between samples count.
 */
export function truePeakDb(samples: Float32Array): number {
  const half = TP_TAPS_PER_PHASE / 2;
  // phases[p][j]: weight of sample n + j - half + 1 for the point n + p / TP_FACTOR.
  const phases: Float64Array[] = [];
  for (let p = 0; p < TP_FACTOR; p++) {
    const taps = new Float64Array(TP_TAPS_PER_PHASE);
    for (let j = 0; j < TP_TAPS_PER_PHASE; j++) {
      const t = j - half + 1 - p / TP_FACTOR;
      const sinc = t === 0 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
      const window = 0.5 + 0.5 * Math.cos((Math.PI * t) / (half + 1));
      taps[j] = sinc * window;
    }
    phases.push(taps);
  }
  let peak = 0;
  for (let n = 0; n < samples.length; n++) {
    peak = Math.max(peak, Math.abs(samples[n] ?? 0));
    for (let p = 1; p < TP_FACTOR; p++) {
      const taps = phases[p] ?? new Float64Array();
      let sum = 0;
      for (let j = 0; j < TP_TAPS_PER_PHASE; j++)
        sum += (taps[j] ?? 0) * (samples[n + j - half + 1] ?? 0);
      peak = Math.max(peak, Math.abs(sum));
    }
  }
  return 20 * Math.log10(peak);
}
