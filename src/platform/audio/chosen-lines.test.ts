import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PromptId } from '../../core/content/prompts';
import { CHOOSE_LEAD_S, ChosenLines } from './chosen-lines';
import type { VoiceLine } from './voice-lines';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A session clock that runs with the fake timers and can stand still. */
function clock() {
  let heldAtS: number | null = null;
  let offsetMs = 0;
  const start = Date.now();
  return {
    nowS: () => heldAtS ?? (Date.now() - start - offsetMs) / 1000,
    hold() {
      heldAtS = (Date.now() - start - offsetMs) / 1000;
    },
    release() {
      if (heldAtS !== null) offsetMs = Date.now() - start - heldAtS * 1000;
      heldAtS = null;
    },
  };
}

describe('ChosenLines', () => {
  it('asks for the words just before the line, with what is known then', async () => {
    const c = clock();
    let stillSoFar = false;
    const asked: number[] = [];
    const played: VoiceLine[] = [];
    const lines = new ChosenLines(
      [{ atS: 180, id: 'acknowledge-three' }],
      c.nowS,
      (id): PromptId => {
        asked.push(c.nowS());
        return stillSoFar ? 'acknowledge-three-still' : id;
      },
      (line) => played.push(line),
    );
    lines.start(0);
    await vi.advanceTimersByTimeAsync(170_000);
    stillSoFar = true;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(played).toEqual([{ atS: 180, id: 'acknowledge-three-still' }]);
    expect(asked[0]).toBeCloseTo(180 - CHOOSE_LEAD_S, 1);
  });

  it('waits while the clock stands still, and skips lines already behind it', async () => {
    const c = clock();
    const played: VoiceLine[] = [];
    const lines = new ChosenLines(
      [
        { atS: 1, id: 'acknowledge-three' },
        { atS: 10, id: 'acknowledge-three' },
      ],
      c.nowS,
      (id) => id,
      (line) => played.push(line),
    );
    lines.start(5);
    await vi.advanceTimersByTimeAsync(5_000);
    c.hold();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(played).toEqual([]);
    c.release();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(played).toEqual([{ atS: 10, id: 'acknowledge-three' }]);
    lines.stop();
  });

  it('keeps the plan words when the chooser throws', async () => {
    const c = clock();
    const played: VoiceLine[] = [];
    new ChosenLines(
      [{ atS: 2, id: 'acknowledge-three' }],
      c.nowS,
      () => {
        throw new Error('no data');
      },
      (line) => played.push(line),
    ).start(0);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(played).toEqual([{ atS: 2, id: 'acknowledge-three' }]);
  });
});
