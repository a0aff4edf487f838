import { aTimeout, waitUntil, expect, html } from '@open-wc/testing';
import { createFakeServices } from '../../app/testing/fake-services';
import { createMemoryStorage } from '../../platform/storage/memory-storage';
import type { JournalEntry } from '../../core/reflect/records';
import type { SessionRecord } from '../../core/session/record';
import { describe, it } from '../../testing/mocha';
import type { HistorySession } from './history-session';
import './history-session';
import type { NavigateEvent } from '../shell/routes';
import { holdFirstCall } from '../testing/held-call';
import { buttonNamed, fixtureWithServices, until } from '../testing/provide';
import { sessionRecord } from '../testing/session-records';

const startedAt = new Date(2025, 2, 3, 22, 14);

/** Rest at 64, up to 88 at 40 s, back down by 100 s. */
const trace = {
  samples: Array.from({ length: 120 }, (_, tS) => {
    const bpm =
      tS < 20 ? 64 : tS <= 40 ? 64 + (tS - 20) * 1.2 : tS < 100 ? 88 - (tS - 40) * 0.4 : 64;
    return { tS, bpm: Math.round(bpm), level: Math.max(0, Math.round((bpm - 64) * 4)) };
  }),
  gaps: [],
  baselineBpm: 64,
};

const withHeart = sessionRecord('with-heart', startedAt, {
  practiceId: 'resonance',
  practiceName: 'Resonance breathing',
  status: 'stopped',
  practisedS: 120,
  breathsCompleted: 11,
  urgeBefore: 7,
  urgeAfter: 3,
  answer: 'isolating',
  bodyPlaces: ['chest', 'jaw'],
  humSeconds: 42,
  hum: {
    seconds: 42,
    rounds: 5,
    roundsPlanned: 8,
    longestS: 9.5,
    steadinessCents: 41.6,
    words: 'a little wavering',
    medianHz: 140,
  },
  stillness: 0.83,
  phases: Array.from({ length: 22 }, (_, i) => ({
    kind: i % 2 === 0 ? ('inhale' as const) : ('exhale' as const),
    atS: i * 5.5,
    durationS: 5.5,
  })),
  heart: trace,
});

const entry: JournalEntry = {
  id: 'j-1',
  kind: 'note',
  createdAt: '2025-03-03T22:20:00.000Z',
  updatedAt: '2025-03-03T22:20:00.000Z',
  sessionId: 'with-heart',
  text: '<img src=x onerror="alert(1)"> I stayed.',
};

async function session(id: string, records: SessionRecord[], journal: JournalEntry[] = []) {
  const storage = createMemoryStorage(records);
  for (const e of journal) await storage.journal.put(e);
  const fakes = createFakeServices({ storage });
  const page = await fixtureWithServices<HistorySession>(
    fakes.services,
    html`<history-session .sessionId=${id}></history-session>`,
  );
  const root = page.shadowRoot as ShadowRoot;
  await until(() => root.querySelector('[role="status"]') === null);
  const facts = () =>
    Object.fromEntries(
      [...root.querySelectorAll('dl.facts dt')].map((dt) => [
        dt.textContent.trim(),
        dt.nextElementSibling?.textContent.trim(),
      ]),
    );
  return { page, root, storage, facts };
}

