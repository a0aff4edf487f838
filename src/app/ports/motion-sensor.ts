import type { MotionSample, OrientationSample } from '../../core/motion/types';

/** Whether Stay may read the motion sensors. */
export type MotionPermission = 'granted' | 'denied' | 'unsupported';

/** The phone's motion sensors (DeviceMotion and DeviceOrientation in the browser). */
export interface MotionSensor {
  /** False where the browser has neither DeviceMotionEvent nor DeviceOrientationEvent. */
  readonly supported: boolean;
  /**
   * Asks for the sensors where the browser requires it (iOS: `requestPermission()`, which must be
   * called inside a tap, synchronously); elsewhere resolves at once. Never throws.
   */
  requestPermission(): Promise<MotionPermission>;
  /** Acceleration including gravity, as it arrives; listening starts with the first subscriber. */
  onMotion(listener: (sample: MotionSample) => void): () => void;
  /** Orientation, as it arrives; listening starts with the first subscriber. */
  onOrientation(listener: (sample: OrientationSample) => void): () => void;
}
