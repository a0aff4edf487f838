import { describe, expect, it } from 'vitest';
import { usualRestingBpm } from '../heart/resting-bpm';
import { SessionLog } from './session-log';
import type { SessionRecord } from '../../core/session/record';

const record: SessionRecord = {
  id: 'session-1',
  practiceId: 'five-breaths',
  practiceName: 'Five breaths',
  startedAt: '2025-01-01T10:00:00.000Z',
  endedAt: null,
  status: 'running',
  plannedS: 58,
  practisedS: 0,
  breathsCompleted: 0,
  answer: null,
  bodyPlaces: [],
  urgeBefore: null,
  urgeAfter: null,
};

describe('session log body places', () => {
  it('keeps the places chosen, in chip order, once each', () => {
    const log = new SessionLog();
    log.add(record);
    const updated = log.setBodyPlaces('session-1', ['jaw', 'chest', 'jaw']);
    expect(updated?.bodyPlaces).toEqual(['chest', 'jaw']);
    expect(log.get('session-1')).toEqual({ ...record, bodyPlaces: ['chest', 'jaw'] });
  });

  it('replaces an earlier choice, so a place can be taken back', () => {
    const log = new SessionLog();
    log.add(record);
    log.setBodyPlaces('session-1', ['throat', 'hands']);
    log.setBodyPlaces('session-1', ['hands']);
    expect(log.get('session-1')?.bodyPlaces).toEqual(['hands']);
    log.setBodyPlaces('session-1', []);
    expect(log.get('session-1')?.bodyPlaces).toEqual([]);
  });

  it('tells subscribers, and leaves the rest of the record alone', () => {
    const log = new SessionLog();
    log.add({ ...record, answer: 'protecting', breathsCompleted: 3 });
    const seen: (readonly string[])[] = [];
    log.subscribe((records) => seen.push(records[0]?.bodyPlaces ?? []));
    log.setBodyPlaces('session-1', ['stomach']);
    expect(seen).toEqual([['stomach']]);
    expect(log.get('session-1')).toMatchObject({ answer: 'protecting', breathsCompleted: 3 });
  });

  it('returns null and logs nothing for an unknown session', () => {
    const log = new SessionLog();
    expect(log.setBodyPlaces('nope', ['chest'])).toBeNull();
    expect(log.list()).toEqual([]);
  });
});

describe('session log urge ratings', () => {
  it('keeps the ratings before and after, whole and within 0–10', () => {
    const log = new SessionLog();
    log.add(record);
    log.rateUrge('session-1', 'before', 7);
    log.rateUrge('session-1', 'after', 12.4);
    expect(log.get('session-1')).toMatchObject({ urgeBefore: 7, urgeAfter: 10 });
    log.rateUrge('session-1', 'before', null);
    expect(log.get('session-1')?.urgeBefore).toBeNull();
  });

  it('gives the median baseline of earlier sessions as the usual resting level', () => {
    const log = new SessionLog();
    const heart = (baselineBpm: number | null) => ({ samples: [], gaps: [], baselineBpm });
    expect(usualRestingBpm(log.list())).toBeNull();
    log.add({ ...record, id: 'a', heart: heart(60) });
    log.add({ ...record, id: 'b', heart: heart(null) });
    log.add({ ...record, id: 'c', heart: heart(70) });
    log.add({ ...record, id: 'd' });
    log.add({ ...record, id: 'e', heart: heart(90) });
    expect(usualRestingBpm(log.list())).toBe(70);
    expect(usualRestingBpm(log.list(), 'e')).toBe(65);
  });

  it('counts each session once when the live records and the stored history overlap', () => {
    const overview = (baselineBpm: number | null) => ({
      baselineBpm,
      peakBpm: null,
      backToBaselineS: null,
      medianBpm: null,
      sampleCount: 0,
    });
    const live = [{ ...record, id: 'a', heart: { samples: [], gaps: [], baselineBpm: 80 } }];
    const stored = [
      { id: 'a', heart: overview(80) },
      { id: 'b', heart: overview(60) },
      { id: 'c', heart: null },
    ];
    // Counted twice, 'a' would make the median 80; once, it is the middle of 60 and 80.
    expect(usualRestingBpm([...live, ...stored])).toBe(70);
  });
});
