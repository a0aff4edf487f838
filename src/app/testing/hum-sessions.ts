import type { SessionRecord } from '../../core/session/record';

/** An earlier Hum reset whose hum sat at `medianHz` (a fourth above a 120 Hz root at 160 Hz). */
export function humSession(id: string, medianHz: number): SessionRecord {
  return {
    id,
    practiceId: 'hum-reset',
    practiceName: 'Hum reset',
    startedAt: '2026-11-26T20:00:00.000Z',
    endedAt: '2026-11-26T20:05:00.000Z',
    status: 'completed',
    plannedS: 300,
    practisedS: 300,
    breathsCompleted: 8,
    answer: undefined,
    bodyPlaces: [],
    urgeBefore: null,
    urgeAfter: null,
    hum: {
      seconds: 40,
      rounds: 6,
      roundsPlanned: 8,
      longestS: 7,
      steadinessCents: 20,
      words: 'steady',
      medianHz,
    },
  };
}
