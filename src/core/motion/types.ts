/**
 * What the phone's motion sensors report, as core reads it. The platform adapter
 * (platform/motion) turns DeviceMotion and DeviceOrientation events into these.
 */

/** Acceleration including gravity (m/s², device axes, as DeviceMotion reports it). */
export interface MotionSample {
  /** `performance.now()` ms when the event arrived. */
  readonly tMs: number;
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** Device orientation in degrees (DeviceOrientation); null where the device does not say. */
export interface OrientationSample {
  readonly tMs: number;
  /** Front-to-back tilt, −180..180; about ±180 when the screen faces the table. */
  readonly beta: number | null;
  /** Left-to-right tilt, −90..90. */
  readonly gamma: number | null;
}
