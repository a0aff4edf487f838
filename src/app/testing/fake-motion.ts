import type { MotionSample, OrientationSample } from '../../core/motion/types';
import type { MotionPermission, MotionSensor } from '../ports/motion-sensor';

/** A motion sensor driven by the test: answer permission, then feed samples. */
export class FakeMotion implements MotionSensor {
  /** Times `requestPermission` was called. */
  asked = 0;
  readonly motionListeners = new Set<(sample: MotionSample) => void>();
  readonly orientationListeners = new Set<(sample: OrientationSample) => void>();

  constructor(
    readonly supported = true,
    private readonly answer: MotionPermission = 'granted',
  ) {}

  requestPermission(): Promise<MotionPermission> {
    this.asked++;
    return Promise.resolve(this.supported ? this.answer : 'unsupported');
  }

  onMotion(listener: (sample: MotionSample) => void): () => void {
    this.motionListeners.add(listener);
    return () => this.motionListeners.delete(listener);
  }

  onOrientation(listener: (sample: OrientationSample) => void): () => void {
    this.orientationListeners.add(listener);
    return () => this.orientationListeners.delete(listener);
  }

  /** Sends one acceleration-including-gravity sample to every listener. */
  motion(sample: MotionSample): void {
    for (const listener of [...this.motionListeners]) listener(sample);
  }

  orientation(sample: OrientationSample): void {
    for (const listener of [...this.orientationListeners]) listener(sample);
  }

  /** True while anyone listens. */
  get listening(): boolean {
    return this.motionListeners.size + this.orientationListeners.size > 0;
  }
}
