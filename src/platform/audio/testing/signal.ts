/** Test helpers that measure rendered audio: filters, onsets, zero-crossing rate. */

/** Filter mono `samples` through `stages` cascaded biquads of `type` at `cutoffHz` (offline). */
export async function biquad(
  samples: Float32Array,
  sampleRate: number,
  type: BiquadFilterType,
  cutoffHz: number,
  stages = 4,
): Promise<Float32Array> {
  const context = new OfflineAudioContext(1, samples.length, sampleRate);
  const buffer = context.createBuffer(1, samples.length, sampleRate);
  buffer.getChannelData(0).set(samples);
  const source = context.createBufferSource();
  source.buffer = buffer;
  let node: AudioNode = source;
  for (let i = 0; i < stages; i++) {
    const filter = context.createBiquadFilter();
    filter.type = type;
    filter.frequency.value = cutoffHz;
    filter.Q.value = 0;
    node = node.connect(filter);
  }
  node.connect(context.destination);
  source.start(0);
  const rendered = await context.startRendering();
  return rendered.getChannelData(0);
}

/** Options of `detectOnsets`; times in seconds, thresholds as fractions. */
export interface OnsetOptions {
  /** A new onset is looked for once the band has been quiet this long. */
  readonly refractoryS?: number;
  /** Detection level, as a fraction of the loudest sample of the band. */
  readonly detectFraction?: number;
  /** The onset is where the band first exceeds this fraction of its local peak. */
  readonly onsetFraction?: number;
}

/**
 * Onset times (s) in a high-passed signal `band`: each rise above `detectFraction` of the global
 * peak, placed back at the first sample above `onsetFraction` of the peak within 5 ms after it.
 */
export function detectOnsets(
  band: Float32Array,
  sampleRate: number,
  options: OnsetOptions = {},
): number[] {
  const refractory = Math.round((options.refractoryS ?? 0.15) * sampleRate);
  const detectFraction = options.detectFraction ?? 0.2;
  const onsetFraction = options.onsetFraction ?? 0.05;
  let globalPeak = 0;
  for (const x of band) globalPeak = Math.max(globalPeak, Math.abs(x));
  const detect = globalPeak * detectFraction;
  const lookBack = Math.round(0.004 * sampleRate);
  const lookAhead = Math.round(0.005 * sampleRate);
  const onsets: number[] = [];
  let i = 0;
  while (i < band.length) {
    if (Math.abs(band[i] ?? 0) < detect) {
      i++;
      continue;
    }
    let localPeak = 0;
    for (let k = i; k < Math.min(band.length, i + lookAhead); k++) {
      localPeak = Math.max(localPeak, Math.abs(band[k] ?? 0));
    }
    let j = Math.max(0, i - lookBack);
    while (j < i && Math.abs(band[j] ?? 0) < localPeak * onsetFraction) j++;
    onsets.push(j / sampleRate);
    i += refractory;
    let quiet = 0;
    while (i < band.length && quiet < refractory) {
      quiet = Math.abs(band[i] ?? 0) < detect * 0.5 ? quiet + 1 : 0;
      i++;
    }
  }
  return onsets;
}

/** For each expected time, the signed error (s) to the nearest detected onset. */
export function onsetErrors(detected: readonly number[], expected: readonly number[]): number[] {
  return expected.map((t) => {
    let best = Infinity;
    for (const d of detected) if (Math.abs(d - t) < Math.abs(best)) best = d - t;
    return best;
  });
}

/** Zero crossings per second of `samples` between `fromS` and `toS`. */
export function zeroCrossingRate(
  samples: Float32Array,
  sampleRate: number,
  fromS: number,
  toS: number,
): number {
  const from = Math.round(fromS * sampleRate);
  const to = Math.min(samples.length, Math.round(toS * sampleRate));
  let crossings = 0;
  for (let i = from + 1; i < to; i++) {
    if ((samples[i - 1] ?? 0) < 0 !== (samples[i] ?? 0) < 0) crossings++;
  }
  return crossings / ((to - from) / sampleRate);
}

/** RMS of mono `samples` in windows of `windowS` every `hopS` seconds; window k starts at k·hopS. */
export function windowedRms(
  samples: Float32Array,
  sampleRate: number,
  windowS = 0.01,
  hopS = 0.0025,
): Float32Array {
  const window = Math.round(windowS * sampleRate);
  const hop = Math.round(hopS * sampleRate);
  const count = Math.max(0, Math.floor((samples.length - window) / hop) + 1);
  const out = new Float32Array(count);
  for (let k = 0; k < count; k++) {
    let sum = 0;
    for (let i = k * hop; i < k * hop + window; i++) sum += (samples[i] ?? 0) ** 2;
    out[k] = Math.sqrt(sum / window);
  }
  return out;
}

/** How far (dB, negative) a sound's 10 ms RMS drops below both its levels around one change. */
export interface ChangeDip {
  readonly atS: number;
  readonly dipDb: number;
}

/**
 * The dip of a continuous sound at each of `changesS`: the quietest 10 ms window from just before
 * the change to `settleS` after it, in dB against the quieter of the levels before (50–10 ms
 * ahead) and after (`settleS` to `settleS` + 50 ms). A crossfade that hands over cleanly stays
 * near 0 even where the level steps down; one that cancels drops far below both.
 */
export function dipsAtChanges(
  samples: Float32Array,
  sampleRate: number,
  changesS: readonly number[],
  settleS = 0.1,
): ChangeDip[] {
  const hopS = 0.0025;
  const windowS = 0.01;
  const rms = windowedRms(samples, sampleRate, windowS, hopS);
  // The window starting at t covers [t, t + 10 ms]; index by its centre.
  const at = (s: number) => Math.round((s - windowS / 2) / hopS);
  const mean = (fromS: number, toS: number) => {
    let sum = 0;
    let n = 0;
    for (let k = Math.max(0, at(fromS)); k <= Math.min(rms.length - 1, at(toS)); k++) {
      sum += rms[k] ?? 0;
      n++;
    }
    return n ? sum / n : 0;
  };
  return changesS.map((atS) => {
    const reference = Math.min(
      mean(atS - 0.05, atS - 0.01),
      mean(atS + settleS, atS + settleS + 0.05),
    );
    let quietest = Infinity;
    for (
      let k = Math.max(0, at(atS - 0.01));
      k <= Math.min(rms.length - 1, at(atS + settleS));
      k++
    ) {
      quietest = Math.min(quietest, rms[k] ?? 0);
    }
    return { atS, dipDb: Math.min(0, 20 * Math.log10(quietest / reference)) };
  });
}
