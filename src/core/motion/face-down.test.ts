import { describe, expect, it } from 'vitest';
import { FACE_DOWN_DWELL_MS, FaceDownTracker, faceDownByOrientation } from './face-down';
import { motionStream, orientationStream } from './testing/streams';

function feedOrientation(tracker: FaceDownTracker, samples: ReturnType<typeof orientationStream>) {
  for (const s of samples) tracker.pushOrientation(s);
}

describe('faceDownByOrientation', () => {
  it('reads beta near ±180 with little gamma as face down, and knows nothing without beta', () => {
    expect(faceDownByOrientation({ tMs: 0, beta: 179, gamma: 2 })).toBe(true);
    expect(faceDownByOrientation({ tMs: 0, beta: -172, gamma: -10 })).toBe(true);
    expect(faceDownByOrientation({ tMs: 0, beta: 178, gamma: 60 })).toBe(false);
    expect(faceDownByOrientation({ tMs: 0, beta: 3, gamma: 0 })).toBe(false);
    expect(faceDownByOrientation({ tMs: 0, beta: null, gamma: null })).toBeNull();
  });
});

describe('FaceDownTracker', () => {
  it('turns face down once the orientation has held for the dwell, and says when', () => {
    const tracker = new FaceDownTracker();
    const flips: [boolean, number][] = [];
    tracker.onChange((down, tMs) => flips.push([down, tMs]));
    feedOrientation(tracker, orientationStream('hand', 0, 1000));
    feedOrientation(tracker, orientationStream('table-down', 1000, 2000));
    expect(tracker.faceDown).toBe(true);
    expect(flips).toEqual([[true, 1000 + FACE_DOWN_DWELL_MS]]);
  });

  it('does not take a short wobble for a flip', () => {
    const tracker = new FaceDownTracker();
    feedOrientation(tracker, orientationStream('table-down', 0, 2000));
    feedOrientation(tracker, orientationStream('hand', 2000, 400));
    feedOrientation(tracker, orientationStream('table-down', 2400, 2000));
    expect(tracker.faceDown).toBe(true);
    const flips: boolean[] = [];
    tracker.onChange((down) => flips.push(down));
    feedOrientation(tracker, orientationStream('hand', 4400, 1500));
    expect(flips).toEqual([false]);
  });

  it('falls back on gravity where there is no orientation', () => {
    const tracker = new FaceDownTracker();
    for (const s of motionStream('table-up', 0, 1000)) tracker.pushMotion(s);
    expect(tracker.faceDown).toBe(false);
    for (const s of motionStream('table-down', 1000, 1500)) tracker.pushMotion(s);
    expect(tracker.faceDown).toBe(true);
  });

  it('trusts live orientation over gravity', () => {
    const tracker = new FaceDownTracker();
    feedOrientation(tracker, orientationStream('table-up', 0, 2000));
    for (const s of motionStream('table-down', 0, 1500)) tracker.pushMotion(s);
    expect(tracker.faceDown).toBe(false);
  });

  it('is live while motion keeps coming, or once orientation spoke; a desktop that sends null orientation never is', () => {
    const tracker = new FaceDownTracker();
    tracker.pushOrientation({ tMs: 0, beta: null, gamma: null });
    expect(tracker.live(10)).toBe(false);
    for (const s of motionStream('table-up', 0, 500)) tracker.pushMotion(s);
    expect(tracker.live(600)).toBe(true);
    expect(tracker.live(5000)).toBe(false);
    // Orientation may be sent only when it changes: a still phone stays live.
    feedOrientation(tracker, orientationStream('table-up', 5000, 100));
    expect(tracker.live(60_000)).toBe(true);
  });
});
