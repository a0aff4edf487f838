import { expect, html } from '@open-wc/testing';
import { createFakeServices } from '../../app/testing/fake-services';
import { createMemoryStorage } from '../../platform/storage/memory-storage';
import { parseExport } from '../../core/io/export';
import { sampleExport } from '../../core/io/testing/sample';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { describe, it } from '../../testing/mocha';
import type { DataImport } from './data-import';
import type { DataSettings } from './data-settings';
import './data-settings';
import { buttonNamed, fixtureWithServices, until } from '../testing/provide';
import { hourlyRecords } from '../testing/session-records';

const text = (node: Element | null | undefined) => node?.textContent.replace(/\s+/g, ' ').trim();

async function data(records = hourlyRecords(3)) {
  const storage = createMemoryStorage(records);
  const fakes = createFakeServices({
    storage,
    settings: { ...DEFAULT_SETTINGS, voice: false },
  });
  const wrapper = await fixtureWithServices<HTMLElement>(
    fakes.services,
    html`<section style="color: #eceaf4">
      <h2>Your data</h2>
      <data-settings></data-settings>
    </section>`,
  );
  const element = wrapper.querySelector('data-settings') as DataSettings;
  const root = element.shadowRoot as ShadowRoot;
  await until(() => root.textContent.includes('may clear'));
  const importer = root.querySelector('data-import') as DataImport;
  await importer.updateComplete;
  const importRoot = importer.shadowRoot as ShadowRoot;
  return { fakes, storage, element, wrapper, root, importer, importRoot };
}

function pick(importer: DataImport, file: File): void {
  const input = importer.shadowRoot?.querySelector<HTMLInputElement>('#import-file');
  if (!input) throw new Error('no file input');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

describe('data-settings', () => {
  it('says whether the browser may clear the data, and asks it to keep it', async () => {
    const { root, element, wrapper } = await data();
    expect(root.textContent).to.contain('The browser may clear it if space runs low.');
    await expect(wrapper).to.be.accessible();
    buttonNamed(root, 'Keep my data safe').click();
    await until(() => root.textContent.includes('Kept safe from automatic clean-up.'));
    await element.updateComplete;
    expect([...root.querySelectorAll('button')].map((b) => text(b))).not.to.include(
      'Keep my data safe',
    );
  });

  it('exports everything as JSON and CSV through the file saver', async () => {
    const { root, fakes } = await data();
    buttonNamed(root, 'Export everything (JSON)').click();
    await until(() => fakes.files.saved.length === 1);
    const [json] = fakes.files.saved;
    expect(json?.fileName).to.match(/^stay-export-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseExport(await (json?.blob.text() ?? Promise.resolve('')));
    expect(parsed.sessions.map((s) => s.id)).to.deep.equal(['s-0', 's-1', 's-2']);
    await until(
      () => text(root.querySelector('[role="status"]')) === `Saved ${json?.fileName ?? ''}.`,
    );

    buttonNamed(root, 'Sessions (CSV)').click();
    await until(() => fakes.files.saved.length === 2);
    buttonNamed(root, 'Heart samples (CSV)').click();
    await until(() => fakes.files.saved.length === 3);
    const [, sessions, samples] = fakes.files.saved;
    expect(sessions?.fileName).to.match(/^stay-sessions-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(samples?.fileName).to.match(/^stay-heart-samples-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(sessions?.blob.type).to.equal('text/csv');
    expect((await sessions?.blob.text())?.split(/\r?\n/).filter((l) => l !== '')).to.have.length(4);
  });

  it('imports a valid export after showing what it holds', async () => {
    const { importer, importRoot, storage, fakes } = await data([]);
    const sample = sampleExport();
    pick(importer, new File([JSON.stringify(sample)], 'backup.json'));
    await until(() => importRoot.querySelector('#import-text') !== null);
    expect(text(importRoot.querySelector('#import-text'))).to.equal(
      'backup.json holds 2 practices, 1 journal entry, 1 small win, 1 challenge and 1 custom pattern. Anything already here with the same id is updated from the file.',
    );
    expect(storage.records.size).to.equal(0);
    await expect(importer).to.be.accessible();

    const saves = fakes.settings.saves;
    buttonNamed(importRoot, 'Import').click();
    await until(() => importRoot.querySelector('[role="status"]') !== null);
    expect([...storage.records.keys()].sort()).to.deep.equal(
      sample.sessions.map((s) => s.id).sort(),
    );
    expect((await storage.journal.list()).length).to.equal(1);
    // The memory vault keeps no custom patterns, so the rest of the sentence is its own.
    expect(text(importRoot.querySelector('[role="status"]'))).to.match(
      /^Added 2 practices, 1 journal entry, 1 small win and 1 challenge\./,
    );
    expect(fakes.settings.saves).to.equal(saves + 1);
  });

  it('refuses a broken file with its reason and writes nothing', async () => {
    const { importer, importRoot, storage } = await data();
    pick(importer, new File(['{"format":"stay-export","version":1'], 'broken.json'));
    await until(() => importRoot.querySelector('[role="alert"]') !== null);
    expect(text(importRoot.querySelector('[role="alert"]'))).to.equal(
      'Line 1, column 36: the file ends too early; it may have been cut off. Nothing was changed.',
    );
    expect(importRoot.querySelector('#import-text')).to.equal(null);
    expect([...storage.records.keys()]).to.deep.equal(['s-0', 's-1', 's-2']);

    pick(importer, new File(['{"format":"not-stay"}'], 'other.json'));
    await until(
      () => text(importRoot.querySelector('[role="alert"]'))?.startsWith('This is not') === true,
    );
    expect(storage.records.size).to.equal(3);
    await expect(importer).to.be.accessible();
  });

  it('names exactly what "delete everything" removes, and resets the settings', async () => {
    const { root, storage, fakes, wrapper } = await data(hourlyRecords(12));
    for (const id of ['a', 'b', 'c']) {
      await storage.journal.put({
        id,
        kind: 'note',
        text: 'x',
        createdAt: '2025-03-03T22:20:00.000Z',
        updatedAt: '2025-03-03T22:20:00.000Z',
        sessionId: null,
      });
    }
    await storage.wins.put({
      id: 'w',
      at: '2025-03-03T22:20:00.000Z',
      kind: 'pause',
      stayedS: 60,
      sessionId: null,
      note: '',
    });
    buttonNamed(root, 'Delete everything…').click();
    await until(() => root.querySelector('#delete-text') !== null);
    expect(text(root.querySelector('#delete-text'))).to.equal(
      'This deletes 12 practices, 3 journal entries and 1 small win from this device. It cannot be undone.',
    );
    expect(root.activeElement).to.equal(root.querySelector('#delete-text'));
    await expect(wrapper).to.be.accessible();

    buttonNamed(root, 'Keep my data').click();
    await until(() => root.querySelector('#delete-text') === null);
    expect(storage.records.size).to.equal(12);

    buttonNamed(root, 'Delete everything…').click();
    await until(() => root.querySelector('#delete-text') !== null);
    buttonNamed(root, 'Delete everything').click();
    await until(() => root.textContent.includes('is gone'));
    expect(storage.records.size).to.equal(0);
    expect(await storage.journal.list()).to.deep.equal([]);
    expect(fakes.settings.load()).to.deep.equal(DEFAULT_SETTINGS);
  });
});
