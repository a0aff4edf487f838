import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileSession, phaseCues } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import type { SessionPlan } from '../../core/breathing/types';
import { coachHarness } from '../testing/coach-harness';

const plan: SessionPlan = compileSession(PRACTICES['five-breaths']);

function setup(vibration = true) {
  return coachHarness(plan, { vibration });
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-01-01T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('coach', () => {
  it('follows the plan: five breaths give settle, then in and out at their plan times', async () => {
    const { coach, phases, haptics } = setup();
    await coach.start();
    await vi.advanceTimersByTimeAsync(60_000);

    expect(phases.map((e) => [e.state.phase, e.atS])).toEqual([
      ['settle', 0],
      ['inhale', 8],
      ['exhale', 12],
      ['inhale', 18],
      ['exhale', 22],
      ['inhale', 28],
      ['exhale', 32],
      ['inhale', 38],
      ['exhale', 42],
      ['inhale', 48],
      ['exhale', 52],
      ['done', 58],
    ]);
    for (const e of phases) expect(e.nowS).toBeCloseTo(e.atS, 2);
    expect(phases[4]?.state.breathIndex).toBe(1);
    expect(haptics.calls.map((c) => c.kind)).toEqual([
      'settle',
      ...Array.from({ length: 5 }, () => ['inhale', 'exhale']).flat(),
      'end',
    ]);
    for (const [i, call] of haptics.calls.entries()) {
      expect(call.atS).toBeCloseTo(phases[i]?.atS ?? NaN, 2);
    }
  });

  it('ends on its own, keeps a completed record and releases wake lock and media controls', async () => {
    const { coach, player, screen, media, log, statuses } = setup();
    await coach.start();
    expect(screen.held).toBe(1);
    expect(media.state).toBe('playing');
    expect(media.title).toBe('Five breaths');
    await vi.advanceTimersByTimeAsync(58_000);

    expect(statuses).toEqual(['starting', 'running', 'ended']);
    expect(screen.held).toBe(0);
    expect(media.handlers).toBeNull();
    expect(media.state).toBe('none');
    expect(log.list()).toEqual([
      {
        id: 'session-1',
        practiceId: 'five-breaths',
        practiceName: 'Five breaths',
        startedAt: '2025-01-01T10:00:00.000Z',
        endedAt: '2025-01-01T10:00:58.000Z',
        status: 'completed',
        plannedS: plan.durationS,
        practisedS: plan.durationS,
        phases: phaseCues(plan).map(({ kind, atS, durationS }) => ({ kind, atS, durationS })),
        breathsCompleted: 5,
        answer: null,
        bodyPlaces: [],
        urgeBefore: null,
        urgeAfter: null,
      },
    ]);
    expect(player.calls).toEqual(['start']);
    await vi.advanceTimersByTimeAsync(Math.ceil((plan.durationS - 58) * 1000));
    expect(player.calls).toEqual(['start', 'stop']);
  });

  it('keeps the answer to the closing question in the log', async () => {
    const { coach, log } = setup();
    await coach.start();
    await vi.advanceTimersByTimeAsync(60_000);
    log.answer('session-1', 'protecting');
    expect(coach.record?.answer).toBe('protecting');
  });

  it('does not vibrate when vibration is off', async () => {
    const { coach, haptics } = setup(false);
    await coach.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(haptics.calls).toEqual([]);
  });

  it('pausing freezes progress until resumed, then continues on the same plan times', async () => {
    const { coach, phases, player, screen, media } = setup();
    await coach.start();
    await vi.advanceTimersByTimeAsync(10_000);
    await coach.pause();
    expect(coach.status).toBe('paused');
    expect(player.calls).toEqual(['start', 'pause']);
    expect(screen.held).toBe(0);
    expect(media.state).toBe('paused');
    const frozenAt = coach.nowS();
    expect(frozenAt).toBeCloseTo(10, 3);

    await vi.advanceTimersByTimeAsync(30_000);
    expect(coach.nowS()).toBe(frozenAt);
    expect(phases.map((e) => e.state.phase)).toEqual(['settle', 'inhale']);

    await coach.resume();
    expect(screen.held).toBe(1);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(phases).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(phases.map((e) => [e.state.phase, e.atS])).toEqual([
      ['settle', 0],
      ['inhale', 8],
      ['exhale', 12],
    ]);
    expect(phases[2]?.nowS).toBeCloseTo(12, 3);
  });

  it('holding waits hands-free with the clock still, and releasing runs on at the same plan times', async () => {
    const { coach, phases, player, screen, media } = setup();
    await coach.start();
    await vi.advanceTimersByTimeAsync(5_000);
    await coach.hold();
    expect(coach.status).toBe('waiting');
    expect(player.calls).toEqual(['start', 'pause']);
    expect(screen.held).toBe(1);
    expect(media.state).toBe('playing');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(coach.nowS()).toBeCloseTo(5, 3);
    expect(phases.map((e) => e.state.phase)).toEqual(['settle']);

    await coach.release();
    expect(coach.status).toBe('running');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(phases.map((e) => [e.state.phase, e.atS])).toEqual([
      ['settle', 0],
      ['inhale', 8],
    ]);
    expect(phases[1]?.nowS).toBeCloseTo(8, 3);
  });

  it('hold and release do nothing out of turn; a pause while waiting resumes to running', async () => {
    const { coach, player } = setup();
    await coach.release();
    await coach.start();
    await coach.release();
    expect(coach.status).toBe('running');
    await coach.hold();
    await coach.hold();
    expect(player.calls).toEqual(['start', 'pause']);
    await coach.pause();
    expect(coach.status).toBe('paused');
    await coach.resume();
    expect(coach.status).toBe('running');
    coach.stop();
    expect(coach.record?.status).toBe('stopped');
  });

  it('stopping while waiting ends the session as stopped', async () => {
    const { coach, log } = setup();
    await coach.start();
    await vi.advanceTimersByTimeAsync(2_000);
    await coach.hold();
    coach.stop();
    expect(coach.status).toBe('stopped');
    expect(log.get('session-1')).toMatchObject({ status: 'stopped', practisedS: 2 });
  });

  it('media session pause and play go through the player', async () => {
    const { coach, player, media } = setup();
    await coach.start();
    media.handlers?.pause();
    await vi.advanceTimersByTimeAsync(0);
    expect(coach.status).toBe('paused');
    media.handlers?.play();
    await vi.advanceTimersByTimeAsync(0);
    expect(coach.status).toBe('running');
    media.handlers?.stop();
    expect(coach.status).toBe('stopped');
    expect(player.calls).toEqual(['start', 'pause', 'resume', 'stop']);
  });

  it('an interruption from the platform pauses the session', async () => {
    const { coach, player } = setup();
    await coach.start();
    await vi.advanceTimersByTimeAsync(3_000);
    player.interrupt();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(coach.status).toBe('paused');
    expect(coach.nowS()).toBeCloseTo(3, 3);
  });

  it('stop releases the player, wake lock, media controls and timers, and logs an incomplete session', async () => {
    const { coach, player, screen, media, log, phases, haptics } = setup();
    await coach.start();
    await vi.advanceTimersByTimeAsync(30_000);
    coach.stop();
    coach.stop();

    expect(coach.status).toBe('stopped');
    expect(player.calls).toEqual(['start', 'stop']);
    expect(player.interruptListenerCount).toBe(0);
    expect(screen.held).toBe(0);
    expect(media.handlers).toBeNull();
    expect(media.state).toBe('none');
    expect(haptics.calls.at(-1)?.kind).toBe('cancel');
    expect(vi.getTimerCount()).toBe(0);
    const count = phases.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(phases).toHaveLength(count);
    expect(log.get('session-1')).toMatchObject({
      status: 'stopped',
      breathsCompleted: 2,
      endedAt: '2025-01-01T10:00:30.000Z',
    });
  });

  it('a failed start stops the coach and rejects with the reason', async () => {
    const { coach, player, screen, statuses } = setup();
    player.failWith = new Error('no audio');
    await expect(coach.start()).rejects.toThrow('no audio');
    expect(statuses).toEqual(['starting', 'stopped']);
    expect(coach.error).toBe(player.failWith);
    expect(screen.held).toBe(0);
  });

  it('stop while starting never leaves the player running', async () => {
    const { coach, player, log } = setup();
    const started = coach.start();
    coach.stop();
    await started;
    expect(coach.status).toBe('stopped');
    expect(player.calls).toEqual(['start', 'stop']);
    expect(log.list()).toEqual([]);
  });

  it('a pause pressed while the first sound is on its way pauses the session once it starts', async () => {
    const { coach, player } = setup();
    const started = coach.start();
    const pausing = coach.pause();
    expect(coach.status).toBe('starting');
    await pausing;
    await started;
    await vi.advanceTimersByTimeAsync(0);
    expect(coach.status).toBe('paused');
    expect(player.calls).toEqual(['start', 'pause']);
    await coach.resume();
    expect(coach.status).toBe('running');
  });

  it('a coach runs one session only', async () => {
    const { coach } = setup();
    await coach.start();
    await expect(coach.start()).rejects.toThrow();
  });
});

describe('coach started part-way', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2025-01-01T10:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('announces the phase in force, then carries on from there', async () => {
    const { coach, player, phases } = setup();
    player.startAtS = 20;
    await coach.start();
    expect(phases.map((e) => [e.state.phase, e.atS])).toEqual([['inhale', 18]]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(phases.map((e) => [e.state.phase, e.atS])).toEqual([
      ['inhale', 18],
      ['exhale', 22],
    ]);
  });

  it('ends at once when the clock is already past the end', async () => {
    const { coach, player, statuses } = setup();
    player.startAtS = 100;
    await coach.start();
    expect(statuses).toEqual(['starting', 'running', 'ended']);
    expect(coach.record?.status).toBe('completed');
  });
});
