import { bench, describe } from 'vitest';
import { FaceDownTracker } from './face-down';
import { StillnessMeter, stillnessCurve } from './stillness';
import { motionStream, orientationStream } from './testing/streams';

// Run: npx vitest bench --run src/core/motion. Five minutes of a phone at 60 Hz: divide the time per
// run by the 18,000 motion events for the cost of one event on the main thread.
const FIVE_MIN_MS = 300_000;
const motion = [
  ...motionStream('hand', 0, 5_000, { seed: 1 }),
  ...motionStream('table-down', 5_000, FIVE_MIN_MS - 5_000, { seed: 2 }),
];
const orientation = orientationStream('table-down', 5_000, FIVE_MIN_MS - 5_000, 1000);

describe(`the five-minute pause's motion: ${String(motion.length)} events at 60 Hz`, () => {
  bench('stillness by the second, the curve, and face down', () => {
    const meter = new StillnessMeter();
    const tracker = new FaceDownTracker();
    let o = 0;
    for (const sample of motion) {
      for (let turn = orientation[o]; turn && turn.tMs <= sample.tMs; turn = orientation[++o]) {
        tracker.pushOrientation(turn);
      }
      tracker.pushMotion(sample);
      meter.push(sample.tMs / 1000, sample);
    }
    meter.flush();
    stillnessCurve(meter.seconds, FIVE_MIN_MS / 1000);
  });
});
