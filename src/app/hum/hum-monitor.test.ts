import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileSession } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import { HumTracker } from '../../core/hum/hum';
import { addDrone, addHum } from '../../core/hum/testing/signals';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import type { Coach } from '../practice/coach';
import { DEFAULT_DRONE_HZ, HumMonitor, type HumLive, MIC_FAILED } from './hum-monitor';
import type { ListenResult } from '../ports/hum-listener';
import { HumRounds } from './hum-rounds';
import { SessionLog } from '../practice/session-log';
import { FakePlayer } from '../testing/fake-ports';
import { createFakeServices } from '../testing/fake-services';
import { FakeHumListener, FrameTracker, SAMPLE_RATE } from '../testing/fake-hum-listener';
import { quietCoach } from '../testing/quiet-coach';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-01-01T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

const plan = compileSession(PRACTICES['hum-reset']);
const windows = new HumRounds(plan).windows;
/** Milliseconds of sound in each chunk the fake microphone delivers. */
const CHUNK_MS = 100;

const HOP = (SAMPLE_RATE * CHUNK_MS) / 1000;
const LISTENING: ListenResult = {
  kind: 'listening',
  sampleRate: SAMPLE_RATE,
  hopSize: HOP,
  settings: {
    trackSampleRate: SAMPLE_RATE,
    channelCount: 1,
    echoCancellation: false,
    noiseSuppression: false,
    autoGainControl: false,
    processingOff: true,
  },
};

function setup(answer: ListenResult = LISTENING, useCoreTracker = false, droneHz?: number) {
  const player = new FakePlayer();
  const log = new SessionLog();
  const mic = new FakeHumListener(answer, (options) =>
    useCoreTracker ? new HumTracker(SAMPLE_RATE, options) : new FrameTracker(),
  );
  const monitor = new HumMonitor({
    loadMic: () => Promise.resolve(mic),
    player,
    log,
    nowMs: () => Date.now(),
  });
  const coach = quietCoach(plan, player, log, droneHz ? { droneHz } : {});
  const seen: HumLive[] = [];
  monitor.subscribe((live) => seen.push(live));
  monitor.track(coach);
  void coach.start();
  const record = () => log.get(coach.record?.id ?? '');
  const notices = () => player.calls.filter((c) => c === 'notify:hum-reached').length;
  return { player, log, mic, monitor, coach, seen, record, notices };
}

/** Advances the clock chunk by chunk to plan time `untilS`, the microphone hearing `chunkAt(tS)`. */
async function listen(
  coach: Coach,
  mic: FakeHumListener,
  untilS: number,
  chunkAt: (startS: number, endS: number) => Float32Array,
): Promise<void> {
  while (coach.nowS() < untilS && coach.status !== 'ended') {
    const fromS = coach.nowS();
    await vi.advanceTimersByTimeAsync(CHUNK_MS);
    mic.emit(chunkAt(fromS, coach.nowS()));
  }
}

/** A fake-frame chunk: hummed when its middle falls inside one of `hums`. */
function frames(hums: readonly { startS: number; endS: number }[]) {
  return (fromS: number, toS: number) => {
    const mid = (fromS + toS) / 2;
    const chunk = new Float32Array(HOP);
    chunk[0] = hums.some((h) => mid >= h.startS && mid < h.endS) ? 1 : 0;
    return chunk;
  };
}

/** Hums covering `share` of round `i`'s hum phase, starting 0.3 s into it. */
function humIn(i: number, share: number) {
  const w = windows[i];
  if (!w) throw new Error(`No round ${String(i)}.`);
  return { startS: w.startS + 0.3, endS: w.startS + 0.3 + (w.endS - w.startS) * share };
}

