import type { PhaseCue, PhaseKind } from '../../core/breathing/types';
import { seededRandom } from '../../core/random/seeded-random';
import { type AudioFactory, disposeOnEnded } from './audio-factory';
import type { ThemeSound } from './theme';

/** Seconds over which one phase's sound hands over to the next (a crossfade). */
const EASE_S = 0.08;
/** Low-pass stages in series (12 dB/octave each), keeping the bed far below the onset band. */
const FILTER_STAGES = 3;
/** Seconds of looped noise for the air layer. */
const NOISE_S = 2;
/** Holds are softer and darker than moving breath. */
const HOLD_GAIN = 0.55;
const HOLD_CUTOFF = 0.75;
/** Hummed exhales leave room for the person's own hum. */
const HUM_GAIN = 0.6;

/** Seed of the air layer's noise, the same in every render so voices can line up on it. */
const NOISE_SEED = 0x5eed;

/**
 * The breath sound: its pitch, brightness and loudness follow lung fill, so it rises through an
 * inhale (and a little more on a top-up), stays soft on a hold and falls on an exhale.
 *
 * Each phase gets its own short-lived voice that crossfades into the next. A single long-lived set
 * of nodes would pile every phase's automation onto the same AudioParams, and Chromium walks that
 * timeline on every render quantum: a 30-minute offline render then takes quadratic time.
 *
 * A crossfade between two voices of the same pitch cancels where they are out of phase (measured:
 * drops of up to 20 dB for 40 ms). So every voice follows one imagined oscillator gliding through
 * the whole plan from plan time 0: it starts just early enough to reach that oscillator's phase
 * when its phase begins, and its air noise reads the same looped buffer at the plan time. The
 * voices then hold the same wave through the crossfade, in live playback and in separately
 * rendered chunks alike.
 */
export class BreathBed {
  readonly #factory: AudioFactory;
  readonly #output: AudioNode;
  readonly #theme: ThemeSound;
  #noise: AudioBuffer | null = null;

  constructor(factory: AudioFactory, output: AudioNode, theme: ThemeSound) {
    this.#factory = factory;
    this.#output = output;
    this.#theme = theme;
  }

