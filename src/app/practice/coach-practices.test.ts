import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileSession, phaseCues } from '../../core/breathing/plan';
import { PRACTICE_IDS, PRACTICES } from '../../core/breathing/practices';
import { coachHarness } from '../testing/coach-harness';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-27T02:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('every practice runs hands-free from one tap to its end', () => {
  it.each(PRACTICE_IDS)('%s', async (id) => {
    const plan = compileSession(PRACTICES[id]);
    const { coach, player, screen, haptics, log, phases } = coachHarness(plan, { id });

    await coach.start();
    await vi.advanceTimersByTimeAsync((plan.durationS + 2) * 1000);

    const expected = phaseCues(plan);
    // Every phase is met, in order, at its planned time; nothing after the one tap.
    expect(
      phases.filter((e) => e.state.phase !== 'done').map((e) => [e.state.phase, e.atS]),
    ).toEqual(expected.map((c) => [c.kind, c.atS]));
    // Phase events are seen at most a timer tick late on the clock, never early.
    for (const e of phases) expect(e.nowS - e.atS).toBeGreaterThanOrEqual(0);
    expect(coach.status).toBe('ended');
    expect(log.get(id)).toMatchObject({ status: 'completed', breathsCompleted: plan.breathCount });
    // Touch marks every breathing phase change and the end.
    const felt = haptics.calls.filter((c) => c.kind !== 'cancel');
    expect(felt.filter((c) => c.kind === 'inhale')).toHaveLength(plan.breathCount);
    expect(felt.at(-1)?.kind).toBe('end');
    expect(player.calls).toEqual(['start', 'stop']);
    expect(screen.held).toBe(0);
  });
});
