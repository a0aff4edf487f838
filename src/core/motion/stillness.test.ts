import { describe, expect, it } from 'vitest';
import { pauseResult } from './pause-result';
import {
  STILL_MOVEMENT,
  StillnessMeter,
  movementOf,
  stillnessBetween,
  stillnessCurve,
} from './stillness';
import { motionStream, type Pose } from './testing/streams';
import type { MotionSample } from './types';

/** Feeds samples with plan time = tMs / 1000 and returns the judged seconds. */
function judge(samples: readonly MotionSample[]) {
  const meter = new StillnessMeter();
  for (const s of samples) meter.push(s.tMs / 1000, s);
  meter.flush();
  return meter.seconds;
}

function stretch(pose: Pose, fromS: number, toS: number, rateHz = 60, seed = 1) {
  return motionStream(pose, fromS * 1000, (toS - fromS) * 1000, { rateHz, seed });
}

describe('movementOf', () => {
  it('separates a phone on a table from one held in a hand, at any event rate', () => {
    for (const rateHz of [10, 60, 100]) {
      const table = movementOf(stretch('table-down', 0, 1, rateHz));
      const hand = movementOf(stretch('hand', 0, 1, rateHz));
      expect(table).toBeLessThan(0.03);
      expect(table).toBeLessThan(STILL_MOVEMENT);
      expect(hand).toBeGreaterThanOrEqual(0.1);
    }
  });
});

describe('StillnessMeter', () => {
  it('scores a phone lying still as 1 and one held as 0', () => {
    expect(stillnessBetween(judge(stretch('table-down', 0, 30)))).toBe(1);
    expect(stillnessBetween(judge(stretch('hand', 0, 30)))).toBe(0);
  });

  it('notices one pickup: ten seconds in a hand out of sixty lower the score to about 5/6', () => {
    const samples = [
      ...stretch('table-down', 0, 25),
      ...stretch('hand', 25, 35, 60, 2),
      ...stretch('table-down', 35, 60, 60, 3),
    ];
    const seconds = judge(samples);
    expect(stillnessBetween(seconds)).toBeCloseTo(50 / 60, 1);
    expect(stillnessBetween(seconds, 25, 35)).toBe(0);
  });

  it('judges irregular and sparse streams, leaving out seconds with too few samples', () => {
    const sparse = stretch('table-down', 0, 10, 1.5);
    expect(judge(sparse)).toEqual([]);
    const irregular = motionStream('hand', 0, 10_000, { rateHz: 20, jitter: 1.5, seed: 9 });
    const seconds = judge(irregular);
    expect(seconds.length).toBeGreaterThanOrEqual(9);
    expect(stillnessBetween(seconds)).toBe(0);
  });
});

describe('StillnessMeter.drop', () => {
  it('forgets the second in progress, so one second never mixes readings from before and after a hold', () => {
    const at = (x: number, z: number) => ({ tMs: 0, x, y: 0, z });
    const mixed = new StillnessMeter();
    const held = new StillnessMeter();
    for (const meter of [mixed, held]) {
      for (const t of [5.0, 5.01, 5.02]) meter.push(t, at(0, 9.81));
    }
    held.drop();
    // The clock held at 5.02 s while the phone was turned over; it runs on from there.
    for (const meter of [mixed, held]) {
      for (const t of [5.02, 5.3, 5.6, 5.9, 6.2]) meter.push(t, at(0, -9.81));
      meter.flush();
    }
    expect(mixed.seconds[0]).toMatchObject({ second: 5, still: false });
    expect(held.seconds).toEqual([{ second: 5, movement: 0, still: true }]);
  });
});

describe('stillnessCurve', () => {
  it('gives one point per 10 s bucket, carrying the last value over empty buckets', () => {
    const seconds = judge([...stretch('hand', 0, 10), ...stretch('table-down', 30, 40)]);
    expect(stillnessCurve(seconds, 40)).toEqual([0, 0, 0, 1]);
    expect(stillnessCurve([], 40)).toEqual([]);
  });
});

describe('pauseResult', () => {
  it('scores the still minute from the gate to the end of the settle, and counts what happened', () => {
    const samples = [
      ...stretch('hand', 0, 5),
      ...stretch('table-down', 5, 65),
      ...stretch('hand', 65, 80, 60, 4),
    ];
    const { motion, stillness } = pauseResult({
      seconds: judge(samples),
      untilS: 80,
      stillFromS: 5,
      stillToS: 65,
      faceDownAtS: 5.73,
      waitedS: 3.04,
      pickups: 0,
    });
    expect(motion.firstMinute).toBe(1);
    expect(motion.curve).toHaveLength(8);
    expect(motion.curve.at(-1)).toBe(0);
    expect(motion).toMatchObject({ bucketS: 10, faceDownAtS: 5.73, waitedS: 3, pickups: 0 });
    expect(stillness).toBeCloseTo(60 / 80, 1);
  });

  it('has no first-minute score when the practice stopped before the gate', () => {
    const { motion } = pauseResult({
      seconds: judge(stretch('hand', 0, 4)),
      untilS: 4,
      stillFromS: 5,
      stillToS: 65,
      faceDownAtS: null,
      waitedS: 0,
      pickups: 0,
    });
    expect(motion.firstMinute).toBeNull();
  });
});
