import { expect, html } from '@open-wc/testing';
import { createMemoryStorage } from '../../platform/storage/memory-storage';
import { createFakeServices } from '../../app/testing/fake-services';
import { fixture } from '@open-wc/testing';
import type { StayApp } from '../shell/stay-app';
import '../shell/stay-app';
import { afterEach, describe, it } from '../../testing/mocha';
import { dateTimeWords } from '../../core/content/sessions';
import type { StayHistory } from './stay-history';
import './stay-history';
import { buttonNamed, fixtureWithServices, until } from '../testing/provide';
import { hourlyRecords, sessionRecord } from '../testing/session-records';

async function openHistory(records = hourlyRecords(0)) {
  const storage = createMemoryStorage(records);
  const fakes = createFakeServices({ storage });
  const page = await fixtureWithServices<StayHistory>(
    fakes.services,
    html`<stay-history></stay-history>`,
  );
  const root = page.shadowRoot as ShadowRoot;
  await until(() => root.querySelector('h2') !== null);
  return { page, root, storage };
}

const rowIds = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLAnchorElement>('li a')].map((a) =>
    a.getAttribute('href')?.replace('/history/', ''),
  );

describe('stay-history', () => {
  it('shows the newest 50 first, and Show older adds the next 50 without repeats', async () => {
    const { page, root } = await openHistory(hourlyRecords(120));
    expect(root.querySelector('h1')?.textContent).to.equal('History');
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent.trim())).to.include(
      '120 practices',
    );
    expect(rowIds(root)).to.deep.equal(Array.from({ length: 50 }, (_, i) => `s-${String(i)}`));
    expect(root.querySelector('[role="status"]')?.textContent.trim()).to.equal(
      'Showing 50 of 120.',
    );

    buttonNamed(root, 'Show older').click();
    await until(() => rowIds(root).length === 100);
    const ids = rowIds(root);
    expect(ids).to.deep.equal(Array.from({ length: 100 }, (_, i) => `s-${String(i)}`));
    expect(new Set(ids).size).to.equal(100);
    await expect(page).to.be.accessible();
  });

  it('loads the next page on its own when the end of the list scrolls into view', async () => {
    const { root } = await openHistory(hourlyRecords(120));
    root.querySelector('.sentinel')?.scrollIntoView();
    await until(() => rowIds(root).length === 100);
    root.querySelector('.sentinel')?.scrollIntoView();
    await until(() => rowIds(root).length === 120);
    expect(new Set(rowIds(root)).size).to.equal(120);
    expect(root.querySelector('.sentinel')).to.equal(null);
    expect([...root.querySelectorAll('button')].map((b) => b.textContent.trim())).not.to.include(
      'Show older',
    );
  });

  it('says each practice’s name, time, length, breaths, urge and how it went', async () => {
    const startedAt = new Date(2025, 2, 3, 22, 14);
    const { root } = await openHistory([
      sessionRecord('cut', startedAt, {
        practiceName: 'Cyclic sigh',
        practisedS: 130,
        breathsCompleted: 11,
        urgeBefore: 7,
        urgeAfter: 3,
        status: 'interrupted',
      }),
    ]);
    const link = root.querySelector('li a');
    expect(link?.getAttribute('href')).to.equal('/history/cut');
    expect(link?.querySelector('.name')?.textContent).to.equal('Cyclic sigh');
    expect(link?.querySelector('.when')?.textContent).to.equal(
      dateTimeWords(startedAt.toISOString()),
    );
    expect(link?.querySelector('.facts')?.textContent).to.equal(
      '2 min 10 s · 11 breaths · Urge 7 → 3',
    );
    expect(link?.querySelector('.status')?.textContent).to.equal(
      'Interrupted — kept what was captured',
    );
    expect(root.querySelector('h2')?.textContent).to.equal('1 practice');
    const charts = root.querySelector('history-charts');
    await until(() => charts?.shadowRoot?.querySelector('h2') != null);
    expect(charts?.shadowRoot?.querySelector('h2')?.textContent).to.equal('Your last 12 weeks');
  });

  it('has a kind empty state with a way to start Five breaths', async () => {
    const { page, root } = await openHistory([]);
    expect(root.querySelector('h2')?.textContent).to.equal('No practices yet');
    expect(root.querySelector('p')?.textContent.replace(/\s+/g, ' ')).to.contain(
      'Nothing here yet, and that is fine.',
    );
    expect(root.querySelector('a')?.getAttribute('href')).to.equal('/practice/five-breaths');
    expect(root.querySelector('ol')).to.equal(null);
    const charts = root.querySelector('history-charts');
    await charts?.updateComplete;
    expect(charts?.shadowRoot?.querySelector('svg')).to.equal(null);
    await expect(page).to.be.accessible();
  });
});

describe('history routes in stay-app', () => {
  const original = location.pathname + location.search;
  afterEach(() => {
    history.replaceState(null, '', original);
  });

  /** The deepest focused element, through shadow roots. */
  function deepActive(): Element | null {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  it('opens History from the nav, then one practice, with focus on each heading', async () => {
    history.replaceState(null, '', '/');
    const storage = createMemoryStorage([
      sessionRecord('one', new Date(2025, 2, 3, 22, 14), { practiceName: 'Box' }),
    ]);
    const { services } = createFakeServices({ storage });
    const app = await fixture<StayApp>(html`<stay-app .services=${services}></stay-app>`);
    const root = app.shadowRoot as ShadowRoot;

    root.querySelector<HTMLAnchorElement>('nav a[href="/history"]')?.click();
    await until(() => deepActive()?.textContent === 'History');
    expect(location.pathname).to.equal('/history');
    expect(document.title).to.equal('History · Stay');
    expect(root.querySelector('nav a[href="/history"]')?.getAttribute('aria-current')).to.equal(
      'page',
    );

    const list = root.querySelector('stay-history')?.shadowRoot as ShadowRoot;
    await until(() => list.querySelector('li a') !== null);
    list.querySelector<HTMLAnchorElement>('li a')?.click();
    await until(() => root.querySelector('history-session') !== null);
    expect(location.pathname).to.equal('/history/one');
    const view = root.querySelector('history-session');
    await until(() => view?.shadowRoot?.querySelector('h1')?.textContent === 'Box');
    expect(deepActive()).to.equal(view?.shadowRoot?.querySelector('h1'));
  });
});
