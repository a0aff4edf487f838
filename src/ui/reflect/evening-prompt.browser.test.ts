import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFakeServices } from '../../app/testing/fake-services';
import { createMemoryStorage, type MemoryStorage } from '../../platform/storage/memory-storage';
import { EVENING_DISMISSED_KEY } from '../../core/reflect/evening';
import { beforeEach, describe, it } from '../../testing/mocha';
import type { EveningPrompt } from './evening-prompt';
import './evening-prompt';
import { buttonNamed, fixtureWithServices, until } from '../testing/provide';

/** 3 March 2026 at `hour`:30, local time. */
const at = (hour: number, day = 3) => new Date(2026, 2, day, hour, 30);

async function prompt(now: Date, storage: MemoryStorage = createMemoryStorage()) {
  const fakes = createFakeServices({ storage });
  const element = await fixtureWithServices<EveningPrompt>(
    fakes.services,
    html`<evening-prompt .now=${() => now}></evening-prompt>`,
  );
  const root = element.shadowRoot as ShadowRoot;
  await element.decided;
  await element.updateComplete;
  return { element, root, storage };
}

describe('evening-prompt', () => {
  beforeEach(() => {
    localStorage.removeItem(EVENING_DISMISSED_KEY);
  });

  it('invites an evening note after six, and keeps it as an evening entry', async () => {
    const { element, root, storage } = await prompt(at(20));
    expect(root.querySelector('h2')?.textContent).to.equal('This evening');
    const box = root.querySelector('textarea');
    expect(root.querySelector(`label[for="${box?.id ?? ''}"]`)?.textContent).to.equal(
      'One moment today when connection felt possible',
    );
    await expect(element).to.be.accessible();
    box?.focus();
    await sendKeys({ type: 'Sam laughed at my joke.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => root.textContent.includes('Kept in your journal.'));
    const [entry] = await storage.journal.list();
    expect(entry).to.deep.include({
      kind: 'evening',
      text: 'Sam laughed at my joke.',
      sessionId: null,
    });
    expect(entry?.createdAt).to.equal(at(20).toISOString());
    expect(root.querySelector('textarea')).to.equal(null);
    expect(root.querySelector('a')?.getAttribute('href')).to.equal('/reflect');

    // Tonight's note exists: the next visit shows nothing at all.
    const again = await prompt(at(22), storage);
    expect(again.root.childElementCount).to.equal(0);
    // The next evening it invites again.
    const tomorrow = await prompt(at(19, 4), storage);
    expect(tomorrow.root.querySelector('h2')).not.to.equal(null);
  });

  it('shows nothing before six in the evening', async () => {
    const { root } = await prompt(at(17));
    expect(root.childElementCount).to.equal(0);
  });

  it('Not tonight remembers only the date, and the prompt returns tomorrow', async () => {
    const { root } = await prompt(at(21));
    buttonNamed(root, 'Not tonight').click();
    await until(() => root.querySelector('section') === null);
    expect(localStorage.getItem(EVENING_DISMISSED_KEY)).to.equal('2026-03-03');
    expect(root.querySelector('[role="status"]')?.textContent.trim()).to.equal(
      'All right. Nothing more tonight.',
    );
    expect((await prompt(at(23))).root.childElementCount).to.equal(0);
    expect((await prompt(at(18, 4))).root.querySelector('section')).not.to.equal(null);
  });

  it('asks for words before saving an empty note', async () => {
    const { root, storage } = await prompt(at(20));
    buttonNamed(root, 'Save').click();
    await until(() => root.querySelector('[role="alert"]')?.textContent !== '');
    expect(root.querySelector('[role="alert"]')?.textContent).to.equal(
      'Write a few words first, in any box.',
    );
    expect(await storage.journal.list()).to.have.length(0);
  });
});
