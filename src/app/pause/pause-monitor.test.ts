import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seededRandom } from '../../core/random/seeded-random';
import type { Coach } from '../practice/coach';
import type { PauseMonitor } from './pause-monitor';
import { MAX_WAIT_S, pauseWinId } from './pause-run';
import { createFakeServices } from '../testing/fake-services';
import { FakeMotion } from '../testing/fake-motion';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-01-01T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

type Pose = 'up' | 'down' | 'hand';
/** Milliseconds between the fake sensor's readings (10 Hz: enough to judge each second). */
const STEP_MS = 100;

/** The five-minute pause on fake services, with a fake sensor the test moves. */
async function setup(motion: FakeMotion | null = new FakeMotion()) {
  const fakes = createFakeServices(motion ? { motion } : {});
  const monitor = await fakes.services.loadPause();
  await monitor.prepare();
  const random = seededRandom(7);
  const noise = (amount: number) => (random() - 0.5) * 2 * amount;
  let pose: Pose = 'up';
  /** Lets `ms` pass with the phone in `pose`, the sensor reporting every STEP_MS. */
  const hold = async (next: Pose, ms: number) => {
    pose = next;
    for (let t = 0; t < ms; t += STEP_MS) {
      await vi.advanceTimersByTimeAsync(STEP_MS);
      if (!motion) continue;
      const tMs = Date.now();
      const shake = pose === 'hand' ? 0.3 : 0.015;
      const z = pose === 'down' ? -9.81 : pose === 'up' ? 9.81 : 7;
      motion.orientation({
        tMs,
        beta: pose === 'down' ? 179 : pose === 'up' ? 1 : 40,
        gamma: 2,
      });
      motion.motion({ tMs, x: noise(shake), y: noise(shake), z: z + noise(shake) });
    }
  };
  const start = (): { coach: Coach; monitor: PauseMonitor } => {
    monitor.requestPermission();
    const coach = fakes.services.launcher.start('five-minute-pause', {
      choosePrompt: monitor.choosePrompt,
    });
    monitor.track(coach);
    return { coach, monitor };
  };
  return { ...fakes, monitor, hold, start };
}

describe('PauseMonitor at the face-down gate', () => {
  it('waits, clock still, while the phone lies face up; turning it over runs on at once', async () => {
    const { start, hold } = await setup();
    const { coach, monitor } = start();
    await hold('up', 5_200);
    expect(coach.status).toBe('waiting');
    expect(monitor.live).toMatchObject({ sensors: 'live', waiting: true, faceDown: false });
    expect(coach.nowS()).toBeCloseTo(5, 1);
    await hold('up', 8_000);
    expect(coach.nowS()).toBeCloseTo(5, 1);
    await hold('down', 1_000);
    expect(coach.status).toBe('running');
    expect(monitor.live.waiting).toBe(false);
    await hold('down', 2_000);
    expect(coach.nowS()).toBeGreaterThan(6.5);
    coach.stop();
    const motion = coach.record?.motion;
    expect(motion?.faceDownAtS).toBeCloseTo(5, 1);
    expect(motion?.waitedS).toBeGreaterThan(8);
    expect(motion?.waitedS).toBeLessThan(10);
  });

  it('never stalls: after the longest wait it goes on by itself', async () => {
    const { start, hold } = await setup();
    const { coach } = start();
    await hold('up', 5_500);
    expect(coach.status).toBe('waiting');
    await hold('up', MAX_WAIT_S * 1000);
    expect(coach.status).toBe('running');
    expect(coach.nowS()).toBeGreaterThan(5);
  });

  it('"Begin the still minute" runs on at once', async () => {
    const { start, hold } = await setup();
    const { coach, monitor } = start();
    await hold('up', 5_500);
    monitor.begin();
    await vi.advanceTimersByTimeAsync(0);
    expect(coach.status).toBe('running');
  });

  it('does not wait when the phone is already face down', async () => {
    const { start, hold, player } = await setup();
    const { coach } = start();
    await hold('down', 7_000);
    expect(coach.status).toBe('running');
    expect(player.calls).not.toContain('pause');
    expect(coach.nowS()).toBeCloseTo(7, 0);
  });

  it('runs on its timer without sensors, with permission denied, or when no reading ever comes', async () => {
    for (const motion of [null, new FakeMotion(true, 'denied'), new FakeMotion()]) {
      const { start, monitor, player } = await setup(motion);
      const { coach } = start();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(coach.status).toBe('running');
      expect(player.calls).not.toContain('pause');
      expect(monitor.live.sensors).toBe(
        motion === null ? 'off' : motion.asked && !motion.listening ? 'denied' : 'silent',
      );
      coach.stop();
    }
  });

  it('asks for permission once, from the tap, before the practice starts', async () => {
    const motion = new FakeMotion();
    const { start } = await setup(motion);
    start();
    expect(motion.asked).toBe(1);
  });
});

