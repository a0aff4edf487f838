import type { PhaseCue, PhaseKind } from '../../core/breathing/types';
import type { AudioFactory } from './audio-factory';
import type { ThemeSound } from './theme';

/** Seconds over which the bed moves to a new phase's starting sound. */
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
 * The continuous breath sound: its pitch, brightness and loudness follow lung fill, so it rises
 * through an inhale (and a little more on a top-up), stays soft on a hold and falls on an exhale.
 * One set of nodes lives for the whole session; each phase only adds automation.
 */
export class BreathBed {
  readonly #sources: AudioScheduledSourceNode[] = [];
  readonly #osc: OscillatorNode;
  readonly #filters: BiquadFilterNode[] = [];
  readonly #gain: GainNode;
  readonly #theme: ThemeSound;

  constructor(factory: AudioFactory, output: AudioNode, theme: ThemeSound) {
    this.#theme = theme;
    this.#gain = factory.createGain();
    this.#gain.gain.value = 0;
    let chainIn: AudioNode = this.#gain;
    for (let i = 0; i < FILTER_STAGES; i++) {
      const filter = factory.createBiquadFilter();
      filter.type = 'lowpass';
      filter.Q.value = 0;
      this.#filters.push(filter);
      filter.connect(chainIn);
      chainIn = filter;
    }
    this.#gain.connect(output);
    this.#osc = factory.createOscillator();
    this.#osc.type = theme.bedWave;
    this.#osc.connect(chainIn);
    this.#sources.push(this.#osc);
    if (theme.airGain > 0) {
      const noise = factory.createBufferSource();
      noise.buffer = noiseBuffer(factory);
      noise.loop = true;
      const air = factory.createGain();
      air.gain.value = theme.airGain;
      noise.connect(air).connect(chainIn);
      this.#sources.push(noise);
    }
  }

  /** Start sounding (silently) at `atTime` with lungs at `level` (0..1). */
  begin(atTime: number, level: number): void {
    this.#osc.frequency.setValueAtTime(this.#pitchHz(level), atTime);
    for (const f of this.#filters)
      f.frequency.setValueAtTime(this.#cutoffHz(level, 'inhale'), atTime);
    this.#gain.gain.setValueAtTime(0, atTime);
    for (const source of this.#sources) source.start(atTime);
  }

  /** Shape one phase starting at `atTime` (absolute context seconds) and lasting `cue.durationS`. */
  phase(cue: PhaseCue, atTime: number): void {
    const easedAt = atTime + Math.min(EASE_S, cue.durationS / 2);
    const endAt = atTime + cue.durationS;
    const ramp = (param: AudioParam, from: number, to: number, exponential: boolean) => {
      const rampTo = exponential
        ? param.exponentialRampToValueAtTime.bind(param)
        : param.linearRampToValueAtTime.bind(param);
      rampTo(from, easedAt);
      rampTo(to, endAt);
    };
    ramp(this.#osc.frequency, this.#pitchHz(cue.fromLevel), this.#pitchHz(cue.toLevel), true);
    for (const f of this.#filters) {
      ramp(
        f.frequency,
        this.#cutoffHz(cue.fromLevel, cue.kind),
        this.#cutoffHz(cue.toLevel, cue.kind),
        true,
      );
    }
    ramp(
      this.#gain.gain,
      this.#gainAt(cue.fromLevel, cue.kind),
      this.#gainAt(cue.toLevel, cue.kind),
      false,
    );
  }

  /** Fade out from `atTime` and stop. */
  end(atTime: number): void {
    this.#gain.gain.setTargetAtTime(0, atTime, 0.12);
    for (const source of this.#sources) source.stop(atTime + 1.5);
    const last = this.#sources[0];
    if (last) {
      last.onended = () => {
        for (const source of this.#sources) source.disconnect();
        for (const f of this.#filters) f.disconnect();
        this.#gain.disconnect();
      };
    }
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
    if (kind === 'settle') return 0;
    if (kind === 'hold') return gain * HOLD_GAIN;
    if (kind === 'hum') return gain * HUM_GAIN;
    return gain;
  }
}

function noiseBuffer(factory: AudioFactory): AudioBuffer {
  const length = Math.round(NOISE_S * factory.sampleRate);
  const buffer = factory.createBuffer(1, length, factory.sampleRate);
  const data = buffer.getChannelData(0);
  for (let i = 0; i < length; i++) data[i] = Math.random() * 2 - 1;
  return buffer;
}
