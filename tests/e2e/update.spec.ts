import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { checkForUpdate, waitForServiceWorker } from './support/service-worker';
import { startStaticServer, type StaticServer } from './support/static-server';

declare global {
  var __samePage: boolean | undefined;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let dirs: { a: string; b: string; parent: string };
let server: StaticServer;

/** The same app built twice, told apart by `<meta name="stay-build">` (see vite.config.ts). */
async function build(id: string, outDir: string): Promise<void> {
  // At a lower priority: the practices running beside this test must keep time.
  await promisify(execFile)(
    'nice',
    ['-n', '10', 'npx', 'vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, env: { ...process.env, STAY_BUILD: id } },
  );
}

/** The state of the service worker waiting to take over, if one is. */
const waitingState = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.waiting?.state ?? null;
  });

const buildId = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[name="stay-build"]')?.getAttribute('content'));

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const parent = await mkdtemp(join(tmpdir(), 'stay-update-'));
  dirs = { parent, a: join(parent, 'a'), b: join(parent, 'b') };
  await build('a', dirs.a);
  await build('b', dirs.b);
  // Our own server on a free port, so the test can swap builds.
  server = await startStaticServer(dirs.a);
});

test.afterAll(async () => {
  await server.close();
  await rm(dirs.parent, { recursive: true, force: true });
});

test('a new version waits out a running practice, is offered after it, and loads when accepted', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${server.origin}/`);
  expect(await buildId(page)).toBe('a');
  await waitForServiceWorker(page);

  await page.evaluate(() => {
    globalThis.__samePage = true;
  });
  await page.getByRole('button', { name: /five breaths/i }).click();
  const stop = page.getByRole('button', { name: 'Stop' });
  await expect(stop).toBeVisible();

  server.serve(dirs.b);
  await checkForUpdate(page);
  await expect.poll(() => waitingState(page)).toBe('installed');

  // B waits: the practice goes on in the same page, and nothing offers the update yet.
  const announcer = page.getByTestId('phase-announcer');
  const before = await announcer.textContent();
  await expect(announcer).not.toHaveText(before ?? '', { timeout: 15_000 });
  await expect(stop).toBeVisible();
  expect(await page.evaluate(() => globalThis.__samePage)).toBe(true);
  expect(await buildId(page)).toBe('a');
  await expect(page.getByText('Update ready')).toHaveCount(0);
  expect(await waitingState(page)).toBe('installed');

  await stop.click();
  const notice = page.getByRole('status').filter({ hasText: 'Update ready' });
  await expect(notice).toBeVisible();
  expect(await page.evaluate(() => globalThis.__samePage)).toBe(true);

  await notice.getByRole('button', { name: 'Update now' }).click();
  await expect.poll(() => buildId(page).catch(() => null), { timeout: 15_000 }).toBe('b');
  expect(await page.evaluate(() => globalThis.__samePage)).toBeUndefined();
  await expect(page.getByText('Update ready')).toHaveCount(0);
});
