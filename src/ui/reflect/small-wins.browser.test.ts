import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryStorage } from '../../platform/storage/memory-storage';
import type { SmallWin } from '../../core/reflect/records';
import { describe, it } from '../../testing/mocha';
import './small-wins';
import { buttonNamed, until } from '../testing/provide';
import { mountTool, tabTo, text } from '../testing/small-steps';

const pause: SmallWin = {
  id: 'w-pause',
  at: '2026-11-26T21:06:00.000Z',
  kind: 'pause',
  stayedS: 310,
  sessionId: 's:1',
  note: 'Hands went still, heart settled.',
};
const ladder: SmallWin = {
  id: 'w-ladder',
  at: '2026-11-27T09:00:00.000Z',
  kind: 'ladder',
  stayedS: null,
  sessionId: null,
  note: 'Asked Sam to read my email.',
};

async function seeded(wins: readonly SmallWin[]) {
  const storage = createMemoryStorage();
  for (const win of wins) await storage.wins.put(win);
  return storage;
}

const mount = (storage: Awaited<ReturnType<typeof seeded>>) =>
  mountTool('small-wins', storage, (root) => root.querySelector('ul, .empty') !== null);

describe('small-wins', () => {
  it('lists pauses and ladder tries newest first with when, what, how long and the note', async () => {
    const storage = await seeded([pause, ladder]);
    const { root, wrapper } = await mount(storage);
    expect(text(root.querySelector('h2'))).to.equal('Your wins, newest first');
    const items = [...root.querySelectorAll('li')];
    expect(items.map((li) => text(li.querySelector('h3')))).to.deep.equal([
      'You asked for something',
      'You paused instead of leaving',
    ]);
    const [newest, older] = items;
    expect(text(older?.querySelector('.stayed'))).to.equal('Stayed 5 min 10 s');
    expect(text(older?.querySelector('.note'))).to.equal('Hands went still, heart settled.');
    expect(older?.querySelector('time')?.getAttribute('datetime')).to.equal(pause.at);
    expect(older?.querySelector('a')?.getAttribute('href')).to.equal('/history/s:1');
    expect(newest?.querySelector('.stayed')).to.equal(null);
    expect(newest?.querySelector('a')).to.equal(null);
    expect(text(newest?.querySelector('.note'))).to.equal('Asked Sam to read my email.');
    await expect(wrapper).to.be.accessible();
  });

  it('names each link and button by the win it belongs to', async () => {
    const { root } = await mount(await seeded([pause]));
    const link = root.querySelector('li a');
    const button = root.querySelector('li button.delete');
    expect(link?.getAttribute('aria-label')).to.match(/^See the practice of .+/);
    expect(button?.getAttribute('aria-label')).to.match(/^Delete the small win of .+/);
    expect(text(button)).to.equal('Delete');
  });

  it('deletes a win by keyboard after an inline confirmation, and it stays gone after a reload', async () => {
    const storage = await seeded([pause, ladder]);
    const { el, root } = await mount(storage);
    const button = root.querySelector<HTMLButtonElement>(`li[data-id="w-ladder"] button.delete`);
    if (!button) throw new Error('no delete button');
    await tabTo(root, button);
    await sendKeys({ press: 'Enter' });
    await until(() => root.querySelector('.confirm') !== null);
    expect(text(root.querySelector('.confirm p'))).to.contain('Delete this small win?');
    expect(root.activeElement?.id).to.equal('confirm-text');

    // "Keep it" closes the question and keeps the win.
    await tabTo(root, buttonNamed(root, 'Keep it'));
    await sendKeys({ press: 'Space' });
    await until(() => root.querySelector('.confirm') === null);
    await el.updateComplete;
    expect(root.activeElement).to.equal(root.querySelector('li[data-id="w-ladder"] button.delete'));
    expect((await storage.wins.list()).length).to.equal(2);

    await sendKeys({ press: 'Enter' });
    await until(() => root.querySelector('.confirm') !== null);
    await tabTo(root, buttonNamed(root, 'Yes, delete'));
    await sendKeys({ press: 'Enter' });
    await until(() => text(root.querySelector('[role="status"]')) === 'Small win deleted.');
    expect((await storage.wins.list()).map((w) => w.id)).to.deep.equal(['w-pause']);
    expect(root.querySelectorAll('li').length).to.equal(1);
    expect(root.activeElement).to.equal(root.querySelector('h2'));

    const again = await mount(storage);
    expect([...again.root.querySelectorAll('li')].map((li) => li.dataset.id)).to.deep.equal([
      'w-pause',
    ]);
  });

  it('invites rather than nags when there is nothing yet', async () => {
    const { root, wrapper } = await mount(await seeded([]));
    expect(text(root.querySelector('.empty'))).to.contain('Nothing here yet, and that is fine.');
    expect(text(root)).not.to.match(/streak|missed|should/i);
    const links = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['/practice/five-minute-pause', '/reflect/ladder']);
    await expect(wrapper).to.be.accessible();
  });

  it('shows a new win after a reload', async () => {
    const storage = await seeded([]);
    await mount(storage);
    await storage.wins.put(pause);
    const { root } = await mount(storage);
    expect(text(root.querySelector('li .stayed'))).to.equal('Stayed 5 min 10 s');
  });
});
