import { describe, expect, it } from 'vitest';
import { eveningDue, isEvening, localDay, localHour } from './evening';
import type { JournalEntry } from './records';

function evening(createdAt: string): JournalEntry {
  return {
    id: createdAt,
    kind: 'evening',
    text: 'x',
    createdAt,
    updatedAt: createdAt,
    sessionId: null,
  };
}

const BERLIN = 'Europe/Berlin';
const LA = 'America/Los_Angeles';

describe('local time', () => {
  it('reads the hour and day where the person is, not in UTC', () => {
    const at = new Date('2026-03-03T17:30:00Z');
    expect(localHour(at, BERLIN)).toBe(18);
    expect(localDay(at, BERLIN)).toBe('2026-03-03');
    expect(localHour(at, LA)).toBe(9);
    // 02:30 UTC on the 4th is still the evening of the 3rd in Los Angeles.
    const late = new Date('2026-03-04T02:30:00Z');
    expect(localDay(late, LA)).toBe('2026-03-03');
    expect(localHour(late, LA)).toBe(18);
    expect(localDay(late, BERLIN)).toBe('2026-03-04');
  });

  it('is evening from 18:00 until midnight, and midnight is 0 not 24', () => {
    expect(isEvening(new Date('2026-03-03T16:59:59Z'), BERLIN)).toBe(false);
    expect(isEvening(new Date('2026-03-03T17:00:00Z'), BERLIN)).toBe(true);
    expect(isEvening(new Date('2026-03-03T22:59:59Z'), BERLIN)).toBe(true);
    expect(localHour(new Date('2026-03-03T23:00:00Z'), BERLIN)).toBe(0);
    expect(isEvening(new Date('2026-03-03T23:00:00Z'), BERLIN)).toBe(false);
  });

  it('follows summer time', () => {
    // Berlin is UTC+2 in July: 16:00 UTC is 18:00 there.
    expect(isEvening(new Date('2026-07-01T16:00:00Z'), BERLIN)).toBe(true);
    expect(isEvening(new Date('2026-01-01T16:00:00Z'), BERLIN)).toBe(false);
  });
});

describe('eveningDue', () => {
  const now = new Date('2026-03-03T19:00:00Z'); // 20:00 in Berlin

  it('invites in the evening when nothing was written and nothing dismissed', () => {
    expect(eveningDue({ now, entries: [], dismissedOn: null, timeZone: BERLIN })).toBe(true);
  });

  it('is quiet before the evening', () => {
    const morning = new Date('2026-03-03T08:00:00Z');
    expect(eveningDue({ now: morning, entries: [], dismissedOn: null, timeZone: BERLIN })).toBe(
      false,
    );
  });

  it('is quiet once tonight was dismissed, and back the next evening', () => {
    expect(eveningDue({ now, entries: [], dismissedOn: '2026-03-03', timeZone: BERLIN })).toBe(
      false,
    );
    const tomorrow = new Date('2026-03-04T19:00:00Z');
    expect(
      eveningDue({ now: tomorrow, entries: [], dismissedOn: '2026-03-03', timeZone: BERLIN }),
    ).toBe(true);
  });

  it('is quiet once an evening entry was written today, wherever the day began', () => {
    // 23:30 UTC on the 2nd is 00:30 on the 3rd in Berlin: today, there.
    expect(
      eveningDue({
        now,
        entries: [evening('2026-03-02T23:30:00Z')],
        dismissedOn: null,
        timeZone: BERLIN,
      }),
    ).toBe(false);
    // The same moment is still the 2nd in Los Angeles, so the evening of the 3rd is open there.
    const laEvening = new Date('2026-03-04T03:00:00Z'); // 19:00 on the 3rd in LA
    expect(
      eveningDue({
        now: laEvening,
        entries: [evening('2026-03-02T23:30:00Z')],
        dismissedOn: null,
        timeZone: LA,
      }),
    ).toBe(true);
  });

  it('other kinds of entry do not count as the note for tonight', () => {
    const at = '2026-03-03T18:00:00Z';
    const note: JournalEntry = {
      id: at,
      kind: 'note',
      text: 'x',
      createdAt: at,
      updatedAt: at,
      sessionId: null,
    };
    expect(eveningDue({ now, entries: [note], dismissedOn: null, timeZone: BERLIN })).toBe(true);
  });
});