describe('HumMonitor', () => {
  it('counts the seconds and rounds hummed, and sounds once for each round that reaches its length', async () => {
    const { mic, coach, record, notices, seen } = setup();
    await vi.advanceTimersByTimeAsync(0);
    expect(mic.started).toBe(1);
    const hums = [humIn(0, 0.9), humIn(1, 0.85), humIn(2, 0.4), humIn(4, 0.95)];
    await listen(coach, mic, plan.breathingEndS + 1, frames(hums));
    expect(coach.status).toBe('ended');
    expect(notices()).toBe(3);
    const trueS = hums.reduce((sum, h) => sum + h.endS - h.startS, 0);
    const hum = record()?.hum;
    expect(hum?.rounds).toBe(3);
    expect(hum?.roundsPlanned).toBe(plan.breathCount);
    expect(hum?.seconds).toBeGreaterThan(trueS - 0.25);
    expect(hum?.seconds).toBeLessThan(trueS + 0.25);
    expect(record()?.humSeconds).toBe(hum?.seconds);
    expect(hum?.medianHz).toBe(150);
    expect(hum?.words).toBe('steady');
    expect(hum?.longestS).toBeCloseTo(Math.max(...hums.map((h) => h.endS - h.startS)), 0);
    // "Hum heard" showed in each hummed round, and the live state ends with the result.
    const heardRounds = new Set(seen.filter((l) => l.rounds?.heard).map((l) => l.rounds?.round));
    expect([...heardRounds]).toEqual([0, 1, 2, 4]);
    expect(seen.at(-1)?.result).toEqual(hum);
  });

  it('releases the microphone the moment the practice ends, and hears nothing after', async () => {
    const { mic, coach, record } = setup();
    await listen(coach, mic, 20, frames([humIn(0, 0.9)]));
    coach.stop();
    expect(mic.stopped).toBe(1);
    expect(mic.listeners.size).toBe(0);
    const before = record()?.hum;
    expect(before?.roundsPlanned).toBe(1);
    mic.emit(new Float32Array(HOP).fill(1));
    expect(record()?.hum).toEqual(before);
  });

  it('hears nothing while the practice is paused', async () => {
    const { mic, coach, record } = setup();
    const w0 = windows[0];
    if (!w0) throw new Error('No round 0.');
    await listen(coach, mic, w0.startS + 1, frames([{ startS: 0, endS: 999 }]));
    await coach.pause();
    for (let i = 0; i < 50; i++) {
      await vi.advanceTimersByTimeAsync(CHUNK_MS);
      mic.emit(new Float32Array(HOP).fill(1));
    }
    coach.stop();
    expect(record()?.hum?.seconds).toBeLessThan(w0.startS + 1.5);
  });

  it('opens the microphone with the first sound, not while the sound gets ready, and never for a practice stopped before it', async () => {
    let sound: () => void = () => undefined;
    const player = new FakePlayer();
    const start = player.start.bind(player);
    player.start = (...args) =>
      new Promise((resolve) => {
        sound = () => {
          resolve(start(...args));
        };
      });
    const log = new SessionLog();
    const mic = new FakeHumListener(LISTENING, () => new FrameTracker());
    const monitor = new HumMonitor({ loadMic: () => Promise.resolve(mic), player, log });
    const coach = quietCoach(plan, player, log);
    void coach.start();
    monitor.track(coach);
    await vi.advanceTimersByTimeAsync(3000);
    expect(coach.status).toBe('starting');
    expect(mic.started).toBe(0);
    expect(monitor.live.state).toEqual({ kind: 'asking' });
    sound();
    await vi.advanceTimersByTimeAsync(0);
    expect(coach.status).toBe('running');
    expect(mic.started).toBe(1);
    expect(monitor.live.state).toEqual({ kind: 'listening' });

    // Stopped while its sound was getting ready: the microphone is never asked for.
    const stopped = quietCoach(plan, player, log);
    void stopped.start();
    monitor.track(stopped);
    stopped.stop();
    sound();
    await vi.advanceTimersByTimeAsync(1000);
    expect(mic.started).toBe(1);
    expect(monitor.live.state).toEqual({ kind: 'off' });
  });

  it('tells the listener the drone pitch so the app’s own sound is never counted', async () => {
    const { mic, coach } = setup();
    await listen(coach, mic, 2, frames([]));
    expect(mic.options?.hum?.drone).toEqual({ hz: DEFAULT_DRONE_HZ });
  });

  it('tells the listener the tuned drone pitch when the drone follows the person’s hum', async () => {
    const { mic, coach } = setup(LISTENING, false, 120);
    await listen(coach, mic, 2, frames([]));
    expect(mic.options?.hum?.drone).toEqual({ hz: 120 });
  });

  it('runs timed and says why when the microphone is refused', async () => {
    const message = 'Microphone access is blocked. Allow it in the site settings to be heard.';
    const { mic, coach, monitor, record, notices } = setup({ kind: 'denied', message });
    await vi.advanceTimersByTimeAsync(0);
    expect(monitor.live.state).toEqual({ kind: 'unavailable', message });
    expect(mic.stopped).toBe(1);
    await listen(coach, mic, plan.breathingEndS + 1, frames([{ startS: 0, endS: 999 }]));
    expect(coach.status).toBe('ended');
    expect(record()?.hum).toBeUndefined();
    expect(record()?.humSeconds).toBeUndefined();
    expect(notices()).toBe(0);
    expect(monitor.live.state).toEqual({ kind: 'unavailable', message });
  });
});

describe('HumMonitor with the core tracker', () => {
  it('counts a real hum and never the drone under it', async () => {
    const sampleRate = SAMPLE_RATE;
    const untilS = (windows[2]?.endS ?? 0) + 1;
    const sound = new Float32Array(Math.ceil(untilS * sampleRate));
    // The drone (as loud as it reaches a phone's microphone from its speaker) plays throughout.
    addDrone(sound, sampleRate, { rootHz: DEFAULT_DRONE_HZ, levelScale: 0.5 });
    const hums = [humIn(0, 0.9), humIn(1, 0.5)];
    hums.forEach((h, i) => {
      addHum(
        sound,
        sampleRate,
        {
          startS: h.startS,
          durationS: h.endS - h.startS,
          hz: 150,
          amplitude: 0.2,
        },
        i + 1,
      );
    });
    const { mic, coach, record, notices } = setup(LISTENING, true);
    await listen(coach, mic, untilS, (fromS, toS) =>
      sound.slice(Math.round(Math.max(0, fromS) * sampleRate), Math.round(toS * sampleRate)),
    );
    coach.stop();
    const trueS = hums.reduce((sum, h) => sum + h.endS - h.startS, 0);
    const heard = record()?.hum;
    expect(heard?.seconds).toBeGreaterThan(trueS * 0.9);
    expect(heard?.seconds).toBeLessThan(trueS * 1.1);
    expect(heard?.rounds).toBe(1);
    expect(notices()).toBe(1);
    expect(heard?.medianHz).toBeGreaterThan(140);
    expect(heard?.medianHz).toBeLessThan(155);
  });
});

describe('services', () => {
  it('load one hum monitor, which runs the practice timed when there is no microphone', async () => {
    const fakes = createFakeServices({ settings: { ...DEFAULT_SETTINGS, humListen: true } });
    const monitor = await fakes.services.loadHum();
    expect(await fakes.services.loadHum()).toBe(monitor);
    const coach = fakes.services.launcher.start('hum-reset');
    monitor.track(coach);
    await vi.advanceTimersByTimeAsync(0);
    expect(coach.status).toBe('running');
    expect(monitor.live.state).toEqual({ kind: 'unavailable', message: MIC_FAILED });
    coach.stop();
    expect(fakes.log.get(coach.record?.id ?? '')?.hum).toBeUndefined();
  });
});
