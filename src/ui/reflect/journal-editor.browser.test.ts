import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { StorageFullError } from '../../app/ports/storage-errors';
import { createFakeServices } from '../../app/testing/fake-services';
import { createMemoryStorage, type MemoryStorage } from '../../platform/storage/memory-storage';
import { MAX_TEXT, type JournalEntry } from '../../core/reflect/records';
import { describe, it } from '../../testing/mocha';
import type { JournalEditor } from './journal-editor';
import './journal-editor';
import { buttonNamed, fixtureWithServices, until } from '../testing/provide';

/** A clock that moves a minute on every reading, from 3 March 2026 20:00 UTC. */
function minuteClock() {
  let ms = Date.parse('2026-03-03T20:00:00.000Z');
  return () => new Date((ms += 60_000));
}

async function editor(
  template: (now: () => Date) => ReturnType<typeof html>,
  storage: MemoryStorage = createMemoryStorage(),
) {
  const fakes = createFakeServices({ storage });
  let n = 0;
  const element = await fixtureWithServices<JournalEditor>(fakes.services, template(minuteClock()));
  element.newId = () => `entry-${String(++n)}`;
  const root = element.shadowRoot as ShadowRoot;
  await until(() => root.querySelector('form') !== null || root.querySelector('p') !== null);
  return { element, root, storage };
}

function box(root: ShadowRoot, name: string): HTMLTextAreaElement {
  const area = root.querySelector<HTMLTextAreaElement>(`textarea[name="${name}"]`);
  if (!area) throw new Error(`No box ${name}.`);
  return area;
}

