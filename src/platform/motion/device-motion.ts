import type { MotionPermission, MotionSensor } from '../../app/ports/motion-sensor';
import type { MotionSample, OrientationSample } from '../../core/motion/types';

/** iOS Safari's extra static on the sensor events (not in lib.dom). */
interface PermissionGated {
  requestPermission?: () => Promise<'granted' | 'denied'>;
}

/** The window's sensor events, as far as this adapter needs them. */
type SensorWindow = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  // `unknown`: the real classes share no property with PermissionGated (iOS adds the method).
  DeviceMotionEvent?: unknown;
  DeviceOrientationEvent?: unknown;
};

/**
 * The phone's motion sensors through DeviceMotion and DeviceOrientation. Listening starts with the
 * first subscriber and stops with the last; each sample is stamped with `nowMs()` on arrival.
 */
export function createMotionSensor(
  win: SensorWindow = window,
  nowMs: () => number = () => performance.now(),
): MotionSensor {
  const motion = new Set<(sample: MotionSample) => void>();
  const orientation = new Set<(sample: OrientationSample) => void>();
  const gated = [win.DeviceMotionEvent, win.DeviceOrientationEvent].filter(
    (c): c is PermissionGated => c !== undefined && c !== null,
  );

  const onMotion = (event: Event) => {
    const a = (event as DeviceMotionEvent).accelerationIncludingGravity;
    if (!a || a.x === null || a.y === null || a.z === null) return;
    const sample = { tMs: nowMs(), x: a.x, y: a.y, z: a.z };
    for (const listener of [...motion]) listener(sample);
  };
  const onOrientation = (event: Event) => {
    const { beta, gamma } = event as DeviceOrientationEvent;
    const sample = { tMs: nowMs(), beta, gamma };
    for (const listener of [...orientation]) listener(sample);
  };

  function subscribe<T>(
    set: Set<(sample: T) => void>,
    type: 'devicemotion' | 'deviceorientation',
    handler: (event: Event) => void,
    listener: (sample: T) => void,
  ): () => void {
    if (set.size === 0) win.addEventListener(type, handler);
    set.add(listener);
    return () => {
      if (set.delete(listener) && set.size === 0) win.removeEventListener(type, handler);
    };
  }

  return {
    supported: gated.length > 0,
    requestPermission(): Promise<MotionPermission> {
      if (gated.length === 0) return Promise.resolve('unsupported');
      // Both asked synchronously, inside the tap: iOS refuses a request made after an await.
      const asks = gated.map(askFor);
      return Promise.all(asks).then((answers) =>
        answers.includes('granted') ? 'granted' : 'denied',
      );
    },
    onMotion: (listener) => subscribe(motion, 'devicemotion', onMotion, listener),
    onOrientation: (listener) =>
      subscribe(orientation, 'deviceorientation', onOrientation, listener),
  };
}

/** One event type's answer; a browser that does not gate it grants it. Never throws. */
function askFor(gate: PermissionGated): Promise<'granted' | 'denied'> {
  if (typeof gate.requestPermission !== 'function') return Promise.resolve('granted');
  try {
    return gate.requestPermission().catch(() => 'denied' as const);
  } catch {
    return Promise.resolve('denied');
  }
}
