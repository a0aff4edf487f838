import type { AudioFactory } from './audio-factory';
import { type Partial, strike } from './partials';
import { CHIME, ONSET_BAND_HZ, ONSET_PARTIAL, PLUCK_PARTIALS, type ThemeSound } from './theme';

/** The kinds of moment that get an onset sound. */
export type OnsetKind = keyof ThemeSound['pluckHz'];

/** The lowest harmonic of `hz` in the onset band (at or above ONSET_BAND_HZ). */
export function onsetPartialHz(hz: number): number {
  return hz * Math.ceil(ONSET_BAND_HZ / hz);
}

/** A soft mallet pluck marking a phase change at `atTime` (absolute context seconds). */
export function playPluck(
  factory: AudioFactory,
  output: AudioNode,
  atTime: number,
  theme: ThemeSound,
  kind: OnsetKind,
): void {
  const hz = theme.pluckHz[kind];
  const gain = kind === 'settle' ? theme.pluckGain * 0.7 : theme.pluckGain;
  const partials: Partial[] = PLUCK_PARTIALS.map((p) => ({
    hz: hz * p.ratio,
    gain: gain * p.gain,
    decayS: theme.pluckDecayS * p.decayScale,
  }));
  partials.push({
    hz: onsetPartialHz(hz),
    gain: gain * ONSET_PARTIAL.gain,
    decayS: ONSET_PARTIAL.decayS,
  });
  strike(factory, output, atTime, partials);
}

/** The gentle closing chime of a practice, struck at `atTime` (absolute context seconds). */
export function playChime(factory: AudioFactory, output: AudioNode, atTime: number): void {
  const partials: Partial[] = CHIME.partials.map((p) => ({
    hz: CHIME.rootHz * p.ratio,
    gain: CHIME.gain * p.gain,
    decayS: p.decayS,
  }));
  partials.push({
    hz: onsetPartialHz(CHIME.rootHz),
    gain: CHIME.gain * ONSET_PARTIAL.gain,
    decayS: ONSET_PARTIAL.decayS,
  });
  strike(factory, output, atTime, partials);
}
