import { type AudioFactory, disposeOnEnded } from './audio-factory';
import { ATTACK_S } from './theme';

/** One sine partial of a struck sound: frequency in Hz, peak gain (linear), 1/e decay in seconds. */
export interface Partial {
  readonly hz: number;
  readonly gain: number;
  readonly decayS: number;
}

/** Decays this many time constants before the oscillator stops (e^-9, about -78 dB). */
const TAIL_DECAYS = 9;

/**
 * Strike a set of sine partials at `atTime` (absolute context seconds): each rises linearly over
 * ATTACK_S and then decays exponentially, so the onset sits exactly on `atTime`.
 */
export function strike(
  factory: AudioFactory,
  output: AudioNode,
  atTime: number,
  partials: readonly Partial[],
): void {
  for (const partial of partials) {
    const osc = factory.createOscillator();
    const envelope = factory.createGain();
    osc.frequency.value = partial.hz;
    envelope.gain.setValueAtTime(0, atTime);
    envelope.gain.linearRampToValueAtTime(partial.gain, atTime + ATTACK_S);
    envelope.gain.setTargetAtTime(0, atTime + ATTACK_S, partial.decayS);
    osc.connect(envelope).connect(output);
    osc.start(atTime);
    osc.stop(atTime + ATTACK_S + partial.decayS * TAIL_DECAYS);
    disposeOnEnded(osc, envelope);
  }
}
