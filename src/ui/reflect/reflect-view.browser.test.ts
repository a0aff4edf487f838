import { expect, html } from '@open-wc/testing';
import { createFakeServices } from '../../app/testing/fake-services';
import { createMemoryStorage, type MemoryStorage } from '../../platform/storage/memory-storage';
import { describe, it } from '../../testing/mocha';
import type { ReflectView } from './reflect-view';
import './reflect-view';
import { buttonNamed, fixtureWithServices, until } from '../testing/provide';
import { sessionRecord } from '../testing/session-records';

async function view(
  tool: string | null,
  itemId: string | null = null,
  storage: MemoryStorage = createMemoryStorage([
    sessionRecord('s1', new Date('2026-03-03T20:00:00.000Z')),
  ]),
) {
  const fakes = createFakeServices({ storage });
  const element = await fixtureWithServices<ReflectView>(
    fakes.services,
    html`<reflect-view .tool=${tool} .itemId=${itemId}></reflect-view>`,
  );
  const root = element.shadowRoot as ShadowRoot;
  const inner = (tag: string) => root.querySelector(tag) as HTMLElement;
  return { element, root, storage, inner };
}

function hrefs(root: ShadowRoot, selector = 'a'): string[] {
  return [...root.querySelectorAll(selector)].map((a) => a.getAttribute('href') ?? '');
}

describe('reflect-view', () => {
  it('the hub lists every tool, the journal and the not-therapy note once', async () => {
    const { element, root, inner } = await view(null);
    expect(root.querySelector('h1')?.textContent).to.equal('Reflect');
    const hub = inner('reflect-hub');
    const hubRoot = hub.shadowRoot as ShadowRoot;
    await until(() => hubRoot.querySelector('journal-list') !== null);
    expect(hrefs(hubRoot, 'li a')).to.deep.equal([
      '/reflect/three-column',
      '/reflect/capacity',
      '/reflect/ladder',
      '/reflect/challenge',
      '/reflect/wins',
      '/reflect/unsent',
      '/reflect/evening',
      '/reflect/note',
    ]);
    expect(hrefs(hubRoot)).to.include('/history');
    const list = hubRoot.querySelector('journal-list')?.shadowRoot as ShadowRoot;
    await until(() => list.textContent.includes('Nothing written yet'));
    await expect(element).to.be.accessible();
  });

  it('the hub for one practice opens each tool for it and names the practice', async () => {
    const { root, inner } = await view('practice', 's1');
    expect(root.querySelector('h1')?.textContent).to.equal('Write about this practice');
    const hubRoot = inner('reflect-hub').shadowRoot as ShadowRoot;
    await until(() => hubRoot.querySelector('a[href="/history/s1"]') !== null);
    expect(hubRoot.querySelector('a[href="/history/s1"]')?.textContent).to.contain('Five breaths');
    const tools = hrefs(hubRoot, 'li a');
    expect(tools).to.include('/reflect/three-column/s1');
    expect(tools).to.include('/reflect/ladder/s1');
    // The unsent message is never linked to anything.
    expect(tools).to.include('/reflect/unsent');
    expect(hrefs(hubRoot)).to.include('/reflect');
  });

  it('a tool page writes an entry after the practice, and the hub shows it on the next visit', async () => {
    const { root, inner, storage } = await view('capacity', 's1');
    expect(root.querySelector('h1')?.textContent).to.equal('Capacity note');
    expect(hrefs(root)).to.deep.equal(['/reflect/practice/s1']);
    const editor = inner('journal-editor');
    const editorRoot = editor.shadowRoot as ShadowRoot;
    await until(() => editorRoot.querySelector('form') !== null);
    buttonNamed(editorRoot, 'Save').click();
    await until(() => editorRoot.querySelector('[role="status"]')?.textContent.trim() !== '');
    const [entry] = await storage.journal.list();
    expect(entry).to.deep.include({ kind: 'capacity', percent: 50, sessionId: 's1' });

    const hub = await view(null, null, storage);
    const hubRoot = hub.inner('reflect-hub').shadowRoot as ShadowRoot;
    await until(() => hubRoot.querySelector('journal-list') !== null);
    const list = hubRoot.querySelector('journal-list')?.shadowRoot as ShadowRoot;
    await until(() => list.querySelector('article .practice') !== null);
    expect(list.querySelector('article h3')?.textContent).to.equal('Capacity note');
    expect(list.querySelector('article .practice')?.textContent).to.contain('After Five breaths');
  });

  it('opens an entry to edit, the unsent message and the ladder tools by path', async () => {
    const entry = await view('entry', 'some-id');
    expect(entry.root.querySelector('h1')?.textContent).to.equal('Edit an entry');
    expect((entry.inner('journal-editor') as HTMLElement & { entryId: string }).entryId).to.equal(
      'some-id',
    );

    const unsent = await view('unsent', 's1');
    expect(unsent.root.querySelector('h1')?.textContent).to.equal('The unsent message');
    await customElements.whenDefined('reflect-unsent');
    expect(hrefs(unsent.root)).to.deep.equal(['/reflect']);

    const ladder = await view('ladder', 's1');
    expect(ladder.root.querySelector('h1')?.textContent).to.equal('Needs ladder');
    await customElements.whenDefined('needs-ladder');
    const needs = ladder.root.querySelector('needs-ladder');
    await needs?.updateComplete;
    expect(needs?.sessionId).to.equal('s1');
    const challenge = await view('challenge');
    await customElements.whenDefined('connection-challenge');
    expect(challenge.root.querySelector('connection-challenge')).not.to.equal(null);
    const wins = await view('wins');
    await customElements.whenDefined('small-wins');
    expect(wins.root.querySelector('small-wins')).not.to.equal(null);
  });

  it('says plainly when a path names no tool', async () => {
    const { element, root } = await view('nonsense');
    expect(root.querySelector('h1')?.textContent).to.equal('This page is not here');
    expect(hrefs(root)).to.deep.equal(['/reflect']);
    await expect(element).to.be.accessible();
  });
});