describe('PauseMonitor in the still minute', () => {
  it('notices a pickup kindly with a soft sound, counts it, and lets the practice run on', async () => {
    const { start, hold, player } = await setup();
    const { coach, monitor } = start();
    await hold('down', 20_000);
    await hold('hand', 3_000);
    expect(player.calls.filter((c) => c === 'notify:picked-up')).toHaveLength(1);
    expect(monitor.live).toMatchObject({ pickedUp: true, pickups: 1 });
    expect(coach.status).toBe('running');
    await hold('down', 2_000);
    expect(monitor.live.pickedUp).toBe(false);
    coach.stop();
    expect(coach.record?.motion?.pickups).toBe(1);
  });

  it('scores stillness: movement lowers it, and the record keeps the score and curve', async () => {
    const still = await setup();
    const a = still.start();
    await still.hold('down', 70_000);
    a.coach.stop();
    expect(a.coach.record?.motion?.firstMinute).toBe(1);

    const moved = await setup();
    const b = moved.start();
    await moved.hold('down', 30_000);
    await moved.hold('hand', 20_000);
    await moved.hold('down', 20_000);
    b.coach.stop();
    const motion = b.coach.record?.motion;
    expect(motion?.firstMinute).toBeLessThan(0.8);
    expect(motion?.firstMinute).toBeGreaterThan(0.5);
    expect(motion?.curve.length).toBeGreaterThanOrEqual(7);
    expect(Math.min(...(motion?.curve ?? []))).toBeLessThan(0.5);
    expect(b.coach.record?.stillness).toBeLessThan(0.8);
  });
});

describe('PauseMonitor across a hold of the clock', () => {
  it('does not count the turn made while the clock was held as a moving second', async () => {
    const { start, hold } = await setup();
    const { coach } = start();
    await hold('down', 20_500);
    // Paused mid-second face down; resumed face up: one plan second holds both.
    await coach.pause();
    await hold('up', 3_000);
    await coach.resume();
    await hold('up', 3_000);
    coach.stop();
    expect(coach.record?.motion?.firstMinute).toBe(1);
  });
});

describe('PauseMonitor at three minutes', () => {
  it('chooses the still acknowledgement for a still body, the plain one otherwise', async () => {
    const still = await setup();
    const a = still.start();
    await still.hold('down', 100_000);
    expect(a.monitor.choosePrompt('acknowledge-three')).toBe('acknowledge-three-still');
    expect(a.monitor.choosePrompt('question-now-or-then')).toBe('question-now-or-then');
    a.coach.stop();

    const moved = await setup();
    const b = moved.start();
    await moved.hold('hand', 100_000);
    expect(b.monitor.choosePrompt('acknowledge-three')).toBe('acknowledge-three');
  });

  it('names the heart when the strap shows it back near resting', async () => {
    const { start, hold, log } = await setup(null);
    const { coach, monitor } = start();
    await hold('down', 180_000);
    const samples = Array.from({ length: 180 }, (_, i) => ({
      tS: i,
      bpm: i < 150 ? 92 : 63,
      level: 0,
    }));
    log.update(coach.record?.id ?? '', { heart: { samples, gaps: [], baselineBpm: 62 } });
    expect(monitor.choosePrompt('acknowledge-three')).toBe('acknowledge-three-heart');
  });

  it('logs the pause as a small win at three minutes, and the end updates the same win', async () => {
    const { start, hold, storage } = await setup();
    const { coach } = start();
    await hold('down', 170_000);
    expect(await storage.wins.list()).toEqual([]);
    await hold('down', 25_000);
    const id = coach.record?.id ?? '';
    const [win] = await storage.wins.list();
    expect(win).toMatchObject({
      id: pauseWinId(id),
      kind: 'pause',
      sessionId: id,
      note: 'Your body was still.',
    });
    expect(win?.stayedS).toBeGreaterThanOrEqual(180);
    expect(win?.stayedS).toBeLessThan(200);
    await hold('down', 130_000);
    expect(coach.status).toBe('ended');
    const wins = await storage.wins.list();
    expect(wins).toHaveLength(1);
    expect(wins[0]?.stayedS).toBe(Math.round(coach.plan.durationS));
  });

  it('logs no win for a pause stopped before three minutes', async () => {
    const { start, hold, storage } = await setup();
    const { coach, monitor } = start();
    await hold('down', 120_000);
    coach.stop();
    await vi.advanceTimersByTimeAsync(100_000);
    expect(await storage.wins.list()).toEqual([]);
    expect(monitor.live.result?.practisedS).toBeCloseTo(120, 0);
  });
});