  /**
   * Sound one phase from `atTime` (absolute context seconds) for `cue.durationS`; `cycles` is the
   * plan's oscillator phase at the start (bedCycles). Settles are silent.
   */
  phase(cue: PhaseCue, atTime: number, cycles: number): void {
    if (cue.kind === 'settle') return;
    const factory = this.#factory;
    const endAt = atTime + cue.durationS;
    const easedAt = atTime + Math.min(EASE_S, cue.durationS / 2);
    const fromHz = bedPitchHz(this.#theme, cue.fromLevel);
    // Started this early at fromHz, the oscillator reaches the plan's phase at atTime.
    const leadS = (cycles - Math.floor(cycles)) / fromHz;
    const startAt = atTime - leadS;

    const gain = factory.createGain();
    gain.gain.value = 0;
    gain.gain.setValueAtTime(0, atTime);
    gain.gain.linearRampToValueAtTime(phaseGain(this.#theme, cue.fromLevel, cue.kind), easedAt);
    gain.gain.linearRampToValueAtTime(phaseGain(this.#theme, cue.toLevel, cue.kind), endAt);
    gain.gain.linearRampToValueAtTime(0, endAt + EASE_S);
    gain.connect(this.#output);

    let chainIn: AudioNode = gain;
    const filters: BiquadFilterNode[] = [];
    for (let i = 0; i < FILTER_STAGES; i++) {
      const filter = factory.createBiquadFilter();
      filter.type = 'lowpass';
      filter.Q.value = 0;
      // Coefficients once per render quantum (2.9 ms at 44.1 kHz): inaudible for a slow sweep.
      filter.frequency.automationRate = 'k-rate';
      glide(
        filter.frequency,
        cutoffHz(this.#theme, cue.fromLevel, cue.kind),
        cutoffHz(this.#theme, cue.toLevel, cue.kind),
        atTime,
        endAt,
      );
      filter.connect(chainIn);
      filters.push(filter);
      chainIn = filter;
    }

    const osc = factory.createOscillator();
    osc.type = this.#theme.bedWave;
    glide(osc.frequency, fromHz, bedPitchHz(this.#theme, cue.toLevel), atTime, endAt);
    osc.connect(chainIn);
    const stopAt = endAt + EASE_S + 0.01;
    osc.start(startAt);
    osc.stop(stopAt);
    const extra: AudioNode[] = [];
    if (this.#theme.airGain > 0) {
      const noise = factory.createBufferSource();
      noise.buffer = this.#noiseBuffer();
      noise.loop = true;
      const air = factory.createGain();
      air.gain.value = this.#theme.airGain;
      noise.connect(air).connect(chainIn);
      // At plan time t the noise reads the buffer at t, as every other voice does.
      noise.start(startAt, modulo(cue.atS - leadS, NOISE_S));
      noise.stop(stopAt);
      extra.push(noise, air);
    }
    disposeOnEnded(osc, ...extra, ...filters, gain);
  }

  #noiseBuffer(): AudioBuffer {
    if (!this.#noise) {
      const { sampleRate } = this.#factory;
      const length = Math.round(NOISE_S * sampleRate);
      this.#noise = this.#factory.createBuffer(1, length, sampleRate);
      const data = this.#noise.getChannelData(0);
      const random = seededRandom(NOISE_SEED);
      for (let i = 0; i < length; i++) data[i] = random() * 2 - 1;
    }
    return this.#noise;
  }
}

/** The breath sound's gain at lung fill `level` in a phase of `kind` (0 in a settle). */
function phaseGain(theme: ThemeSound, level: number, kind: PhaseKind): number {
  if (kind === 'settle') return 0;
  const gain = theme.bedGainEmpty + (theme.bedGainFull - theme.bedGainEmpty) * level;
  if (kind === 'hold') return gain * HOLD_GAIN;
  if (kind === 'hum') return gain * HUM_GAIN;
  return gain;
}

/**
 * The breath sound's planned level at plan time `atS` (crossfades aside), as a gain on its
 * fundamental: the phase's gain times the low-pass stages' response there (each stage is resonant,
 * Q = 0 dB, so a fundamental just under the cutoff is lifted). 0 between phases.
 */
export function bedLevelAt(theme: ThemeSound, phases: readonly PhaseCue[], atS: number): number {
  const cue = phases.find((c) => c.atS <= atS && atS < c.atS + c.durationS);
  if (!cue || cue.kind === 'settle') return 0;
  const level = cue.fromLevel + ((cue.toLevel - cue.fromLevel) * (atS - cue.atS)) / cue.durationS;
  const x = bedPitchHz(theme, level) / cutoffHz(theme, level, cue.kind);
  // A second-order low-pass with Q = 1 at x = f / cutoff.
  const stage = 1 / Math.sqrt((1 - x * x) ** 2 + x * x);
  return phaseGain(theme, level, cue.kind) * stage ** FILTER_STAGES;
}

function cutoffHz(theme: ThemeSound, level: number, kind: PhaseKind): number {
  const hz = theme.cutoffEmptyHz * (theme.cutoffFullHz / theme.cutoffEmptyHz) ** level;
  return kind === 'hold' ? hz * HOLD_CUTOFF : hz;
}

/** `from` until `atTime`, then move exponentially to `to` by `endAt` (both positive). */
function glide(param: AudioParam, from: number, to: number, atTime: number, endAt: number): void {
  param.value = from;
  param.setValueAtTime(from, atTime);
  param.exponentialRampToValueAtTime(to, endAt);
}

/** The breath sound's pitch (Hz) at lung fill `level` (0..1). */
function bedPitchHz(theme: ThemeSound, level: number): number {
  return theme.bedRootHz * 2 ** ((theme.riseSemitones * level) / 12);
}

/** Per phase list and theme: the cycles run by the start of each phase (see bedCycles). */
const cycleTables = new WeakMap<readonly PhaseCue[], Map<ThemeSound, Float64Array>>();

/**
 * Cycles an oscillator has run by plan time `atS` if it glided through every sounding phase of
 * `phases` (in plan order, none overlapping) as the breath sound does: exponentially from the pitch
 * of `fromLevel` to that of `toLevel`. Only the fraction matters; a voice that starts there joins
 * the one before it in phase. The sums up to each phase are worked out once per plan and theme.
 */
export function bedCycles(theme: ThemeSound, phases: readonly PhaseCue[], atS: number): number {
  const starts = cyclesAtStarts(theme, phases);
  // The last phase starting before atS.
  let low = 0;
  let high = phases.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((phases[mid]?.atS ?? Infinity) < atS) low = mid + 1;
    else high = mid;
  }
  const cue = phases[low - 1];
  if (!cue) return 0;
  return (starts[low - 1] ?? 0) + phaseCycles(theme, cue, Math.min(atS - cue.atS, cue.durationS));
}

function cyclesAtStarts(theme: ThemeSound, phases: readonly PhaseCue[]): Float64Array {
  const byTheme = cycleTables.get(phases) ?? new Map<ThemeSound, Float64Array>();
  cycleTables.set(phases, byTheme);
  const known = byTheme.get(theme);
  if (known) return known;
  const starts = new Float64Array(phases.length);
  let cycles = 0;
  phases.forEach((cue, i) => {
    starts[i] = cycles;
    cycles += phaseCycles(theme, cue, cue.durationS);
  });
  byTheme.set(theme, starts);
  return starts;
}

/** Cycles the breath sound runs in the first `elapsedS` of `cue` (none in a settle). */
function phaseCycles(theme: ThemeSound, cue: PhaseCue, elapsedS: number): number {
  if (cue.kind === 'settle') return 0;
  return glideCycles(
    bedPitchHz(theme, cue.fromLevel),
    bedPitchHz(theme, cue.toLevel),
    cue.durationS,
    elapsedS,
  );
}

/** Cycles in the first `elapsedS` of an exponential glide from `fromHz` to `toHz` over `durationS`. */
function glideCycles(fromHz: number, toHz: number, durationS: number, elapsedS: number): number {
  const rate = Math.log(toHz / fromHz) / durationS;
  if (Math.abs(rate) < 1e-12) return fromHz * elapsedS;
  return (fromHz * Math.expm1(rate * elapsedS)) / rate;
}

function modulo(value: number, period: number): number {
  return ((value % period) + period) % period;
}
