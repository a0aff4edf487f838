import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Response } from '@playwright/test';
import { compileSession } from '../../src/core/breathing/plan';
import { PRACTICES } from '../../src/core/breathing/practices';
import { waitForServiceWorker } from './support/service-worker';
import { startStaticServer } from './support/static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const plan = compileSession(PRACTICES['five-breaths']);

test('once loaded, Stay opens, deep-links and runs Five breaths with its voice and keeps it, with no server and no network', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  // Our own server on a free port, so the test can stop it.
  const server = await startStaticServer(DIST);
  try {
    await page.goto(`${server.origin}/`);
    await expect(page.getByRole('button', { name: /five breaths/i })).toBeVisible();
    await waitForServiceWorker(page);
  } finally {
    await server.close();
  }
  await context.setOffline(true);

  // Everything the build ships is on the device: every chunk (lazy ones and Tone.js), clip and icon.
  const shipped = (await readdir(DIST, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => `/${join(relative(DIST, entry.parentPath), entry.name)}`)
    .filter((path) => /^\/(assets|voice|icons)\//.test(path));
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys())
        urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  expect(shipped.length).toBeGreaterThan(20);
  expect(cached).toEqual(
    expect.arrayContaining([...shipped, '/index.html', '/manifest.webmanifest']),
  );

  const startMs = Date.now();
  await page.reload();
  await expect(page.getByRole('button', { name: /five breaths/i })).toBeVisible();
  const coldStartMs = Date.now() - startMs;
  test
    .info()
    .annotations.push({ type: 'offline reload to home (ms)', description: `${coldStartMs}` });

  const clips: Response[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/voice/')) clips.push(response);
  });
  await page.goto(`${server.origin}/practice/five-breaths`);
  await page.getByRole('button', { name: 'Start' }).click();
  // The practice runs on its audio clock: past the spoken settle into the first breath. It fetches
  // every clip it will speak at Start; five-breaths.spec.ts follows a practice to its end.
  await expect(page.getByTestId('phase-announcer')).toHaveText('Breathe in', {
    timeout: (plan.cues.find((c) => c.kind === 'inhale')!.atS + 20) * 1000,
  });

  // No voices headless: the recorded clips speak, every one from the service worker's cache.
  await expect
    .poll(() => clips.map((r) => new URL(r.url()).pathname))
    .toEqual(expect.arrayContaining(['/voice/name-sensation.mp3', '/voice/closing-question.mp3']));
  for (const clip of clips) {
    expect(clip.status()).toBe(200);
    expect(clip.fromServiceWorker()).toBe(true);
  }

  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('heading', { name: 'Stopped' })).toBeVisible();

  await page.goto(`${server.origin}/history`);
  await page.getByRole('link', { name: /Five breaths/ }).click();
  await expect(page).toHaveURL(/\/history\/[^/]+$/);
  // The saved practice's own page opens offline from its address too.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Five breaths/ })).toBeVisible();
});
