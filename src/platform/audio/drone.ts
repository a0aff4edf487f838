import { type AudioFactory, disposeOnEnded } from './audio-factory';
import { DRONE } from './theme';

/** Seconds over which one phase's drone hands over to the next (and dips into a hum). */
const CROSSFADE_S = 0.3;
/** Seconds the drone takes to come in at the start of breathing. */
const FADE_IN_S = 1;
/** Time constant (s) of the drone's fade at the end, and how long it rings before stopping. */
const FADE_OUT_TAU_S = 0.6;
const FADE_OUT_S = 5;

/** How one phase's drone voice begins and ends. */
export interface DronePhase {
  /** Absolute context time of the phase, and its length in seconds. */
  readonly atTime: number;
  readonly durationS: number;
  /** Absolute context time of plan time 0, the drone's phase reference. */
  readonly t0: number;
  /** Plan time of the phase (seconds). */
  readonly atS: number;
  /** The root (Hz): the theme's C3, or a pitch tuned to the person's hum. */
  readonly rootHz: number;
  /** Hummed phases sit lower, so the person's own hum is on top. */
  readonly ducked: boolean;
  /** First phase of breathing (or where a resumed session enters): fade in gently. */
  readonly first: boolean;
  /** The breathing ends with this phase: fade out instead of handing over. */
  readonly last: boolean;
}

/**
 * A soft low drone to hum along with. Each phase gets its own voice, started on a whole period of
 * the root counted from plan time 0, so consecutive voices are in phase and their crossfade is
 * seamless even when they are rendered in separate chunks.
 */
export function playDronePhase(factory: AudioFactory, output: AudioNode, phase: DronePhase): void {
  const level = phase.ducked ? DRONE.duckedGain : DRONE.gain;
  const periods = Math.ceil(phase.atS * phase.rootHz - 1e-9);
  const startAt = phase.t0 + periods / phase.rootHz;
  const endAt = phase.atTime + phase.durationS;
  const stopAt = phase.last ? endAt + FADE_OUT_S : endAt + CROSSFADE_S + 0.01;

  const voice = factory.createGain();
  voice.gain.setValueAtTime(0, startAt);
  const fadeS = Math.min(phase.first ? FADE_IN_S : CROSSFADE_S, phase.durationS);
  voice.gain.linearRampToValueAtTime(level, phase.atTime + fadeS);
  voice.gain.setValueAtTime(level, endAt);
  if (phase.last) voice.gain.setTargetAtTime(0, endAt, FADE_OUT_TAU_S);
  else voice.gain.linearRampToValueAtTime(0, endAt + CROSSFADE_S);
  voice.connect(output);

  const nodes: AudioNode[] = [voice];
  const oscs: OscillatorNode[] = [];
  for (const partial of DRONE.partials) {
    const osc = factory.createOscillator();
    const gain = factory.createGain();
    osc.frequency.value = phase.rootHz * partial.ratio;
    gain.gain.value = partial.gain;
    osc.connect(gain).connect(voice);
    osc.start(startAt);
    osc.stop(stopAt);
    oscs.push(osc);
    nodes.push(gain);
  }
  const [first, ...others] = oscs;
  if (first) disposeOnEnded(first, ...others, ...nodes);
}
