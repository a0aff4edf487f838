import type { CustomPattern } from '../breathing/custom';
import type { Pattern, PracticeId } from '../breathing/types';

/** The sound set used for the breathing tones. */
export type SoundTheme = 'warm' | 'airy';

/** Which heart-rate strap feeds the urge meter: none, a paired Bluetooth strap, or the built-in simulation. */
export type StrapChoice = 'off' | 'bluetooth' | 'simulated';

/** Per-practice changes to length and timing. */
export interface PracticeTiming {
  readonly breaths?: number;
  readonly minutes?: number;
  readonly pattern?: Partial<Pattern>;
}

/** Everything the person can set. */
export interface Settings {
  readonly voice: boolean;
  /**
   * Speak with the device's own voice (speechSynthesis) instead of the recorded one, which is the
   * default: its timing is known and it travels inside rendered audio. Clips stay the fallback.
   */
  readonly deviceVoice: boolean;
  readonly vibration: boolean;
  /** 0..1, applied as a gain. */
  readonly volume: number;
  readonly theme: SoundTheme;
  readonly timings: Partial<Record<PracticeId, PracticeTiming>>;
  readonly customPatterns: readonly CustomPattern[];
  readonly strap: StrapChoice;
  /** The simulated strap starts high and settles as the practice goes on. */
  readonly simulatedStress: boolean;
  /** Hum reset listens through the microphone for the person's hum (asked for from the Start tap). */
  readonly humListen: boolean;
}

/** Settings for a first launch. */
export const DEFAULT_SETTINGS: Settings = {
  voice: true,
  deviceVoice: false,
  vibration: true,
  volume: 0.8,
  theme: 'warm',
  timings: {},
  customPatterns: [],
  strap: 'off',
  simulatedStress: false,
  humListen: false,
};
