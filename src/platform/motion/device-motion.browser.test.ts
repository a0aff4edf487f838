import { expect } from '@open-wc/testing';
import type { MotionSample, OrientationSample } from '../../core/motion/types';
import { describe, it } from '../../testing/mocha';
import { createMotionSensor } from './device-motion';

/** A window stand-in: real event dispatch, and the sensor event classes the test chooses. */
function fakeWindow(classes: {
  DeviceMotionEvent?: { requestPermission?: () => Promise<'granted' | 'denied'> };
  DeviceOrientationEvent?: { requestPermission?: () => Promise<'granted' | 'denied'> };
}) {
  return Object.assign<EventTarget, typeof classes>(new EventTarget(), classes);
}

describe('createMotionSensor', () => {
  it('reads DeviceOrientation and DeviceMotion events dispatched on the window', async () => {
    const sensor = createMotionSensor(window, () => 42);
    expect(sensor.supported).to.equal(true);
    expect(await sensor.requestPermission()).to.equal('granted');
    const turns: OrientationSample[] = [];
    const moves: MotionSample[] = [];
    const offTurn = sensor.onOrientation((s) => turns.push(s));
    const offMove = sensor.onMotion((s) => moves.push(s));
    window.dispatchEvent(new DeviceOrientationEvent('deviceorientation', { beta: 178, gamma: 3 }));
    window.dispatchEvent(
      new DeviceMotionEvent('devicemotion', {
        accelerationIncludingGravity: { x: 0.1, y: -0.2, z: -9.8 },
        interval: 16,
      }),
    );
    // A device that knows no gravity reading sends nulls: nothing to pass on.
    window.dispatchEvent(new DeviceMotionEvent('devicemotion', {}));
    expect(turns).to.deep.equal([{ tMs: 42, beta: 178, gamma: 3 }]);
    expect(moves).to.deep.equal([{ tMs: 42, x: 0.1, y: -0.2, z: -9.8 }]);
    offTurn();
    offMove();
    window.dispatchEvent(new DeviceOrientationEvent('deviceorientation', { beta: 1, gamma: 0 }));
    expect(turns).to.have.length(1);
  });

  it('asks iOS-style permission synchronously, inside the call, for both sensors', async () => {
    const asked: string[] = [];
    const win = fakeWindow({
      DeviceMotionEvent: {
        requestPermission: () => {
          asked.push('motion');
          return Promise.resolve('granted');
        },
      },
      DeviceOrientationEvent: {
        requestPermission: () => {
          asked.push('orientation');
          return Promise.resolve('granted');
        },
      },
    });
    const answer = createMotionSensor(win).requestPermission();
    expect(asked).to.deep.equal(['motion', 'orientation']);
    expect(await answer).to.equal('granted');
  });

  it('says denied when the person refuses, or when the browser throws outside a tap', async () => {
    const refused = fakeWindow({
      DeviceMotionEvent: { requestPermission: () => Promise.resolve('denied') },
      DeviceOrientationEvent: {
        requestPermission: () => Promise.reject(new DOMException('No gesture', 'NotAllowedError')),
      },
    });
    expect(await createMotionSensor(refused).requestPermission()).to.equal('denied');
    const throwing = fakeWindow({
      DeviceMotionEvent: {
        requestPermission: () => {
          throw new TypeError('not now');
        },
      },
    });
    expect(await createMotionSensor(throwing).requestPermission()).to.equal('denied');
  });

  it('is unsupported where the browser has neither sensor event', async () => {
    const sensor = createMotionSensor(fakeWindow({}));
    expect(sensor.supported).to.equal(false);
    expect(await sensor.requestPermission()).to.equal('unsupported');
  });
});
