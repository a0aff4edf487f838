// The reflection tools on the built app: each is filled, saved, edited, deleted and filled again;
// everything is exported, deleted, imported and shown again. The unsent message leaves no trace in
// IndexedDB, localStorage, sessionStorage, Cache Storage or the page.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

/** The journal entry card on the hub whose heading is `kind`. */
function card(page: Page, kind: string): Locator {
  return page.getByRole('article', { name: kind, exact: true });
}

async function saved(page: Page, words: RegExp | string): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: words })).toBeVisible();
}

/** Deletes the hub's one entry of `kind` with its inline confirm. */
async function deleteFromJournal(page: Page, kind: string): Promise<void> {
  await page.goto('/reflect');
  const entry = card(page, kind);
  await expect(entry).toBeVisible();
  await entry.getByRole('button', { name: 'Delete', exact: true }).click();
  await entry.getByRole('button', { name: 'Delete it' }).click();
  await saved(page, 'Deleted.');
  await expect(card(page, kind)).toHaveCount(0);
}

async function writeThreeColumn(page: Page, path: string, truth: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Three-column reset' })).toBeVisible();
  await page.getByLabel('What happened').fill('No reply for two days.');
  await page.getByLabel('What it felt like').fill('A knot under my ribs.');
  await page.getByLabel('What is actually true').fill(truth);
  await page.getByRole('button', { name: 'Save' }).click();
  await saved(page, 'Saved in your journal.');
}

async function writeCapacity(page: Page, percent: number, note: string): Promise<void> {
  await page.goto('/reflect/capacity');
  const slider = page.getByLabel('I took a risk at this much of my capacity today');
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < percent; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', `${String(percent)} %`);
  await page.getByLabel('A note, if you like').fill(note);
  await page.getByRole('button', { name: 'Save' }).click();
  await saved(page, 'Saved in your journal.');
}

async function writeEvening(page: Page, text: string): Promise<void> {
  await page.goto('/reflect/evening');
  await page.getByLabel('One moment today when connection felt possible').fill(text);
  await page.getByRole('button', { name: 'Save' }).click();
  await saved(page, 'Saved in your journal.');
}

async function tryLadder(page: Page, ask: string): Promise<void> {
  await page.goto('/reflect/ladder');
  await page.getByRole('radio', { name: 'Rung 2: Logistical' }).check();
  await page.getByLabel('What you asked').fill(ask);
  await page.getByRole('button', { name: 'Save this try' }).click();
  await saved(page, 'That was a real step.');
}

async function challengeDay(page: Page, note: string): Promise<void> {
  await page.goto('/reflect/challenge');
  const start = page.getByRole('button', { name: 'Start the seven days' });
  const field = page.getByLabel('A short note (optional)');
  await expect(start.or(field)).toBeVisible();
  if (await start.isVisible()) await start.click();
  await field.fill(note);
  await page.getByRole('button', { name: 'Mark this day done' }).click();
  await saved(page, 'Day saved.');
}

let exports = 0;

