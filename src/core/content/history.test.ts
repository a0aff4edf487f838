import { describe, expect, it } from 'vitest';
import {
  minutesChartWords,
  practicesWords,
  restingChartWords,
  showingWords,
  urgeChartWords,
} from './history';

describe('history words', () => {
  it('counts practices with the right plural', () => {
    expect(practicesWords(1)).toBe('1 practice');
    expect(practicesWords(12)).toBe('12 practices');
    expect(showingWords(50, 120)).toBe('Showing 50 of 120.');
  });

  it('names a quiet stretch of weeks without reproach', () => {
    expect(minutesChartWords(12, null)).toBe(
      'Minutes practised per week over the last 12 weeks: none in these weeks.',
    );
  });

  it('says the minutes chart in one sentence, singular where it is one', () => {
    const words = minutesChartWords(12, {
      weeks: 1,
      totalMinutes: 1,
      mostMinutes: 1,
      mostWeek: '3 Mar',
      currentMinutes: 0,
    });
    expect(words).toBe(
      'Minutes practised per week over the last 12 weeks: 1 minute in all, in 1 week; the most was 1 minute in the week of 3 Mar; 0 minutes this week.',
    );
  });

  it('names only the urge ratings a week has', () => {
    expect(urgeChartWords({ ratedWeeks: 2, week: '3 Mar', before: 6.5, after: null })).toBe(
      'Urge to flee before and after practice, weekly average out of 10: rated in 2 weeks; in the week of 3 Mar, before 6.5.',
    );
    expect(urgeChartWords(null)).toContain('no ratings in these weeks');
  });

  it('gives one resting week on its own, and first and last of several', () => {
    const first = { bpm: 64, week: '3 Mar' };
    const last = { bpm: 61, week: '24 Mar' };
    expect(restingChartWords({ weeks: 1, first, last: first })).toBe(
      'Resting heart rate, weekly median: 64 bpm in the week of 3 Mar.',
    );
    expect(restingChartWords({ weeks: 3, first, last })).toBe(
      'Resting heart rate, weekly median, in 3 weeks: 64 bpm in the week of 3 Mar, 61 bpm in the week of 24 Mar.',
    );
  });
});
