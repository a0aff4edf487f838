import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryStorage, type MemoryStorage } from '../../platform/storage/memory-storage';
import type { ChallengeDay, ChallengeProgress } from '../../core/reflect/records';
import { describe, it } from '../../testing/mocha';
import './connection-challenge';
import { buttonNamed, until } from '../testing/provide';
import { mountTool, tabTo, text, type } from '../testing/small-steps';

const mount = (storage: MemoryStorage) =>
  mountTool(
    'connection-challenge',
    storage,
    (root) => root.querySelector('form, .start, .finished') !== null,
  );

const status = (root: ShadowRoot) => text(root.querySelector('[role="status"]'));
const radioNamed = (root: ShadowRoot, name: string) => {
  const label = [...root.querySelectorAll('label.choice')].find((l) => text(l) === name);
  const input = label?.querySelector('input');
  if (!input) throw new Error(`No radio named ${name}.`);
  return input;
};
const dose = (root: ShadowRoot) => [...root.querySelectorAll('.dose .words')].map((w) => text(w));

function day(n: number, rest: Partial<ChallengeDay> = {}): ChallengeDay {
  return { day: n, status: 'done', at: '2026-11-20T20:00:00.000Z', rung: 1, note: '', ...rest };
}
async function seeded(...runs: ChallengeProgress[]) {
  const storage = createMemoryStorage();
  for (const run of runs) await storage.challenges.put(run);
  return storage;
}

