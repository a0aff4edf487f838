import { expect, html } from '@open-wc/testing';
import { createFakeServices } from '../../app/testing/fake-services';
import { createMemoryStorage } from '../../platform/storage/memory-storage';
import { describe, it } from '../../testing/mocha';
import './recovered-notice';
import type { StayHome } from './stay-home';
import './stay-home';
import { buttonNamed, fixtureWithServices, until } from '../testing/provide';
import { sessionRecord } from '../testing/session-records';

const text = (node: Element | null | undefined) => node?.textContent.replace(/\s+/g, ' ').trim();

/** Home on `storage`; waits for the notice when some practice was left running. */
async function home(storage = createMemoryStorage()) {
  const running = [...storage.records.values()].some((r) => r.status === 'running');
  const fakes = createFakeServices({ storage });
  const page = await fixtureWithServices<StayHome>(fakes.services, html`<stay-home></stay-home>`);
  await fakes.services.recovered;
  await page.updateComplete;
  const notice = page.shadowRoot?.querySelector('recovered-notice');
  // Home loads the notice's code only once it has something to tell.
  if (running) await until(() => notice?.shadowRoot?.querySelector('[role="status"]') != null);
  await notice?.updateComplete;
  return { page, root: page.shadowRoot as ShadowRoot, notice, storage };
}

describe('recovered-notice', () => {
  it('tells home a practice was cut short, links to what was kept, and can be put away', async () => {
    const { page, notice } = await home(
      createMemoryStorage([
        sessionRecord('cut-short', new Date(2025, 2, 3, 22, 0), { status: 'running' }),
        sessionRecord('fine', new Date(2025, 2, 2, 22, 0)),
      ]),
    );
    const root = notice?.shadowRoot as ShadowRoot;
    expect(text(root.querySelector('[role="status"] p'))).to.equal(
      'A practice was cut short (closed tab or the phone). What was captured is kept.',
    );
    expect(root.querySelector('a')?.getAttribute('href')).to.equal('/history/cut-short');
    expect(text(root.querySelector('a'))).to.equal('See what was kept');
    await expect(page).to.be.accessible();

    buttonNamed(root, 'OK').click();
    await page.updateComplete;
    await notice?.updateComplete;
    expect(root.querySelector('[role="status"]')).to.equal(null);
  });

  it('counts several, links to the history, and says nothing when none were cut short', async () => {
    const several = await home(
      createMemoryStorage([
        sessionRecord('a', new Date(2025, 2, 3, 22, 0), { status: 'running' }),
        sessionRecord('b', new Date(2025, 2, 2, 22, 0), { status: 'running' }),
      ]),
    );
    const root = several.notice?.shadowRoot as ShadowRoot;
    expect(text(root.querySelector('p'))).to.equal(
      '2 practices were cut short (closed tab or the phone). What was captured is kept.',
    );
    expect(root.querySelector('a')?.getAttribute('href')).to.equal('/history');

    const none = await home(createMemoryStorage([sessionRecord('fine', new Date())]));
    expect(none.notice?.shadowRoot?.querySelector('[role="status"]')).to.equal(null);
  });

  it('shows a storage problem on home calmly, and clears it when it is solved', async () => {
    const { root, storage, page } = await home();
    expect(root.querySelector('.problem')).to.equal(null);
    storage.setProblem('Your device is out of space, so Stay could not save this.');
    await page.updateComplete;
    const problem = root.querySelector('.problem');
    expect(problem?.getAttribute('role')).to.equal('alert');
    expect(text(problem)).to.equal('Your device is out of space, so Stay could not save this.');
    await expect(page).to.be.accessible();
    storage.setProblem(null);
    await until(() => root.querySelector('.problem') === null);
  });
});
