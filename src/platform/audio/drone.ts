import { type AudioFactory, disposeOnEnded } from './audio-factory';
import { DRONE } from './theme';

/** Seconds to dip into or out of a hum phase. */
const DUCK_S = 0.3;

/** A soft low drone to hum along with, sounding for the breathing part of a hum practice. */
export class Drone {
  readonly #oscs: OscillatorNode[] = [];
  readonly #gain: GainNode;

  constructor(factory: AudioFactory, output: AudioNode) {
    this.#gain = factory.createGain();
    this.#gain.gain.value = 0;
    const filter = factory.createBiquadFilter();
    filter.type = 'lowpass';
    filter.frequency.value = DRONE.cutoffHz;
    filter.Q.value = 0;
    filter.connect(this.#gain).connect(output);
    const levels: GainNode[] = [];
    for (const partial of DRONE.partials) {
      const osc = factory.createOscillator();
      const level = factory.createGain();
      osc.frequency.value = DRONE.rootHz * partial.ratio;
      level.gain.value = partial.gain;
      osc.connect(level).connect(filter);
      levels.push(level);
      this.#oscs.push(osc);
    }
    const [first, ...others] = this.#oscs;
    if (first) disposeOnEnded(first, ...others, ...levels, filter, this.#gain);
  }

  /** Fade in over a second from `atTime` (absolute context seconds). */
  begin(atTime: number): void {
    this.#gain.gain.setValueAtTime(0, atTime);
    this.#gain.gain.linearRampToValueAtTime(DRONE.gain, atTime + 1);
    for (const osc of this.#oscs) osc.start(atTime);
  }

  /** Sit a little lower from `atTime` for `durationS`; come back up after unless `restore` is false. */
  duck(atTime: number, durationS: number, restore: boolean): void {
    const param = this.#gain.gain;
    param.setValueAtTime(DRONE.gain, atTime);
    param.linearRampToValueAtTime(DRONE.duckedGain, atTime + DUCK_S);
    if (!restore) return;
    param.setValueAtTime(DRONE.duckedGain, atTime + durationS);
    param.linearRampToValueAtTime(DRONE.gain, atTime + durationS + DUCK_S);
  }

  /** Fade out from `atTime` and stop. */
  end(atTime: number): void {
    this.#gain.gain.setTargetAtTime(0, atTime, 0.6);
    for (const osc of this.#oscs) osc.stop(atTime + 5);
  }
}