describe('connection-challenge', () => {
  it('invites a start, and offers the way through a bad day from the first screen', async () => {
    const { root, wrapper } = await mount(createMemoryStorage());
    expect(text(root.querySelector('h2'))).to.equal('Your seven days');
    expect(text(root.querySelector('.start'))).to.equal('Start the seven days');
    const links = [...root.querySelectorAll('.bad a')].map((a) => [
      text(a),
      a.getAttribute('href'),
    ]);
    expect(links).to.deep.equal([
      ['Write a capacity note', '/reflect/capacity'],
      ['Do a three-column reset', '/reflect/three-column'],
      ['Take a Hum reset', '/practice/hum-reset'],
    ]);
    expect(text(root)).not.to.match(/streak|missed|failed/i);
    await expect(wrapper).to.be.accessible();
  });

  it('starts and marks day 1 done by keyboard alone, then takes a rest day, and both survive a reload', async () => {
    const storage = createMemoryStorage();
    const { root, wrapper } = await mount(storage);
    await tabTo(root, buttonNamed(root, 'Start the seven days'));
    await sendKeys({ press: 'Enter' });
    await until(() => text(root.querySelector('#day-title')) === 'Day 1 of 7');
    expect(root.activeElement?.id).to.equal('day-title');
    expect(text(root.querySelector('.suggestion'))).to.equal('A gentle start: rung 1: Physical.');
    expect(text(root.querySelector('.prompt'))).to.contain('Ask someone for something small');
    expect(radioNamed(root, 'Rung 1: Physical').checked).to.equal(true);
    await expect(wrapper).to.be.accessible();

    await tabTo(root, root.querySelector('#note') as HTMLElement);
    await type('Asked my neighbour for a hand with the bins.');
    // The group starts on "Rather not say"; the arrow keys move within it (and wrap).
    await tabTo(root, radioNamed(root, 'Rather not say'));
    await sendKeys({ press: 'ArrowDown' });
    expect(radioNamed(root, 'Well').checked).to.equal(true);
    await tabTo(root, buttonNamed(root, 'Mark this day done'));
    await sendKeys({ press: 'Enter' });
    await until(() => status(root) === 'Day saved. Well done for reaching out.');
    expect(text(root.querySelector('#day-title'))).to.equal('Day 2 of 7');

    await tabTo(root, buttonNamed(root, 'Take a rest day'));
    await sendKeys({ press: 'Enter' });
    await until(() => status(root) === 'Rest day saved. Resting is part of it.');

    const [run] = await storage.challenges.list();
    expect(
      run?.days.map(({ day: d, status: s, rung, note, went }) => ({ d, s, rung, note, went })),
    ).to.deep.equal([
      {
        d: 1,
        s: 'done',
        rung: 1,
        note: 'Asked my neighbour for a hand with the bins.',
        went: 'well',
      },
      { d: 2, s: 'rest', rung: null, note: '', went: undefined },
    ]);

    const again = await mount(storage);
    expect(text(again.root.querySelector('#day-title'))).to.equal('Day 3 of 7');
    expect(text(again.root.querySelector('.suggestion'))).to.equal(
      'If it feels right, one step up: rung 2: Logistical.',
    );
    expect(dose(again.root).slice(0, 3)).to.deep.equal([
      'Day 1: done at rung 1, went well',
      'Day 2: rest day',
      'Day 3: not yet',
    ]);
    // The chart shows the same days as bars, hidden from screen readers (the list says it in words).
    const chart = again.root.querySelector('.chart');
    expect(chart?.getAttribute('aria-hidden')).to.equal('true');
    expect([...(chart?.querySelectorAll('.bar') ?? [])].map((b) => b.className)).to.deep.equal([
      'bar rung-1',
      'bar rung-0',
      'bar rung-0',
      'bar rung-0',
      'bar rung-0',
      'bar rung-0',
      'bar rung-0',
    ]);
    expect(chart?.querySelector('.column.rest')).not.to.equal(null);
  });

  it('after a hard day suggests stepping down or staying', async () => {
    const storage = await seeded({
      id: 'r1',
      startedAt: '2026-11-20T08:00:00.000Z',
      days: [day(1), day(2, { rung: 2, went: 'badly' })],
    });
    const { root } = await mount(storage);
    expect(text(root.querySelector('#day-title'))).to.equal('Day 3 of 7');
    expect(text(root.querySelector('.suggestion'))).to.equal(
      'After a hard day, you might step down to rung 1: Physical, or stay at rung 2: Logistical. Both count.',
    );
    expect(radioNamed(root, 'Rung 1: Physical').checked).to.equal(true);
    expect(root.querySelector('.bad h3')).not.to.equal(null);
  });

  it('changes a recorded day and clears another after a confirmation', async () => {
    const storage = await seeded({
      id: 'r1',
      startedAt: '2026-11-20T08:00:00.000Z',
      days: [day(1, { note: 'First go' }), day(2, { status: 'rest', rung: null })],
    });
    const { root, wrapper } = await mount(storage);
    const change = root.querySelector<HTMLButtonElement>('li[data-day="1"] .change');
    if (!change) throw new Error('no Change button');
    expect(change.getAttribute('aria-label')).to.equal('Change day 1');
    await tabTo(root, change);
    await sendKeys({ press: 'Enter' });
    await until(() => text(root.querySelector('#day-title')) === 'Change day 1');
    expect((root.querySelector('#note') as HTMLTextAreaElement).value).to.equal('First go');
    radioNamed(root, 'Rung 2: Logistical').click();
    radioNamed(root, 'Mixed').click();
    buttonNamed(root, 'Mark this day done').click();
    await until(() => status(root) === 'Changes saved.');
    expect((await storage.challenges.get('r1'))?.days[0]).to.include({
      day: 1,
      rung: 2,
      went: 'mixed',
      note: 'First go',
    });
    expect(text(root.querySelector('#day-title'))).to.equal('Day 3 of 7');

    const clear = root.querySelector<HTMLButtonElement>('li[data-day="2"] .clear');
    if (!clear) throw new Error('no Clear button');
    await tabTo(root, clear);
    await sendKeys({ press: 'Enter' });
    await until(() => root.querySelector('.confirm') !== null);
    expect(root.activeElement?.id).to.equal('confirm-text');
    await expect(wrapper).to.be.accessible();
    await tabTo(root, buttonNamed(root, 'Yes, clear'));
    await sendKeys({ press: 'Enter' });
    await until(() => status(root).startsWith('Day cleared.'));
    expect((await storage.challenges.get('r1'))?.days.map((d) => d.day)).to.deep.equal([1]);
    expect(text(root.querySelector('#day-title'))).to.equal('Day 2 of 7');
  });

  it('starts again as often as wanted, and an earlier run can be continued or deleted', async () => {
    const storage = await seeded({
      id: 'old',
      startedAt: '2026-11-01T08:00:00.000Z',
      days: [day(1), day(2)],
    });
    const { root } = await mount(storage);
    buttonNamed(root, 'Start again').click();
    await until(() => status(root) === 'A new run has begun. Day 1 is waiting.');
    expect(text(root.querySelector('#day-title'))).to.equal('Day 1 of 7');
    expect((await storage.challenges.list()).length).to.equal(2);
    const item = root.querySelector('li[data-run="old"]');
    expect(text(item?.querySelector('p'))).to.match(/^Started .+: 2 done, 0 rested$/);

    const cont = item?.querySelector<HTMLButtonElement>('.continue');
    expect(cont?.getAttribute('aria-label')).to.match(/^Continue the run started /);
    cont?.click();
    await until(() => text(root.querySelector('#day-title')) === 'Day 3 of 7');

    const newer = root.querySelector<HTMLButtonElement>('.runs li .delete');
    newer?.click();
    await until(() => root.querySelector('#confirm-run-text') !== null);
    buttonNamed(root, 'Yes, delete').click();
    await until(() => status(root) === 'Run deleted.');
    expect((await storage.challenges.list()).map((r) => r.id)).to.deep.equal(['old']);
  });

  it('celebrates a finished run without counting rest days against anyone', async () => {
    const days = [1, 2, 3, 4, 5, 6, 7].map((n) =>
      n % 2 === 0 ? day(n, { status: 'rest', rung: null }) : day(n),
    );
    const { root, wrapper } = await mount(
      await seeded({ id: 'r1', startedAt: '2026-11-20T08:00:00.000Z', days }),
    );
    expect(text(root.querySelector('.finished'))).to.contain(
      'You have been through all seven days.',
    );
    expect(root.querySelector('form')).to.equal(null);
    expect(dose(root)[1]).to.equal('Day 2: rest day');
    expect(text(root.querySelector('.start'))).to.equal('Start again');
    await expect(wrapper).to.be.accessible();
  });
});
