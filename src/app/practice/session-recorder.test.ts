import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileSession } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import type { HeartSample, SessionRecord } from '../../core/session/record';
import { SessionRecorder } from './session-recorder';
import { coachHarness } from '../testing/coach-harness';
import { createMemoryStorage } from '../../platform/storage/memory-storage';

const fiveBreaths = compileSession(PRACTICES['five-breaths']);
const resonance = compileSession(PRACTICES.resonance, { minutes: 2 });

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-01-01T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A coach, a recorder on memory storage, a page that can be left, and a heart trace to grow. */
function setup(plan = resonance) {
  const harness = coachHarness(plan);
  const storage = createMemoryStorage();
  const leave = new Set<() => void>();
  const completed = vi.fn();
  const recorder = new SessionRecorder({
    store: storage.sessions,
    log: harness.log,
    page: {
      onLeave(listener) {
        leave.add(listener);
        return () => leave.delete(listener);
      },
    },
    onCompleted: completed,
  });
  recorder.track(harness.coach);
  const samples: HeartSample[] = [];
  const rrMs: number[] = [];
  /** One heart sample a second up to now, as the heart recording writes them. */
  const beat = () => {
    const tS = Math.round(harness.coach.nowS() * 100) / 100;
    samples.push({ tS, bpm: 70 + (samples.length % 5), level: samples.length % 100 });
    rrMs.push(857.421875, 859.375);
    harness.log.update('session-1', {
      heart: { samples: [...samples], gaps: [], baselineBpm: 68, rrMs: [...rrMs] },
    });
  };
  const stored = () => storage.sessions.get('session-1');
  return {
    ...harness,
    storage,
    recorder,
    completed,
    samples,
    rrMs,
    beat,
    stored,
    leavePage: () => {
      for (const listener of leave) listener();
    },
  };
}

/** Advance `seconds`, one heart sample each second. */
async function run(s: ReturnType<typeof setup>, seconds: number) {
  for (let i = 0; i < seconds; i++) {
    s.beat();
    await vi.advanceTimersByTimeAsync(1000);
  }
}

describe('session recorder', () => {
  it('writes the session as running the moment it starts, and claims it', async () => {
    const s = setup();
    await s.coach.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(await s.stored()).toMatchObject({
      id: 'session-1',
      practiceId: 'resonance',
      status: 'running',
      startedAt: '2025-01-01T10:00:00.000Z',
      practisedS: 0,
    });
    expect(s.storage.owned.has('session-1')).toBe(true);
  });

  it('appends new heart samples at least every 3 s, each once, and keeps how far the person got', async () => {
    const s = setup();
    await s.coach.start();
    await run(s, 12);
    const record = await s.stored();
    // Saved at 3, 6, 9 and 12 s: everything up to 12 s is on the device.
    expect(record?.practisedS).toBe(12);
    expect(record?.heart?.samples).toEqual(s.samples);
    expect(record?.heart?.rrMs).toEqual(s.rrMs);
    const appended = s.storage.appends.map((a) => a.samples);
    expect(appended.reduce((a, b) => a + b, 0)).toBe(12);
    // Each periodic save carries the three new samples since the one before.
    expect(appended.slice(-3)).toEqual([3, 3, 3]);
  });

  it('saves at once when the page is hidden or closed, without waiting for the next save', async () => {
    const s = setup();
    await s.coach.start();
    await run(s, 5);
    expect((await s.stored())?.heart?.samples).toHaveLength(3);
    s.leavePage();
    await s.recorder.flush();
    const record = await s.stored();
    expect(record?.heart?.samples).toHaveLength(5);
    expect(record?.practisedS).toBe(5);
    expect(record?.status).toBe('running');
  });

  it('keeps the completed session, releases its claim, asks to persist, then saves the answer given afterwards', async () => {
    const s = setup(fiveBreaths);
    await s.coach.start();
    await run(s, 60);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await s.stored()).toMatchObject({
      status: 'completed',
      breathsCompleted: 5,
      practisedS: fiveBreaths.durationS,
      answer: null,
    });
    expect(s.storage.owned.size).toBe(0);
    expect(s.completed).toHaveBeenCalledTimes(1);
    expect((await s.stored())?.heart?.samples).toEqual(s.samples);

    s.log.answer('session-1', 'protecting');
    s.log.rateUrge('session-1', 'after', 3);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await s.stored()).toMatchObject({ answer: 'protecting', urgeAfter: 3 });
  });

  it('keeps a stopped session with the breaths finished before the stop', async () => {
    const s = setup(fiveBreaths);
    await s.coach.start();
    await run(s, 30);
    s.coach.stop();
    await s.recorder.flush();
    expect(await s.stored()).toMatchObject({ status: 'stopped', breathsCompleted: 2 });
    expect(s.completed).not.toHaveBeenCalled();
    expect(s.storage.owned.size).toBe(0);
  });

  it('loses nothing when a save hits a full disk: the samples go with the next save that fits', async () => {
    const s = setup();
    await s.coach.start();
    await run(s, 3);
    s.storage.full = true;
    await run(s, 6);
    expect(s.storage.problem()).toMatch(/out of space/);
    expect((await s.stored())?.heart?.samples).toHaveLength(3);
    s.storage.full = false;
    await run(s, 3);
    const record: SessionRecord | null = await s.stored();
    expect(record?.heart?.samples).toEqual(s.samples);
    expect(record?.heart?.rrMs).toEqual(s.rrMs);
    expect(s.storage.problem()).toBeNull();
  });
});
