import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryStorage, type MemoryStorage } from '../../platform/storage/memory-storage';
import type { JournalEntry } from '../../core/reflect/records';
import { describe, it } from '../../testing/mocha';
import './needs-ladder';
import { buttonNamed, until } from '../testing/provide';
import { mountTool, tabTo, text, type } from '../testing/small-steps';

const mount = (storage: MemoryStorage, sessionId: string | null = null) =>
  mountTool(
    'needs-ladder',
    storage,
    (root) => root.querySelector('.tries, .empty') !== null,
    sessionId,
  );

const radios = (root: ShadowRoot) => [...root.querySelectorAll<HTMLInputElement>('fieldset input')];
const field = (root: ShadowRoot, id: string) =>
  root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`) as HTMLInputElement;

function ladderEntry(id: string, rung: 1 | 2 | 3 | 4, day: number): JournalEntry {
  const at = new Date(Date.UTC(2026, 10, day, 9)).toISOString();
  return {
    kind: 'ladder',
    id,
    createdAt: at,
    updatedAt: at,
    sessionId: null,
    rung,
    ask: `Ask ${id}`,
    outcome: '',
  };
}

describe('needs-ladder', () => {
  it('shows the four rungs with example asks, each radio named and described', async () => {
    const { root, wrapper } = await mount(createMemoryStorage());
    expect(text(root.querySelector('h2'))).to.equal('Your ladder');
    const labels = [...root.querySelectorAll('fieldset label')].map((l) => text(l));
    expect(labels).to.deep.equal([
      'Rung 1: Physical',
      'Rung 2: Logistical',
      'Rung 3: Light emotional',
      'Rung 4: Core needs',
    ]);
    expect(radios(root).some((r) => r.checked)).to.equal(false);
    const about = root.querySelector(`#${radios(root)[1]?.getAttribute('aria-describedby') ?? ''}`);
    expect(about?.querySelectorAll('li').length).to.be.greaterThan(1);
    expect(text(root.querySelector('.pace'))).to.contain('Choose a rung to begin.');
    await expect(wrapper).to.be.accessible();
  });

  it('picks a rung and saves a try by keyboard alone, as a journal entry and a small win', async () => {
    const storage = createMemoryStorage();
    const { root } = await mount(storage, 's-42');
    await tabTo(root, radios(root)[0] as HTMLInputElement);
    await sendKeys({ press: 'ArrowDown' });
    expect(radios(root)[1]?.checked).to.equal(true);
    await tabTo(root, field(root, 'ask'));
    await type('Asked Ana to look over my cover letter');
    await sendKeys({ press: 'Tab' });
    await type('She said yes. My chest was tight, then it eased.');
    await sendKeys({ press: 'Tab' });
    await type('2.5');
    await tabTo(root, buttonNamed(root, 'Save this try'));
    await sendKeys({ press: 'Enter' });
    await until(
      () => text(root.querySelector('[role="status"]')) === 'Saved. That was a real step.',
    );

    const [entry] = await storage.journal.list();
    expect(entry).to.include({
      kind: 'ladder',
      rung: 2,
      sessionId: 's-42',
      ask: 'Asked Ana to look over my cover letter',
      outcome: 'She said yes. My chest was tight, then it eased.',
    });
    const [win] = await storage.wins.list();
    expect(win).to.deep.equal({
      id: entry?.id,
      at: entry?.createdAt,
      kind: 'ladder',
      stayedS: 150,
      sessionId: 's-42',
      note: 'Asked Ana to look over my cover letter',
    });
    expect(field(root, 'ask').value).to.equal('');
    expect(text(root.querySelector('.tries h4'))).to.equal('Rung 2: Logistical');
    expect(text(root.querySelector('.tries .stayed'))).to.equal('Stayed 2 min 30 s');

    const again = await mount(storage);
    expect(radios(again.root)[1]?.checked).to.equal(true);
    expect(text(again.root.querySelector('.pace'))).to.equal(
      'You are on rung 2: Logistical, with 1 try there.',
    );
    expect(text(again.root.querySelector('.tries .ask'))).to.equal(
      'Asked Ana to look over my cover letter',
    );
  });

  it('says what is missing and keeps nothing until it is there', async () => {
    const storage = createMemoryStorage();
    const { root, el, wrapper } = await mount(storage);
    buttonNamed(root, 'Save this try').click();
    await until(() => root.querySelector('#rung-error') !== null);
    expect(text(root.querySelector('#rung-error'))).to.contain('Choose a rung above first.');
    radios(root)[0]?.click();
    buttonNamed(root, 'Save this try').click();
    await until(() => root.querySelector('#ask-error') !== null);
    await el.updateComplete;
    expect(field(root, 'ask').getAttribute('aria-invalid')).to.equal('true');
    expect(field(root, 'ask').getAttribute('aria-describedby')).to.equal('ask-error');
    expect(root.activeElement).to.equal(field(root, 'ask'));
    field(root, 'ask').value = 'Asked for the salt';
    field(root, 'ask').dispatchEvent(new Event('input'));
    field(root, 'minutes').value = 'a while';
    field(root, 'minutes').dispatchEvent(new Event('input'));
    buttonNamed(root, 'Save this try').click();
    await until(() => root.querySelector('#minutes-error') !== null);
    expect(root.activeElement).to.equal(field(root, 'minutes'));
    expect(await storage.journal.list()).to.deep.equal([]);
    await expect(wrapper).to.be.accessible();
  });

  it('edits a try by keyboard: new words and rung, same createdAt, and its win follows', async () => {
    const storage = createMemoryStorage();
    await storage.journal.put(ladderEntry('t1', 1, 1));
    await storage.wins.put({
      id: 't1',
      at: '2026-11-01T09:00:00.000Z',
      kind: 'ladder',
      stayedS: 60,
      sessionId: null,
      note: 'Ask t1',
    });
    const { root } = await mount(storage);
    const change = root.querySelector<HTMLButtonElement>('li[data-id="t1"] .edit');
    if (!change) throw new Error('no Change button');
    expect(change.getAttribute('aria-label')).to.equal('Change the try “Ask t1”');
    await tabTo(root, change);
    await sendKeys({ press: 'Enter' });
    await until(() => text(root.querySelector('#form-title')) === 'Change this try');
    expect(root.activeElement).to.equal(field(root, 'ask'));
    expect(field(root, 'minutes').value).to.equal('1');
    await sendKeys({ press: 'End' });
    await type(' again');
    radios(root)[2]?.click();
    await tabTo(root, buttonNamed(root, 'Save changes'));
    await sendKeys({ press: 'Enter' });
    await until(() => text(root.querySelector('[role="status"]')) === 'Changes saved.');
    const [entry] = await storage.journal.list();
    expect(entry).to.include({ id: 't1', rung: 3, ask: 'Ask t1 again' });
    expect(entry?.createdAt).to.equal('2026-11-01T09:00:00.000Z');
    expect(entry?.updatedAt).not.to.equal(entry?.createdAt);
    expect((await storage.wins.get('t1'))?.note).to.equal('Ask t1 again');
    expect((await storage.wins.get('t1'))?.stayedS).to.equal(60);
  });

  it('deletes a try and its small win after an inline confirmation', async () => {
    const storage = createMemoryStorage();
    await storage.journal.put(ladderEntry('t1', 1, 1));
    await storage.wins.put({
      id: 't1',
      at: '2026-11-01T09:00:00.000Z',
      kind: 'ladder',
      stayedS: null,
      sessionId: null,
      note: 'Ask t1',
    });
    const { root, wrapper } = await mount(storage);
    const del = root.querySelector<HTMLButtonElement>('li[data-id="t1"] .delete');
    if (!del) throw new Error('no Delete button');
    await tabTo(root, del);
    await sendKeys({ press: 'Enter' });
    await until(() => root.querySelector('.confirm') !== null);
    expect(root.activeElement?.id).to.equal('confirm-text');
    await expect(wrapper).to.be.accessible();
    await tabTo(root, buttonNamed(root, 'Yes, delete'));
    await sendKeys({ press: 'Enter' });
    await until(() => text(root.querySelector('[role="status"]')) === 'Try deleted.');
    expect(await storage.journal.list()).to.deep.equal([]);
    expect(await storage.wins.list()).to.deep.equal([]);
    expect(root.querySelector('.tries')).to.equal(null);
  });

  it('after three tries on a rung offers staying or one step up, never more', async () => {
    const storage = createMemoryStorage();
    for (const [i, id] of ['a', 'b', 'c'].entries()) {
      await storage.journal.put(ladderEntry(id, 2, i + 1));
    }
    const { root } = await mount(storage);
    const nudge = text(root.querySelector('.nudge'));
    expect(nudge).to.contain('try one step up, to rung 3: Light emotional');
    expect(nudge).not.to.contain('rung 4');
  });
});
