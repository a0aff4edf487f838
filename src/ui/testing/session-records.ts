import type { SessionRecord } from '../../core/session/record';

/** A finished Five breaths practice started at `startedAt`, with `extra` on top. */
export function sessionRecord(
  id: string,
  startedAt: Date,
  extra: Partial<SessionRecord> = {},
): SessionRecord {
  return {
    id,
    practiceId: 'five-breaths',
    practiceName: 'Five breaths',
    startedAt: startedAt.toISOString(),
    endedAt: new Date(startedAt.getTime() + 60_000).toISOString(),
    status: 'completed',
    plannedS: 58,
    practisedS: 58,
    breathsCompleted: 5,
    answer: undefined,
    bodyPlaces: [],
    urgeBefore: null,
    urgeAfter: null,
    ...extra,
  };
}

/** `count` practices an hour apart, the newest (`s-0`) an hour before `now`. */
export function hourlyRecords(count: number, now = new Date()): SessionRecord[] {
  return Array.from({ length: count }, (_, i) =>
    sessionRecord(`s-${String(i)}`, new Date(now.getTime() - (i + 1) * 3_600_000)),
  );
}