function write(area: HTMLTextAreaElement, text: string): void {
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

function labelOf(root: ShadowRoot, control: Element): string {
  return root.querySelector(`label[for="${control.id}"]`)?.textContent.trim() ?? '';
}

const status = (root: ShadowRoot) => root.querySelector('[role="status"]')?.textContent.trim();
const alert = (root: ShadowRoot) => root.querySelector('[role="alert"]')?.textContent.trim();

describe('journal-editor', () => {
  it('writes a three-column reset by keyboard alone, then edits the same entry', async () => {
    const { element, root, storage } = await editor(
      (now) =>
        html`<journal-editor
          .kind=${'three-column'}
          .sessionId=${'session-1'}
          .now=${now}
        ></journal-editor>`,
    );
    const areas = [...root.querySelectorAll('textarea')];
    expect(areas.map((a) => labelOf(root, a))).to.deep.equal([
      'What happened',
      'What it felt like',
      'What is actually true',
    ]);
    expect(root.textContent).to.contain('kept with the practice you just did');
    areas[0]?.focus();
    await sendKeys({ type: 'She did not reply.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Cold, then hot.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'She is at work.' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot?.activeElement?.textContent.trim()).to.equal('Save');
    await sendKeys({ press: 'Enter' });
    await until(() => status(root) !== '');
    expect(status(root)).to.equal('Saved in your journal. You can keep editing it here.');
    const [saved] = await storage.journal.list();
    expect(saved).to.deep.include({
      id: 'entry-1',
      kind: 'three-column',
      happened: 'She did not reply.',
      felt: 'Cold, then hot.',
      true: 'She is at work.',
      sessionId: 'session-1',
    });
    expect(saved?.updatedAt).to.equal(saved?.createdAt);
    await expect(element).to.be.accessible();

    write(box(root, 'true'), 'She is at work, and she will call later.');
    buttonNamed(root, 'Save').click();
    await until(() => status(root) === 'Saved.');
    const all = await storage.journal.list();
    expect(all).to.have.length(1);
    const edited = all[0] as JournalEntry & { kind: 'three-column' };
    expect(edited.true).to.equal('She is at work, and she will call later.');
    expect(edited.createdAt).to.equal(saved?.createdAt);
    expect(Date.parse(edited.updatedAt)).to.be.greaterThan(Date.parse(edited.createdAt));
  });

  it('opens a stored entry with its words, and keeps its createdAt and practice on save', async () => {
    const storage = createMemoryStorage();
    const stored: JournalEntry = {
      id: 'c-1',
      kind: 'capacity',
      percent: 30,
      note: 'I said yes to dinner.',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
      sessionId: 'session-9',
    };
    await storage.journal.put(stored);
    const { element, root } = await editor(
      (now) => html`<journal-editor .entryId=${'c-1'} .now=${now}></journal-editor>`,
      storage,
    );
    await until(() => root.querySelector('form') !== null);
    const slider = root.querySelector<HTMLInputElement>('input[type="range"]');
    expect(slider?.value).to.equal('30');
    expect(slider?.getAttribute('aria-valuetext')).to.equal('30 %');
    expect(labelOf(root, slider as Element)).to.equal(
      'I took a risk at this much of my capacity today',
    );
    expect(root.querySelector('output')?.textContent.trim()).to.equal('30 %');
    expect(box(root, 'note').value).to.equal('I said yes to dinner.');
    // No pass or fail words anywhere.
    expect(root.textContent.toLowerCase()).not.to.match(/\b(pass|fail|good|bad|score)\b/);

    slider?.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(root.querySelector('output')?.textContent.trim()).to.equal('32 %');
    buttonNamed(root, 'Save').click();
    await until(() => status(root) === 'Saved.');
    expect(await storage.journal.get('c-1')).to.deep.include({
      percent: 32,
      note: 'I said yes to dinner.',
      createdAt: '2026-03-01T10:00:00.000Z',
      sessionId: 'session-9',
    });
    await expect(element).to.be.accessible();
  });

  it('says plainly when a box is too long, and keeps nothing until it fits', async () => {
    const { root, storage } = await editor(
      (now) => html`<journal-editor .kind=${'note'} .now=${now}></journal-editor>`,
    );
    const area = box(root, 'text');
    write(area, 'a'.repeat(MAX_TEXT + 12));
    await until(() => root.querySelector('.field-error') !== null);
    expect(area.getAttribute('aria-invalid')).to.equal('true');
    const message = root.querySelector('.field-error');
    expect(message?.textContent).to.contain('4,000 characters');
    expect(message?.textContent).to.contain('shorten it by 12 characters');
    expect(area.getAttribute('aria-describedby')).to.equal(message?.id);
    buttonNamed(root, 'Save').click();
    await until(() => alert(root) !== '');
    expect(alert(root)).to.contain('shorten it by 12 characters');
    expect(await storage.journal.list()).to.have.length(0);
    expect(root.activeElement).to.equal(area);

    write(area, 'a'.repeat(MAX_TEXT));
    buttonNamed(root, 'Save').click();
    await until(() => status(root) !== '');
    expect(root.querySelector('.field-error')).to.equal(null);
    expect(await storage.journal.list()).to.have.length(1);
  });

  it('asks for a few words before keeping an empty entry', async () => {
    const { root, storage } = await editor(
      (now) => html`<journal-editor .kind=${'evening'} .now=${now}></journal-editor>`,
    );
    expect(labelOf(root, box(root, 'text'))).to.equal(
      'One moment today when connection felt possible',
    );
    buttonNamed(root, 'Save').click();
    await until(() => alert(root) !== '');
    expect(alert(root)).to.equal('Write a few words first, in any box.');
    expect(await storage.journal.list()).to.have.length(0);
  });

  it('says so when saving fails, and keeps the words on screen', async () => {
    const memory = createMemoryStorage();
    const storage: MemoryStorage = {
      ...memory,
      journal: { ...memory.journal, put: () => Promise.reject(new StorageFullError()) },
    };
    const { root } = await editor(
      (now) => html`<journal-editor .kind=${'note'} .now=${now}></journal-editor>`,
      storage,
    );
    write(box(root, 'text'), 'Keep this.');
    buttonNamed(root, 'Save').click();
    await until(() => alert(root) !== '');
    expect(alert(root)).to.contain('out of space');
    expect(box(root, 'text').value).to.equal('Keep this.');
  });

  it('edits a ladder try by keyboard, and its small win takes the new ask', async () => {
    const storage = createMemoryStorage();
    const at = '2026-03-01T10:00:00.000Z';
    await storage.journal.put({
      id: 't-1',
      kind: 'ladder',
      rung: 1,
      ask: 'Pass the salt?',
      outcome: '',
      createdAt: at,
      updatedAt: at,
      sessionId: null,
    });
    await storage.wins.put({
      id: 't-1',
      at,
      kind: 'ladder',
      stayedS: 30,
      sessionId: null,
      note: 'Pass the salt?',
    });
    const { element, root } = await editor(
      (now) => html`<journal-editor .entryId=${'t-1'} .now=${now}></journal-editor>`,
      storage,
    );
    await until(() => root.querySelector('form') !== null);
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.parentElement?.textContent.trim())).to.deep.equal([
      'Rung 1: Physical',
      'Rung 2: Logistical',
      'Rung 3: Light emotional',
      'Rung 4: Core needs',
    ]);
    expect(radios[0]?.checked).to.equal(true);
    radios[0]?.focus();
    await sendKeys({ press: 'ArrowDown' });
    write(box(root, 'ask'), 'Could you read my email?');
    buttonNamed(root, 'Save').click();
    await until(() => status(root) === 'Saved.');
    expect(await storage.journal.get('t-1')).to.deep.include({
      rung: 2,
      ask: 'Could you read my email?',
    });
    expect(await storage.wins.get('t-1')).to.deep.include({
      note: 'Could you read my email?',
      stayedS: 30,
    });
    await expect(element).to.be.accessible();
  });

  it('says when an entry is not on this device', async () => {
    const { root } = await editor(
      (now) => html`<journal-editor .entryId=${'gone'} .now=${now}></journal-editor>`,
    );
    await until(() => root.querySelector('[role="status"]') === null);
    expect(root.textContent).to.contain('It may have been deleted');
    expect(root.querySelector('form')).to.equal(null);
  });
});
