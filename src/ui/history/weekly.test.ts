import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../core/session/record';
import { weekStart, weeklyStats } from './weekly';

function summary(id: string, startedAt: Date, extra: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id,
    practiceId: 'five-breaths',
    practiceName: 'Five breaths',
    startedAt: startedAt.toISOString(),
    endedAt: null,
    status: 'completed',
    plannedS: 60,
    practisedS: 60,
    breathsCompleted: 5,
    answer: undefined,
    bodyPlaces: [],
    urgeBefore: null,
    urgeAfter: null,
    heart: null,
    ...extra,
  };
}

function heart(baselineBpm: number | null): SessionSummary['heart'] {
  return { baselineBpm, peakBpm: null, backToBaselineS: null, medianBpm: null, sampleCount: 0 };
}

// Wednesday 12 March 2025, local time.
const now = new Date(2025, 2, 12, 20, 0);

describe('weeklyStats', () => {
  it('starts weeks on Monday, local time', () => {
    expect(weekStart(now)).toEqual(new Date(2025, 2, 10));
    expect(weekStart(new Date(2025, 2, 16, 23, 59))).toEqual(new Date(2025, 2, 10));
    expect(weekStart(new Date(2025, 2, 10, 0, 0))).toEqual(new Date(2025, 2, 10));
  });

  it('gives twelve weeks, oldest first, with quiet weeks empty', () => {
    const weeks = weeklyStats([], now);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]?.start).toEqual(new Date(2024, 11, 23));
    expect(weeks[11]?.start).toEqual(new Date(2025, 2, 10));
    expect(weeks.every((w) => w.minutes === 0 && w.sessions === 0 && w.urgeBefore === null)).toBe(
      true,
    );
  });

  it('adds minutes, averages urges and takes the median baseline per week', () => {
    const weeks = weeklyStats(
      [
        summary('a', new Date(2025, 2, 3, 22, 0), {
          practisedS: 90,
          urgeBefore: 8,
          urgeAfter: 4,
          heart: heart(70),
        }),
        summary('b', new Date(2025, 2, 9, 23, 30), {
          practisedS: 300,
          urgeBefore: 6,
          urgeAfter: null,
          heart: heart(66),
        }),
        summary('c', new Date(2025, 2, 5, 7, 0), { practisedS: 30, heart: heart(null) }),
        summary('d', new Date(2025, 2, 11, 7, 0), { practisedS: 60, urgeBefore: 5, urgeAfter: 2 }),
        // Too old, and not yet: left out.
        summary('old', new Date(2024, 11, 22, 12, 0)),
        summary('future', new Date(2025, 2, 17, 12, 0)),
      ],
      now,
    );
    const lastTwo = weeks.slice(-2);
    expect(lastTwo).toEqual([
      {
        start: new Date(2025, 2, 3),
        sessions: 3,
        minutes: 7,
        urgeBefore: 7,
        urgeAfter: 4,
        restingBpm: 68,
      },
      {
        start: new Date(2025, 2, 10),
        sessions: 1,
        minutes: 1,
        urgeBefore: 5,
        urgeAfter: 2,
        restingBpm: null,
      },
    ]);
    expect(weeks.reduce((n, w) => n + w.sessions, 0)).toBe(4);
  });
});
