import { expect, html } from '@open-wc/testing';
import { createFakeServices } from '../../app/testing/fake-services';
import { createMemoryStorage } from '../../platform/storage/memory-storage';
import type { SessionRecord } from '../../core/session/record';
import { describe, it } from '../../testing/mocha';
import type { HistoryCharts } from './history-charts';
import './history-charts';
import { weekWords } from '../../core/content/sessions';
import { fixtureWithServices, until } from '../testing/provide';
import { sessionRecord } from '../testing/session-records';

// Wednesday 12 March 2025.
const now = new Date(2025, 2, 12, 20, 0);
const heart = (baselineBpm: number) => ({
  samples: [{ tS: 1, bpm: baselineBpm + 4, level: 10 }],
  gaps: [],
  baselineBpm,
});

async function charts(records: SessionRecord[]) {
  const fakes = createFakeServices({ storage: createMemoryStorage(records) });
  const element = await fixtureWithServices<HistoryCharts>(
    fakes.services,
    html`<history-charts .now=${now}></history-charts>`,
  );
  const root = element.shadowRoot as ShadowRoot;
  await until(() => root.querySelector('section') !== null);
  const chart = (name: string) => root.querySelector(`[data-chart="${name}"]`);
  const label = (name: string) => chart(name)?.querySelector('svg')?.getAttribute('aria-label');
  const rows = (name: string) =>
    [...(chart(name)?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
      [...tr.children].map((cell) => cell.textContent.trim()),
    );
  return { element, root, label, rows, chart };
}

describe('history-charts', () => {
  it('sums minutes, averages the urge and takes the median resting rate per week', async () => {
    const { element, label, rows, chart } = await charts([
      sessionRecord('a', new Date(2025, 2, 3, 22, 0), {
        practisedS: 90,
        urgeBefore: 8,
        urgeAfter: 4,
        heart: heart(70),
      }),
      sessionRecord('b', new Date(2025, 2, 9, 23, 30), {
        practisedS: 330,
        urgeBefore: 6,
        heart: heart(66),
      }),
      sessionRecord('c', new Date(2025, 2, 11, 7, 0), {
        practisedS: 60,
        urgeBefore: 5,
        urgeAfter: 2,
      }),
      sessionRecord('d', new Date(2025, 1, 18, 7, 0), { practisedS: 120, heart: heart(74) }),
    ]);
    const lastWeek = weekWords(new Date(2025, 2, 3));
    const thisWeek = weekWords(new Date(2025, 2, 10));
    const feb17 = weekWords(new Date(2025, 1, 17));

    expect(label('minutes')).to.equal(
      `Minutes practised per week over the last 12 weeks: 10 minutes in all, in 3 weeks; the most was 7 minutes in the week of ${lastWeek}; 1 minute this week.`,
    );
    const minutes = rows('minutes');
    expect(minutes).to.have.length(12);
    expect(minutes.slice(-4)).to.deep.equal([
      [feb17, '2', '1'],
      [weekWords(new Date(2025, 1, 24)), '0', '0'],
      [lastWeek, '7', '2'],
      [thisWeek, '1', '1'],
    ]);
    expect(chart('minutes')?.querySelectorAll('rect.bar')).to.have.length(3);

    expect(label('urge')).to.equal(
      `Urge to flee before and after practice, weekly average out of 10: rated in 2 weeks; in the week of ${thisWeek}, before 5, after 2.`,
    );
    expect(rows('urge').slice(-3)).to.deep.equal([
      [weekWords(new Date(2025, 1, 24)), 'not rated', 'not rated'],
      [lastWeek, '7', '4'],
      [thisWeek, '5', '2'],
    ]);
    expect(chart('urge')?.querySelectorAll('circle.before')).to.have.length(2);
    expect(chart('urge')?.querySelectorAll('circle.after')).to.have.length(2);

    expect(label('resting')).to.equal(
      `Resting heart rate, weekly median, in 2 weeks: 74 bpm in the week of ${feb17}, 68 bpm in the week of ${lastWeek}.`,
    );
    expect(rows('resting')).to.deep.equal([
      [feb17, '74'],
      [lastWeek, '68'],
    ]);
    await expect(element).to.be.accessible();
  });

  it('treats quiet weeks as quiet, and says where the resting rate will appear', async () => {
    const { label, chart } = await charts([
      sessionRecord('old', new Date(2024, 5, 1, 9, 0), { practisedS: 600 }),
    ]);
    expect(label('minutes')).to.equal(
      'Minutes practised per week over the last 12 weeks: none in these weeks.',
    );
    expect(chart('minutes')?.querySelectorAll('rect.bar')).to.have.length(0);
    expect(label('urge')).to.contain('no ratings in these weeks');
    expect(chart('resting')?.querySelector('svg')).to.equal(null);
    expect(chart('resting')?.textContent).to.contain('when a heart-rate strap was connected');
  });
});