/** Exports everything from settings; returns the file's path and parsed JSON. */
async function exportEverything(page: Page): Promise<{ path: string; data: Exported }> {
  await page.goto('/settings');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything (JSON)' }).click();
  const download = await downloading;
  exports += 1;
  const path = test.info().outputPath(`${String(exports)}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { path, data: JSON.parse(await readFile(path, 'utf8')) as Exported };
}

interface Exported {
  journal: {
    kind: string;
    id: string;
    createdAt: string;
    updatedAt: string;
    [k: string]: unknown;
  }[];
  wins: { kind: string; note: string }[];
  challenges: { days: { day: number; note: string; status: string }[] }[];
}

test('each reflection tool: saved, edited, deleted, written again, exported and restored', async ({
  page,
}) => {
  test.setTimeout(170_000);
  page.setDefaultTimeout(20_000);

  // A practice first, so an entry can follow it: Stop early, then Write about this.
  await page.goto('/practice/five-breaths');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('link', { name: 'Write about this' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Write about this practice' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/reflect\/practice\/[\w:.-]+$/);
  const sessionId = decodeURIComponent(page.url().split('/').pop() ?? '');
  await page.getByRole('link', { name: /Three-column reset/ }).click();
  await expect(page).toHaveURL(`/reflect/three-column/${sessionId}`);
  // Two taps from the done screen, and the tool's h1 has focus.
  await expect(page.getByRole('heading', { level: 1, name: 'Three-column reset' })).toBeFocused();

  // Three-column reset: save (after the practice), edit, delete, write again.
  await writeThreeColumn(page, `/reflect/three-column/${sessionId}`, 'They are busy.');
  await page.getByLabel('What is actually true').fill('They are busy, and they wrote yesterday.');
  await page.getByRole('button', { name: 'Save' }).click();
  await saved(page, /^Saved\.$/);
  await page.goto('/reflect');
  await expect(card(page, 'Three-column reset')).toContainText('they wrote yesterday');
  await expect(card(page, 'Three-column reset')).toContainText('After Five breaths');
  await expect(card(page, 'Three-column reset')).toContainText('Edited');
  await deleteFromJournal(page, 'Three-column reset');
  await writeThreeColumn(page, `/reflect/three-column/${sessionId}`, 'They care about me.');

  // Capacity note: save, edit through the journal's Edit link, delete, write again.
  await writeCapacity(page, 30, 'I said how I felt.');
  await page.goto('/reflect');
  await card(page, 'Capacity note').getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit an entry' })).toBeVisible();
  await page.getByLabel('A note, if you like').fill('I said how I felt, out loud.');
  await page.getByRole('button', { name: 'Save' }).click();
  await saved(page, /^Saved\.$/);
  await page.goto('/reflect');
  await expect(card(page, 'Capacity note')).toContainText('30 % of my capacity');
  await expect(card(page, 'Capacity note')).toContainText('out loud');
  await deleteFromJournal(page, 'Capacity note');
  await writeCapacity(page, 45, 'A second try.');

  // Evening note.
  await writeEvening(page, 'Coffee with Dana.');
  await page
    .getByLabel('One moment today when connection felt possible')
    .fill('Coffee with Dana, and a hug.');
  await page.getByRole('button', { name: 'Save' }).click();
  await saved(page, /^Saved\.$/);
  await deleteFromJournal(page, 'Evening note');
  await writeEvening(page, 'A call with my brother.');

  // Needs ladder try (its small win comes with it).
  await tryLadder(page, 'Could you look over my letter?');
  await page.getByRole('button', { name: /Change the try/ }).click();
  await page.getByLabel('What you asked').fill('Could you look over my cover letter?');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await saved(page, 'Changes saved.');
  await page.getByRole('button', { name: /Delete the try/ }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await saved(page, 'Try deleted.');
  await tryLadder(page, 'Could you pick me up at six?');

  // Seven-day challenge: a day done, changed, cleared, done again.
  await challengeDay(page, 'Asked Sam for a pen.');
  await page.getByRole('button', { name: 'Change day 1' }).click();
  await page.getByLabel('A short note (optional)').fill('Asked Sam for a pen, and smiled.');
  await page.getByRole('button', { name: 'Mark this day done' }).click();
  await saved(page, 'Changes saved.');
  await page.getByRole('button', { name: 'Clear day 1' }).click();
  await page.getByRole('button', { name: 'Yes, clear' }).click();
  await saved(page, 'Day cleared.');
  await challengeDay(page, 'Asked Lee to pass the salt.');

  // Everything is in the export.
  const first = await exportEverything(page);
  const journal = first.data.journal;
  expect(journal.map((e) => e.kind).sort()).toEqual([
    'capacity',
    'evening',
    'ladder',
    'three-column',
  ]);
  const reset = journal.find((e) => e.kind === 'three-column');
  expect(reset).toMatchObject({ true: 'They care about me.', sessionId });
  expect(journal.find((e) => e.kind === 'capacity')).toMatchObject({
    percent: 45,
    note: 'A second try.',
  });
  expect(journal.find((e) => e.kind === 'evening')).toMatchObject({
    text: 'A call with my brother.',
  });
  expect(journal.find((e) => e.kind === 'ladder')).toMatchObject({
    rung: 2,
    ask: 'Could you pick me up at six?',
  });
  expect(first.data.wins.filter((w) => w.kind === 'ladder').map((w) => w.note)).toEqual([
    'Could you pick me up at six?',
  ]);
  expect(first.data.challenges.flatMap((c) => c.days)).toMatchObject([
    { day: 1, status: 'done', note: 'Asked Lee to pass the salt.' },
  ]);

  // Delete everything, then import the file: every entry is back, as it was.
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
  await expect(page.getByText('Everything Stay kept on this device is gone.')).toBeVisible();
  await page.goto('/reflect');
  await expect(page.getByText('Nothing written yet.')).toBeVisible();
  await page.goto('/settings');
  await page.getByLabel('Import a Stay export').setInputFiles(first.path);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/Added .*4 journal entries/)).toBeVisible();

  await page.goto('/reflect');
  await expect(card(page, 'Three-column reset')).toContainText('They care about me.');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await expect(card(page, 'Three-column reset')).toContainText('After Five breaths');
  await expect(card(page, 'Capacity note')).toContainText('45 % of my capacity');
  await expect(card(page, 'Evening note')).toContainText('A call with my brother.');
  await expect(card(page, 'Needs ladder')).toContainText('Could you pick me up at six?');
  await page.goto('/reflect/challenge');
  await expect(page.getByText('Asked Lee to pass the salt.')).toBeVisible();
  await page.goto('/reflect/wins');
  await expect(page.getByText('Could you pick me up at six?')).toBeVisible();
  await page.goto(`/history/${sessionId}`);
  await expect(page.getByRole('article', { name: 'Three-column reset' })).toContainText(
    'They care about me.',
  );

  const restored = await exportEverything(page);
  expect(restored.data.journal).toEqual(first.data.journal);
  expect(restored.data.challenges).toEqual(first.data.challenges);
});

test('in the evening, home invites one moment of connection; Not tonight waits until tomorrow', async ({
  page,
}) => {
  // 20:00 local time; timers still run.
  await page.clock.setFixedTime(new Date(2026, 2, 3, 20, 0));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'This evening' })).toBeVisible();
  await page.getByLabel('One moment today when connection felt possible').fill('Dinner with Mo.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Kept in your journal.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This evening' })).toHaveCount(0);
  await page.goto('/reflect');
  await expect(card(page, 'Evening note')).toContainText('Dinner with Mo.');

  await page.clock.setFixedTime(new Date(2026, 2, 4, 21, 0));
  await page.goto('/');
  await page.getByRole('button', { name: 'Not tonight' }).click();
  await expect(page.getByRole('heading', { name: 'This evening' })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('stay:evening-dismissed'))).toBe(
    '2026-03-04',
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This evening' })).toHaveCount(0);
});

/** Every place the page can keep data, searched for `marker` (IndexedDB, storages, caches). */
async function storedCopies(page: Page, marker: string): Promise<string[]> {
  return page.evaluate(async (needle) => {
    const found: string[] = [];
    const bytes = new TextEncoder().encode(needle);
    const hasBytes = (hay: Uint8Array) => {
      outer: for (let i = 0; i + bytes.length <= hay.length; i++) {
        for (let j = 0; j < bytes.length; j++) if (hay[i + j] !== bytes[j]) continue outer;
        return true;
      }
      return false;
    };
    for (const info of await indexedDB.databases()) {
      const name = info.name ?? '';
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(new Error(String(request.error)));
        };
      });
      for (const store of db.objectStoreNames) {
        const tx = db.transaction(store);
        const [values, keys] = await Promise.all(
          [tx.objectStore(store).getAll(), tx.objectStore(store).getAllKeys()].map(
            (request) =>
              new Promise<unknown>((resolve, reject) => {
                request.onsuccess = () => {
                  resolve(request.result);
                };
                request.onerror = () => {
                  reject(new Error(String(request.error)));
                };
              }),
          ),
        );
        const text = JSON.stringify([values, keys], (_k, v: unknown) =>
          v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? new TextDecoder().decode(v) : v,
        );
        if (text.includes(needle)) found.push(`indexedDB ${name}/${store}`);
      }
      db.close();
    }
    for (const [label, storage] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      if (JSON.stringify(Object.entries(storage)).includes(needle)) found.push(label);
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const body = new Uint8Array((await response?.arrayBuffer()) ?? new ArrayBuffer(0));
        if (request.url.includes(needle) || hasBytes(body))
          found.push(`cache ${name} ${request.url}`);
      }
    }
    if (JSON.stringify(history.state ?? null).includes(needle)) found.push('history.state');
    return found;
  }, marker);
}

/** Every text and form value in the page, shadow roots included. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let out = '';
    const walk = (node: Node) => {
      if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement)
        out += node.value;
      if (node instanceof Element) {
        out += node.outerHTML;
        if (node.shadowRoot) walk(node.shadowRoot);
      }
      for (const child of node.childNodes) walk(child);
    };
    walk(document);
    return out;
  });
}

test('the unsent message burns and leaves no trace anywhere', async ({ page }) => {
  const marker = `unsent-${String(Date.now())}-${Math.random().toString(36).slice(2)}`;
  const control = `kept-${String(Date.now())}-${Math.random().toString(36).slice(2)}`;
  // Let the service worker fill its caches first, so there is something to search.
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // A note that IS kept, to show the search finds what is there.
  await page.goto('/reflect/note');
  await page.getByLabel('Your note').fill(control);
  await page.getByRole('button', { name: 'Save' }).click();
  await saved(page, 'Saved in your journal.');

  await page.goto('/reflect/unsent');
  await expect(page.getByText('This is never saved.')).toBeVisible();
  const box = page.getByLabel('Your unsent message');
  await expect(box).toHaveAttribute('autocomplete', 'off');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await box.fill(`You never listened. ${marker}`);
  expect(await pageText(page)).toContain(marker);
  await page.getByRole('button', { name: 'Let it burn' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'It is gone. Nothing was kept.' }),
  ).toBeVisible();

  expect(await pageText(page)).not.toContain(marker);
  expect(await storedCopies(page, control)).toEqual(['indexedDB stay/journal']);
  expect(await storedCopies(page, marker)).toEqual([]);
  const cacheCount = await page.evaluate(async () => (await caches.keys()).length);
  expect(cacheCount, 'the service worker cached something to search').toBeGreaterThan(0);

  // Leaving the page before burning also forgets it.
  await page.getByRole('button', { name: 'Write another' }).click();
  await page.getByLabel('Your unsent message').fill(`Second draft ${marker}`);
  await page.getByRole('link', { name: 'Back to Reflect' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reflect' })).toBeVisible();
  expect(await pageText(page)).not.toContain(marker);
  await page.goBack();
  await expect(page.getByLabel('Your unsent message')).toHaveValue('');
  expect(await storedCopies(page, marker)).toEqual([]);
});
