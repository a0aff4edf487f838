import type { SoundTheme } from '../../core/settings/settings';

/** How one sound theme is voiced. Frequencies in Hz, gains linear (0..1). */
export interface ThemeSound {
  /** Breath bed pitch with empty lungs; it rises `riseSemitones` at full lungs. */
  readonly bedRootHz: number;
  readonly riseSemitones: number;
  readonly bedWave: OscillatorType;
  /** Linear gain of the bed's white-noise "air" layer (0 for none). */
  readonly airGain: number;
  /** Low-pass cutoff of the bed with empty and with full lungs; both well below the onset band. */
  readonly cutoffEmptyHz: number;
  readonly cutoffFullHz: number;
  /** Bed gain with empty and with full lungs. */
  readonly bedGainEmpty: number;
  readonly bedGainFull: number;
  /**
   * Loudness (LUFS) the breath sound would have at gain 1, measured on renders (README "The
   * mix"); the voice's ducking works from it.
   */
  readonly bedLufsAtFullGain: number;
  /** Pluck fundamental per phase, so in, out and hold also differ by pitch. */
  readonly pluckHz: Readonly<
    Record<'inhale' | 'top-up' | 'hold' | 'exhale' | 'hum' | 'settle', number>
  >;
  readonly pluckGain: number;
  /** Seconds for the pluck to fall by 1/e. */
  readonly pluckDecayS: number;
}

/** Frequency ratios of the mallet's partials (glockenspiel-like, softened). */
export const PLUCK_PARTIALS = [
  { ratio: 1, gain: 1, decayScale: 1 },
  { ratio: 2.76, gain: 0.18, decayScale: 0.45 },
  { ratio: 5.4, gain: 0.05, decayScale: 0.25 },
] as const;

/** The quiet bright partial that marks each onset: lowest harmonic of the pluck at or above this. */
export const ONSET_BAND_HZ = 3000;
/** Gain of that bright partial, relative to the pluck, and its decay in seconds. */
export const ONSET_PARTIAL = { gain: 0.12, decayS: 0.03 } as const;

/** Attack of every onset, in seconds: fast enough to place it within 1 ms, slow enough not to click. */
export const ATTACK_S = 0.0015;

/** The two sound themes. */
export const THEMES: Readonly<Record<SoundTheme, ThemeSound>> = {
  warm: {
    bedRootHz: 196,
    riseSemitones: 4,
    bedWave: 'triangle',
    airGain: 0,
    cutoffEmptyHz: 330,
    cutoffFullHz: 1000,
    bedGainEmpty: 0.1,
    bedGainFull: 0.2,
    bedLufsAtFullGain: -5.5,
    pluckHz: {
      settle: 261.63,
      inhale: 392,
      'top-up': 440,
      hold: 329.63,
      exhale: 261.63,
      hum: 261.63,
    },
    pluckGain: 0.22,
    pluckDecayS: 0.35,
  },
  airy: {
    bedRootHz: 293.66,
    riseSemitones: 5,
    bedWave: 'sine',
    airGain: 0.5,
    cutoffEmptyHz: 400,
    cutoffFullHz: 1100,
    bedGainEmpty: 0.07,
    bedGainFull: 0.16,
    bedLufsAtFullGain: -3.6,
    pluckHz: {
      settle: 523.25,
      inhale: 783.99,
      'top-up': 880,
      hold: 659.25,
      exhale: 523.25,
      hum: 523.25,
    },
    pluckGain: 0.16,
    pluckDecayS: 0.45,
  },
};

export { DRONE } from '../../core/hum/drone-sound';

/** The closing chime: a soft bell, partials as ratios of `rootHz`. */
export const CHIME = {
  rootHz: 523.25,
  partials: [
    { ratio: 1, gain: 1, decayS: 1.4 },
    { ratio: 2, gain: 0.35, decayS: 0.9 },
    { ratio: 3.01, gain: 0.15, decayS: 0.6 },
    { ratio: 4.2, gain: 0.06, decayS: 0.35 },
  ],
  gain: 0.2,
} as const;

/** Linear gain of recorded voice clips. */
export const VOICE_GAIN = 0.8;
/** Loudness the clips are made at (`npm run clips`), in LUFS. */
export const VOICE_LUFS = -20;
