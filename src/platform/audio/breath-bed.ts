import type { PhaseCue, PhaseKind } from '../../core/breathing/types';
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

/**
 * The breath sound: its pitch, brightness and loudness follow lung fill, so it rises through an
 * inhale (and a little more on a top-up), stays soft on a hold and falls on an exhale.
 *
 * Each phase gets its own short-lived voice that crossfades into the next. A single long-lived set
 * of nodes would pile every phase's automation onto the same AudioParams, and Chromium walks that
 * timeline on every render quantum: a 30-minute offline render then takes quadratic time.
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

  /** Sound one phase from `atTime` (absolute context seconds) for `cue.durationS`. Settles are silent. */
  phase(cue: PhaseCue, atTime: number): void {
    if (cue.kind === 'settle') return;
    const factory = this.#factory;
    const endAt = atTime + cue.durationS;
    const easedAt = atTime + Math.min(EASE_S, cue.durationS / 2);

    const gain = factory.createGain();
    gain.gain.setValueAtTime(0, atTime);
    gain.gain.linearRampToValueAtTime(this.#gainAt(cue.fromLevel, cue.kind), easedAt);
    gain.gain.linearRampToValueAtTime(this.#gainAt(cue.toLevel, cue.kind), endAt);
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
        this.#cutoffHz(cue.fromLevel, cue.kind),
        this.#cutoffHz(cue.toLevel, cue.kind),
        atTime,
        endAt,
      );
      filter.connect(chainIn);
      filters.push(filter);
      chainIn = filter;
    }

    const osc = factory.createOscillator();
    osc.type = this.#theme.bedWave;
    glide(osc.frequency, this.#pitchHz(cue.fromLevel), this.#pitchHz(cue.toLevel), atTime, endAt);
    osc.connect(chainIn);
    const sources: AudioScheduledSourceNode[] = [osc];
    const extra: AudioNode[] = [];
    if (this.#theme.airGain > 0) {
      const noise = factory.createBufferSource();
      noise.buffer = this.#noiseBuffer();
      noise.loop = true;
      const air = factory.createGain();
      air.gain.value = this.#theme.airGain;
      noise.connect(air).connect(chainIn);
      sources.push(noise);
      extra.push(air);
    }
    const stopAt = endAt + EASE_S + 0.01;
    for (const source of sources) {
      source.start(atTime);
      source.stop(stopAt);
    }
    disposeOnEnded(osc, ...sources.slice(1), ...extra, ...filters, gain);
  }

  #noiseBuffer(): AudioBuffer {
    if (!this.#noise) {
      const { sampleRate } = this.#factory;
      const length = Math.round(NOISE_S * sampleRate);
      this.#noise = this.#factory.createBuffer(1, length, sampleRate);
      const data = this.#noise.getChannelData(0);
      for (let i = 0; i < length; i++) data[i] = Math.random() * 2 - 1;
    }
    return this.#noise;
  }

  #pitchHz(level: number): number {
    return this.#theme.bedRootHz * 2 ** ((this.#theme.riseSemitones * level) / 12);
  }

  #cutoffHz(level: number, kind: PhaseKind): number {
    const { cutoffEmptyHz, cutoffFullHz } = this.#theme;
    const hz = cutoffEmptyHz * (cutoffFullHz / cutoffEmptyHz) ** level;
    return kind === 'hold' ? hz * HOLD_CUTOFF : hz;
  }

  #gainAt(level: number, kind: PhaseKind): number {
    const { bedGainEmpty, bedGainFull } = this.#theme;
    const gain = bedGainEmpty + (bedGainFull - bedGainEmpty) * level;
    if (kind === 'hold') return gain * HOLD_GAIN;
    if (kind === 'hum') return gain * HUM_GAIN;
    return gain;
  }
}

/** Hold `from` at `atTime`, then move exponentially to `to` by `endAt` (both positive). */
function glide(param: AudioParam, from: number, to: number, atTime: number, endAt: number): void {
  param.setValueAtTime(from, atTime);
  param.exponentialRampToValueAtTime(to, endAt);
}