describe('history-session', () => {
  it('shows everything the practice kept, with the heart curve and its phases', async () => {
    const { page, root, facts } = await session('with-heart', [withHeart], [entry]);
    expect(root.querySelector('h1')?.textContent).to.equal('Resonance breathing');
    expect(facts()).to.deep.equal({
      'How it went': 'Stopped',
      Length: '2 min',
      Breaths: '11 breaths',
      'Urge before': '7 of 10',
      'Urge after': '3 of 10',
      'Protecting or isolating': 'Isolating',
      'Where you felt it': 'Chest, Jaw',
      'Humming heard': '42 s',
      'Hum rounds': '5 of 8 rounds reached their length',
      Steadiness: 'a little wavering (pitch varied by 42 cents)',
      Stillness: '83 %',
      'Resting level': '64 bpm',
      Peak: facts().Peak,
      'Back to resting level': facts()['Back to resting level'],
    });
    expect(facts().Peak).to.match(/^8\d bpm$/);
    expect(facts()['Back to resting level']).to.match(/^After \d+ s$|^After 1 min( \d+ s)?$/);
    const curve = root.querySelector('heart-curve');
    await curve?.updateComplete;
    expect(curve?.shadowRoot?.querySelector('svg[role="img"]')).to.exist;
    expect(curve?.shadowRoot?.querySelectorAll('rect.inhale').length).to.equal(11);
    // What the person wrote is shown as text, never as markup.
    const written = root.querySelector('.entry .text');
    expect(written?.textContent).to.equal('<img src=x onerror="alert(1)"> I stayed.');
    expect(root.querySelector('.entry img')).to.equal(null);
    await expect(page).to.be.accessible();
  });

  it('leaves the curve out when no strap was used, and says a skip plainly', async () => {
    const { root, facts } = await session('plain', [
      sessionRecord('plain', startedAt, { answer: null, status: 'interrupted' }),
    ]);
    expect(facts()['How it went']).to.equal('Interrupted — kept what was captured');
    expect(facts()['Protecting or isolating']).to.equal('Skipped');
    expect(facts()['Urge before']).to.equal(undefined);
    expect(root.querySelector('heart-curve')).to.equal(null);
    expect(root.querySelector('.entry')).to.equal(null);
  });

  it('deletes the practice after an inline confirm, and goes back to the history', async () => {
    const { page, root, storage } = await session('with-heart', [
      withHeart,
      sessionRecord('other', startedAt),
    ]);
    const paths: string[] = [];
    page.addEventListener('navigate', (e: NavigateEvent) => paths.push(e.path));

    buttonNamed(root, 'Delete this practice').click();
    await page.updateComplete;
    const confirm = root.querySelector('#confirm-text');
    expect(confirm?.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Delete this practice from this device? It cannot be undone.',
    );
    expect(root.activeElement).to.equal(confirm);
    await expect(page).to.be.accessible();

    buttonNamed(root, 'Keep it').click();
    await page.updateComplete;
    expect(storage.records.has('with-heart')).to.equal(true);

    buttonNamed(root, 'Delete this practice').click();
    await page.updateComplete;
    buttonNamed(root, 'Delete it').click();
    await until(() => paths.length > 0);
    expect(paths).to.deep.equal(['/history']);
    expect([...storage.records.keys()]).to.deep.equal(['other']);
  });

  it('says kindly when the practice is not on this device', async () => {
    const { page, root } = await session('gone', []);
    expect(root.querySelector('h1')?.textContent).to.equal('This practice is not on this device.');
    expect(root.querySelector('a')?.getAttribute('href')).to.equal('/history');
    await expect(page).to.be.accessible();
  });

  it('shows the practice opened last when the read for the one before fails late', async () => {
    const storage = createMemoryStorage([withHeart, sessionRecord('plain', startedAt)]);
    const firstRead = holdFirstCall(storage.sessions, 'get');
    const fakes = createFakeServices({ storage });
    const page = await fixtureWithServices<HistorySession>(
      fakes.services,
      html`<history-session .sessionId=${'with-heart'}></history-session>`,
    );
    const root = page.shadowRoot as ShadowRoot;
    page.sessionId = 'plain';
    await waitUntil(
      () => root.querySelector('h1')?.textContent === 'Five breaths',
      'the second practice shows',
      { timeout: 5000 },
    );

    firstRead.reject(new Error('The first read failed.'));
    await aTimeout(50);
    expect(root.querySelector('h1')?.textContent).to.equal('Five breaths');
    expect(root.querySelector('[role="alert"]')).to.equal(null);
  });
});
