/** One biquad section (RBJ cookbook coefficients, a0 normalised to 1). */
interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
  z1: number;
  z2: number;
}

function biquad(
  kind: 'lowpass' | 'highpass' | 'notch',
  hz: number,
  q: number,
  sampleRate: number,
): Biquad {
  const w = (2 * Math.PI * hz) / sampleRate;
  const alpha = Math.sin(w) / (2 * q);
  const cos = Math.cos(w);
  const a0 = 1 + alpha;
  const [b0, b1, b2] =
    kind === 'notch'
      ? [1, -2 * cos, 1]
      : kind === 'lowpass'
        ? [(1 - cos) / 2, 1 - cos, (1 - cos) / 2]
        : [(1 + cos) / 2, -(1 + cos), (1 + cos) / 2];
  return {
    b0: b0 / a0,
    b1: b1 / a0,
    b2: b2 / a0,
    a1: (-2 * cos) / a0,
    a2: (1 - alpha) / a0,
    z1: 0,
    z2: 0,
  };
}

/** Q of the notches on a known drone's partials: −3 dB width about ±55 cents around each. */
export const DRONE_NOTCH_Q = 16;
/** Drone partials notched out (multiples of its root; the app's drone has 3, a speaker adds more). */
export const DRONE_NOTCH_PARTIALS = 4;

/** Voice band edges (Hz): below the lowest hum's fundamental, above its first strong harmonics. */
export const VOICE_BAND = { lowHz: 50, highHz: 1000 } as const;

/**
 * A streaming band-pass (2nd-order high-pass at 50 Hz, 4th-order Butterworth low-pass at 1 kHz).
 * Broadband noise mostly lies above the band: at 48 kHz this keeps about 1/24 of white noise's
 * power, so a hum at 10 dB SNR reaches the pitch detector at about 23 dB.
 */
export class BandFilter {
  readonly #sections: Biquad[];

  /** `droneHz`: a known drone's root, whose partials inside the band are notched out. */
  constructor(sampleRate: number, droneHz?: number) {
    const highHz = Math.min(VOICE_BAND.highHz, sampleRate * 0.4);
    this.#sections = [
      biquad('highpass', VOICE_BAND.lowHz, Math.SQRT1_2, sampleRate),
      biquad('lowpass', highHz, 0.5412, sampleRate),
      biquad('lowpass', highHz, 1.3066, sampleRate),
    ];
    for (let k = 1; droneHz && k <= DRONE_NOTCH_PARTIALS && k * droneHz < highHz; k++) {
      this.#sections.push(biquad('notch', k * droneHz, DRONE_NOTCH_Q, sampleRate));
    }
  }

  /** Filters `input` into `output` (may be the same array), keeping state across calls. */
  process(
    input: Float32Array,
    output: Float32Array = new Float32Array(input.length),
  ): Float32Array {
    for (let i = 0; i < input.length; i++) {
      let x = input[i] ?? 0;
      for (const s of this.#sections) {
        // Transposed direct form II.
        const y = s.b0 * x + s.z1;
        s.z1 = s.b1 * x - s.a1 * y + s.z2;
        s.z2 = s.b2 * x - s.a2 * y;
        x = y;
      }
      output[i] = x;
    }
    return output;
  }
}
