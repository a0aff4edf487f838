/** The app's drone, so its sound is never taken for the person's hum. */
export interface DroneInfo {
  /** The drone's root frequency (Hz). Its octave above and below are covered too. */
  readonly hz: number;
  /** The drone's loudness at the microphone in band dBFS (as `FrameReading.db`), when measured. */
  readonly dbAtMic?: number;
}

/** Tuning of hum detection; every field has a researched default (see `DEFAULT_HUM_THRESHOLDS`). */
export interface HumThresholds {
  /** McLeod clarity a frame needs to count as pitched; white noise scores about 0.5–0.6. */
  readonly minClarity: number;
  /** Hummed pitch range (Hz). */
  readonly minHz: number;
  readonly maxHz: number;
  /** How far (dB) a voiced frame's band loudness must stand above the ambient level. */
  readonly marginDb: number;
  /** Unvoiced gaps shorter than this (s) inside a hum are bridged… */
  readonly maxGapS: number;
  /** …when the pitch resumes within this many cents of where it stopped. */
  readonly bridgeCents: number;
  /** Stretches the microphone never delivered (s) up to this long inside a hum are bridged when
   * the pitch resumes; a longer one ends the hum where hearing stopped. Never counted as silence. */
  readonly maxUnheardS: number;
  /** Voiced runs shorter than this (s) are dropped. */
  readonly minSegmentS: number;
  /** Span (s) over which steadiness is judged to tell a synthetic tone from a voice. */
  readonly steadyWindowS: number;
  /** A tone whose pitch and loudness stay this steady over the span is a machine, not a voice
   * (see `steadiness`: SD of 5 block medians; loudness around a straight line). */
  readonly machinePitchSdCents: number;
  readonly machineFlutterDb: number;
  /** At a known or learned drone's pitch (within `droneCents` of it or its octaves), a run whose
   * frame pitches spread less than this (robust SD, cents) is the drone. */
  readonly dronePitchSdCents: number;
  readonly droneCents: number;
}

/** Options of `detectHum` and `HumTracker`. */
export interface HumOptions {
  /** Ambient band loudness (dBFS) measured before the practice; estimated from the quietest
   * unpitched frames when absent. */
  readonly ambientDb?: number;
  /** The drone the app is playing, if any. */
  readonly drone?: DroneInfo | null;
  readonly thresholds?: Partial<HumThresholds>;
}

export const DEFAULT_HUM_THRESHOLDS: HumThresholds = {
  minClarity: 0.9,
  minHz: 60,
  maxHz: 500,
  marginDb: 10,
  maxGapS: 0.15,
  bridgeCents: 150,
  maxUnheardS: 1,
  minSegmentS: 0.25,
  steadyWindowS: 0.5,
  machinePitchSdCents: 0.5,
  machineFlutterDb: 0.05,
  dronePitchSdCents: 6,
  droneCents: 40,
};
