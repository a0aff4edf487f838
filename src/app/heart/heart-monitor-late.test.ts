import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileSession } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { SessionLog } from '../practice/session-log';
import { FakeHeartSource, fakeMeterFactory } from '../testing/fake-heart-source';
import { FakePlayer, MemorySettingsStore } from '../testing/fake-ports';
import { quietCoach } from '../testing/quiet-coach';
import { HeartMonitor } from './heart-monitor';
import { HeartRecording } from './heart-recording';
import { createUrgeMeter } from './urge-meter';

// The heart monitor with its real parts: recording code that arrives late, and the core urge meter.

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-01-01T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * A monitor whose recording code has not arrived yet, with a connected strap and Five breaths
 * started; `arrive()` delivers the code.
 */
async function startedBeforeRecordingCode() {
  const bluetooth = new FakeHeartSource('bluetooth');
  const player = new FakePlayer();
  const log = new SessionLog();
  let arrive: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => (arrive = resolve));
  const monitor = new HeartMonitor({
    bluetooth,
    simulated: new FakeHeartSource('simulated'),
    settings: new MemorySettingsStore({ ...DEFAULT_SETTINGS, strap: 'bluetooth' }),
    log,
    player,
    createMeter: fakeMeterFactory(),
    loadRecording: () => loaded.then(() => HeartRecording),
    nowMs: () => Date.now(),
  });
  bluetooth.connect();
  const coach = quietCoach(compileSession(PRACTICES['five-breaths']), player, log, { volume: 0.5 });
  monitor.track(coach);
  await coach.start();
  return { bluetooth, monitor, coach, arrive };
}

describe('heart monitor, when the recording code arrives late', () => {
  it('records the whole practice when the recording code arrives after it started', async () => {
    const { bluetooth, monitor, coach, arrive } = await startedBeforeRecordingCode();
    expect(monitor.live.urge).toBeNull();
    arrive();
    await vi.advanceTimersByTimeAsync(0);
    expect(monitor.live.urge).toMatchObject({ quality: 'none', reason: 'baseline' });
    bluetooth.emit(60);
    await vi.advanceTimersByTimeAsync(1000);
    bluetooth.emit(62);
    coach.stop();
    expect(coach.record?.heart?.samples.map((s) => s.bpm)).toEqual([60, 62]);
    monitor.dispose();
  });

  it('keeps the heart rate already on screen when the recording code arrives, so a quick stop still has it', async () => {
    const { bluetooth, monitor, coach, arrive } = await startedBeforeRecordingCode();
    bluetooth.emit(58);
    await vi.advanceTimersByTimeAsync(500);
    expect(monitor.live.bpm).toBe(58);
    arrive();
    await vi.advanceTimersByTimeAsync(0);
    coach.stop();
    expect(coach.record?.heart?.samples.map((s) => s.bpm)).toEqual([58]);
    monitor.dispose();
  });
});

describe('heart monitor with the core urge meter', () => {
  it('finds a baseline in the first minute, then shows a rise in heart rate as a rising urge', async () => {
    const bluetooth = new FakeHeartSource('bluetooth');
    const player = new FakePlayer();
    const log = new SessionLog();
    const settings = new MemorySettingsStore({ ...DEFAULT_SETTINGS, strap: 'bluetooth' });
    const monitor = new HeartMonitor({
      bluetooth,
      simulated: new FakeHeartSource('simulated'),
      settings,
      log,
      player,
      createMeter: createUrgeMeter,
      loadRecording: () => Promise.resolve(HeartRecording),
      nowMs: () => Date.now(),
    });
    bluetooth.connect();
    const plan = compileSession(PRACTICES.resonance, { minutes: 3 });
    const coach = quietCoach(plan, player, log, { volume: 0.5 });
    monitor.track(coach);
    await coach.start();
    expect(monitor.live.urge).toMatchObject({ quality: 'none', reason: 'baseline' });
    for (let i = 0; i < 65; i++) {
      bluetooth.emit(62);
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(monitor.live.urge).toMatchObject({ quality: 'ok', baselineBpm: 62, reason: null });
    const settled = monitor.live.urge?.level ?? NaN;
    for (let i = 0; i < 20; i++) {
      bluetooth.emit(78);
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(monitor.live.urge?.level).toBeGreaterThan(settled + 50);
    coach.stop();
    expect(coach.record?.heart?.baselineBpm).toBe(62);
    expect(coach.record?.heart?.samples.at(-1)?.level).toBeGreaterThan(50);
    monitor.dispose();
    expect(bluetooth.listenerCount).toBe(0);
  });
});
