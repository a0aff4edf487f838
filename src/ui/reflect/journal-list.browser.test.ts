import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFakeServices } from '../../app/testing/fake-services';
import { createMemoryStorage } from '../../platform/storage/memory-storage';
import type { JournalEntry } from '../../core/reflect/records';
import { describe, it } from '../../testing/mocha';
import type { JournalList } from './journal-list';
import './journal-list';
import { holdFirstCall } from '../testing/held-call';
import { buttonNamed, fixtureWithServices, until } from '../testing/provide';
import { sessionRecord } from '../testing/session-records';

const base = (id: string, createdAt: string, sessionId: string | null = null) => ({
  id,
  createdAt,
  updatedAt: createdAt,
  sessionId,
});

const ENTRIES: JournalEntry[] = [
  {
    ...base('tc', '2026-03-01T20:00:00.000Z', 'kept'),
    kind: 'three-column',
    happened: 'No reply.',
    felt: '',
    true: 'Busy day.',
  },
  { ...base('cap', '2026-03-02T20:00:00.000Z', 'gone'), kind: 'capacity', percent: 40, note: '' },
  {
    ...base('lad', '2026-03-03T20:00:00.000Z'),
    kind: 'ladder',
    rung: 2,
    ask: 'Could you read this?',
    outcome: 'Yes.',
  },
  {
    ...base('eve', '2026-03-04T20:00:00.000Z'),
    kind: 'evening',
    text: 'Tea with Sam.',
    updatedAt: '2026-03-05T08:00:00.000Z',
  },
  { ...base('note', '2026-03-05T20:00:00.000Z', 'kept'), kind: 'note', text: '<b>bold</b>' },
];

async function list(sessionId: string | null = null) {
  const storage = createMemoryStorage([
    sessionRecord('kept', new Date('2026-03-01T19:50:00.000Z')),
  ]);
  for (const entry of ENTRIES) await storage.journal.put(entry);
  // The ladder try's small win, sharing its id; and an unrelated win.
  await storage.wins.put({
    id: 'lad',
    at: '2026-03-03T20:00:00.000Z',
    kind: 'ladder',
    stayedS: 60,
    sessionId: null,
    note: 'Could you read this?',
  });
  await storage.wins.put({
    id: 'p1',
    at: '2026-03-03T21:00:00.000Z',
    kind: 'pause',
    stayedS: 300,
    sessionId: null,
    note: '',
  });
  const fakes = createFakeServices({ storage });
  const element = await fixtureWithServices<JournalList>(
    fakes.services,
    html`<journal-list .sessionId=${sessionId} .heading=${'Your journal'}></journal-list>`,
  );
  const root = element.shadowRoot as ShadowRoot;
  await until(() => root.querySelector('ol') !== null && root.querySelector('.practice') !== null);
  const titles = () => [...root.querySelectorAll('article h3')].map((h) => h.textContent.trim());
  return { element, root, storage, titles };
}

describe('journal-list', () => {
  it('shows every kind newest first, with its date, practice, words and actions', async () => {
    const { element, root, titles } = await list();
    expect(titles()).to.deep.equal([
      'Note',
      'Evening note',
      'Needs ladder',
      'Capacity note',
      'Three-column reset',
    ]);
    const article = (id: string) => root.querySelector(`[aria-labelledby="entry-${id}"]`);
    expect(article('note')?.querySelector('.text')?.textContent).to.equal('<b>bold</b>');
    expect(article('note')?.querySelector('b')).to.equal(null);
    const practice = article('note')?.querySelector<HTMLAnchorElement>('.practice a');
    expect(practice?.textContent.trim()).to.equal('After Five breaths');
    expect(practice?.getAttribute('href')).to.equal('/history/kept');
    expect(article('cap')?.querySelector('.practice')?.textContent.trim()).to.equal(
      'After a practice no longer on this device',
    );
    expect(article('cap')?.textContent).to.contain('I took a risk at 40 % of my capacity today.');
    expect(article('lad')?.textContent).to.contain('Rung 2: Logistical');
    expect(article('lad')?.querySelector('.practice')).to.equal(null);
    expect(article('eve')?.querySelector('.when')?.textContent).to.contain('Edited');
    expect(article('tc')?.textContent).not.to.contain('What it felt like');
    const edit = article('tc')?.querySelector<HTMLAnchorElement>('a.button');
    expect(edit?.textContent.trim()).to.equal('Edit');
    expect(edit?.getAttribute('href')).to.equal('/reflect/entry/tc');
    expect(edit?.getAttribute('aria-describedby')).to.equal('entry-tc');
    await expect(element).to.be.accessible();
  });

  it('deletes an entry after an inline confirm, by keyboard, and Keep it keeps it', async () => {
    const { element, root, storage, titles } = await list();
    const article = root.querySelector('[aria-labelledby="entry-lad"]') as HTMLElement;
    buttonNamed(article, 'Delete').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => article.querySelector('.confirm') !== null);
    expect(root.activeElement?.textContent).to.contain('Delete this try from this device?');
    await expect(element).to.be.accessible();
    buttonNamed(article, 'Keep it').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => article.querySelector('.confirm') === null);
    expect(root.activeElement?.textContent.trim()).to.equal('Delete');
    expect(await storage.journal.get('lad')).not.to.equal(null);

    await sendKeys({ press: 'Enter' });
    await until(() => article.querySelector('.confirm') !== null);
    expect(article.querySelector('.confirm')?.textContent).to.contain(
      'Its small win goes with it.',
    );
    buttonNamed(article, 'Delete it').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => titles().length === 4);
    expect(titles()).not.to.include('Needs ladder');
    expect(await storage.journal.get('lad')).to.equal(null);
    expect((await storage.wins.list()).map((w) => w.id)).to.deep.equal(['p1']);
    expect(root.querySelector('[role="status"]')?.textContent.trim()).to.equal('Deleted.');
    expect(root.activeElement?.tagName).to.equal('H2');
  });

  it('shows only what was written after one practice', async () => {
    const { root, titles } = await list('kept');
    expect(titles()).to.deep.equal(['Note', 'Three-column reset']);
    expect(root.querySelector('h2')?.textContent).to.equal('Your journal');
  });

  it('says so kindly when there is nothing yet', async () => {
    const fakes = createFakeServices();
    const element = await fixtureWithServices<JournalList>(
      fakes.services,
      html`<journal-list></journal-list>`,
    );
    const root = element.shadowRoot as ShadowRoot;
    await until(() => root.textContent.includes('Nothing written yet'));
    expect(root.querySelector('ol')).to.equal(null);
  });

  it("shows the newest practice's entries when the read for the previous one ends last", async () => {
    const storage = createMemoryStorage([
      sessionRecord('kept', new Date('2026-03-01T19:50:00.000Z')),
    ]);
    for (const entry of ENTRIES) await storage.journal.put(entry);
    const firstRead = holdFirstCall(storage.journal, 'list');
    const fakes = createFakeServices({ storage });
    const element = await fixtureWithServices<JournalList>(
      fakes.services,
      html`<journal-list></journal-list>`,
    );
    const root = element.shadowRoot as ShadowRoot;
    element.sessionId = 'kept';
    const titles = () => [...root.querySelectorAll('article h3')].map((h) => h.textContent.trim());
    await waitUntil(() => titles().length === 2, 'the entries after the practice show', {
      timeout: 5000,
    });

    // The read for the whole journal, started first, ends now with what it saw back then.
    firstRead.resolve([]);
    await aTimeout(50);
    expect(titles()).to.deep.equal(['Note', 'Three-column reset']);
    expect(root.textContent).not.to.contain('Nothing written after this practice');
  });
});
