// No request ever leaves the app's origin: across a whole run — open, pair a strap, practise with
// the voice clips and a saved heart trace, history, export — every request of the page and its
// service worker goes to the app's own server. The strap is Chromium's emulated Bluetooth
// peripheral. The practice fetches every clip it will speak at Start, so it stops once they are
// in and a few seconds of heart rate are kept; five-breaths.spec.ts follows a practice to its end.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { encodeHeartRateMeasurement } from '../../src/platform/bluetooth/measurement-encoder';
import type { EmulatedStrap } from './support/bluetooth-emulation';
import { bluetoothLaunchOptions, expect, test } from './support/bluetooth-emulation';

/** The practice's first clip and its last (the closing question). */
const CLIPS = ['/voice/name-sensation.mp3', '/voice/closing-question.mp3'];

test.use({ launchOptions: bluetoothLaunchOptions(), strapOptions: { name: 'Privacy HRM' } });

/** Whether `url` stays on the device or at `origin` (data: URLs and the app's own blob: URLs). */
function isOwn(url: string, origin: string): boolean {
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return url.startsWith(`blob:${origin}/`);
  return new URL(url).origin === origin;
}

function packet(bpm: number): Uint8Array {
  const view = encodeHeartRateMeasurement({
    bpm,
    contact: 'detected',
    energyKj: null,
    rrMs: [60_000 / bpm],
  });
  return new Uint8Array(view.buffer);
}

/**
 * Feeds the strap about once a second, at least `seconds` times and then until `done()` holds or a
 * minute has passed.
 */
async function practise(page: Page, strap: EmulatedStrap, seconds: number, done: () => boolean) {
  const deadline = Date.now() + 60_000;
  for (let i = 0; Date.now() < deadline && (i < seconds || !done()); i++) {
    // A drop mid-practice is the strap's business, not this test's: skip feeds while it reconnects.
    await strap.feed(page, packet(66 + (i % 3))).catch(() => undefined);
    await page.waitForTimeout(1000);
  }
}

test('a whole run — open, pair, practise, history, export — asks nothing of any other origin', async ({
  page,
  strap,
  baseURL,
}) => {
  test.setTimeout(150_000);
  // The app's origin: http://127.0.0.1:4173 under playwright.config.ts.
  const origin = new URL(baseURL!).origin;
  const own = (url: string) => isOwn(url, origin);
  const context = page.context();
  const requests: string[] = [];
  let fromWorker = 0;
  // In Chromium this also reports the service worker's own fetches (its precache included).
  context.on('request', (request) => {
    requests.push(request.url());
    if (request.serviceWorker()) fromWorker += 1;
  });
  const workers: string[] = [];
  context.on('serviceworker', (worker) => workers.push(worker.url()));

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('/settings');
  await page.getByRole('button', { name: 'Pair a strap' }).click();
  await expect(page.getByTestId('strap-status')).toContainText('connected');
  await strap.waitForSubscription();

  await page.goto('/');
  await page.getByRole('button', { name: /five breaths/i }).click();
  await expect(page.getByTestId('phase-announcer')).toHaveText('Settle');
  const fetched = () => CLIPS.every((clip) => requests.some((url) => url.endsWith(clip)));
  // Past the recorder's 3-second saves, with the clips in.
  await practise(page, strap, 7, fetched);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('heading', { name: 'Stopped' })).toBeVisible();

  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await page
    .getByRole('main')
    .getByRole('link')
    .filter({ hasText: /five breaths/i })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('/settings');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything (JSON)' }).click();
  const exported = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as {
    sessions: { heart: { tS: number[] } | null }[];
  };
  expect(exported.sessions).toHaveLength(1);
  expect(exported.sessions[0]?.heart?.tS.length).toBeGreaterThan(3);

  // The check saw the run: the shell, Tone.js and the spoken clips all went through it.
  const paths = requests.filter(own).map((url) => new URL(url).pathname);
  expect(paths).toContain('/');
  expect(paths.some((p) => /^\/assets\/tone-[\d.]+\.js$/.test(p))).toBe(true);
  expect(paths).toEqual(expect.arrayContaining(CLIPS));

  if (workers.length > 0)
    expect(fromWorker, 'the service worker fetched nothing seen here').toBeGreaterThan(0);

  const foreign = [...requests, ...workers].filter((url) => !own(url));
  expect(foreign, `requests to other origins:\n${foreign.join('\n')}`).toEqual([]);
  expect(strap.errors).toEqual([]);
});
