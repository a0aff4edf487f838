import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { chromium } from 'playwright';
import { PRACTICES } from '../../src/core/breathing/practices';
import { CHROME_ARGS, CHROME_PATH } from '../../scripts/chromium.mjs';

const ORIGIN = `http://127.0.0.1:${process.env.STAY_E2E_PORT ?? 4173}`;

interface ManifestImage {
  readonly src: string;
  readonly sizes: string;
  readonly type: string;
  readonly purpose?: string;
  readonly form_factor?: string;
}

interface Manifest {
  readonly id: string;
  readonly name: string;
  readonly short_name: string;
  readonly description: string;
  readonly start_url: string;
  readonly scope: string;
  readonly display: string;
  readonly theme_color: string;
  readonly background_color: string;
  readonly categories: readonly string[];
  readonly lang: string;
  readonly dir: string;
  readonly icons: readonly ManifestImage[];
  readonly shortcuts: readonly {
    readonly name: string;
    readonly short_name: string;
    readonly description: string;
    readonly url: string;
    readonly icons: readonly ManifestImage[];
  }[];
  readonly screenshots: readonly ManifestImage[];
}

async function fetchManifest(request: APIRequestContext): Promise<Manifest> {
  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  return JSON.parse(await response.text()) as Manifest;
}

/** Pixel width and height from a PNG's IHDR, a WebP's frame header or a JPEG's SOF marker. */
function imageSize(bytes: Buffer): { width: number; height: number; type: string } {
  if (bytes.readUInt32BE(0) === 0x89504e47 && bytes.toString('latin1', 12, 16) === 'IHDR')
    return { type: 'image/png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') {
    const format = bytes.toString('latin1', 12, 16);
    if (format === 'VP8 ')
      return {
        type: 'image/webp',
        width: bytes.readUInt16LE(26) & 0x3fff,
        height: bytes.readUInt16LE(28) & 0x3fff,
      };
    if (format === 'VP8L') {
      const bits = bytes.readUInt32LE(21);
      return {
        type: 'image/webp',
        width: (bits & 0x3fff) + 1,
        height: ((bits >> 14) & 0x3fff) + 1,
      };
    }
    if (format === 'VP8X')
      return {
        type: 'image/webp',
        width: bytes.readUIntLE(24, 3) + 1,
        height: bytes.readUIntLE(27, 3) + 1,
      };
  }
  if (bytes.readUInt16BE(0) === 0xffd8) {
    for (let at = 2; at + 9 < bytes.length; at += 2 + bytes.readUInt16BE(at + 2)) {
      const marker = bytes.readUInt16BE(at);
      if (marker >= 0xffc0 && marker <= 0xffcf && ![0xffc4, 0xffc8, 0xffcc].includes(marker))
        return {
          type: 'image/jpeg',
          height: bytes.readUInt16BE(at + 5),
          width: bytes.readUInt16BE(at + 7),
        };
    }
  }
  throw new Error('Not a PNG, WebP or JPEG image.');
}

/** Checks `image` is served with its declared type and, for bitmaps, its declared pixel size. */
async function expectServedAsDeclared(request: APIRequestContext, image: ManifestImage) {
  const response = await request.get(image.src);
  expect(response.status(), image.src).toBe(200);
  expect(response.headers()['content-type'], image.src).toContain(image.type);
  const body = await response.body();
  if (image.type === 'image/svg+xml') {
    expect(image.sizes).toBe('any');
    expect(body.toString('utf8')).toMatch(/^<svg [^>]*viewBox="0 0 512 512"/);
    return body.length;
  }
  const { width, height, type } = imageSize(body);
  expect(type, image.src).toBe(image.type);
  expect(`${String(width)}x${String(height)}`, image.src).toBe(image.sizes);
  return body.length;
}

test.describe('installing Stay', () => {
  test('the manifest describes an installable app with launcher shortcuts', async ({ request }) => {
    const manifest = await fetchManifest(request);
    expect(manifest).toMatchObject({
      id: '/',
      name: 'Stay',
      short_name: 'Stay',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#0d1326',
      background_color: '#0d1326',
      lang: 'en',
      dir: 'ltr',
    });
    expect(manifest.description.length).toBeGreaterThan(20);
    expect(manifest.categories).toEqual(expect.arrayContaining(['health', 'lifestyle']));

    const icons = manifest.icons.map((i) => `${i.sizes} ${i.type} ${i.purpose ?? 'any'}`);
    expect(icons).toEqual(
      expect.arrayContaining([
        '192x192 image/png any',
        '512x512 image/png any',
        '512x512 image/png maskable',
        'any image/svg+xml any',
      ]),
    );

    const ids = manifest.shortcuts.map((s) => s.url);
    expect(ids).toEqual(
      expect.arrayContaining([
        '/practice/five-breaths',
        '/practice/hum-reset',
        '/practice/five-minute-pause',
      ]),
    );
    for (const shortcut of manifest.shortcuts) {
      const id = shortcut.url.replace('/practice/', '') as keyof typeof PRACTICES;
      expect(shortcut.name).toBe(PRACTICES[id].name);
      expect(shortcut.short_name.length).toBeLessThanOrEqual(20);
      expect(shortcut.description).not.toBe('');
      expect(shortcut.icons.map((i) => i.sizes)).toContain('96x96');
    }

    expect(manifest.screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
  });

  test('every icon and screenshot is served with its declared type and size', async ({
    request,
  }) => {
    const manifest = await fetchManifest(request);
    const images = [
      ...manifest.icons,
      ...manifest.shortcuts.flatMap((s) => s.icons),
      ...manifest.screenshots,
    ];
    for (const image of images) {
      const bytes = await expectServedAsDeclared(request, image);
      // Small on purpose: flat-colour icons, and screenshots only the install dialog fetches.
      expect(bytes, image.src).toBeLessThan(
        image.src.startsWith('/screenshots/') ? 40_000 : 12_000,
      );
    }
    for (const screenshot of manifest.screenshots) {
      const [width = 0, height = 0] = screenshot.sizes.split('x').map(Number);
      if (screenshot.form_factor === 'narrow') expect(height).toBeGreaterThan(width);
      else expect(width).toBeGreaterThan(height);
    }
  });

  test('the page links the favicon, the home-screen icon for iOS and the manifest', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    const href = (rel: string) => page.locator(`link[rel="${rel}"]`).getAttribute('href');
    expect(await href('manifest')).toBe('/manifest.webmanifest');
    expect(
      await expectServedAsDeclared(request, {
        src: (await href('icon')) ?? '',
        sizes: 'any',
        type: 'image/svg+xml',
      }),
    ).toBeGreaterThan(0);
    await expectServedAsDeclared(request, {
      src: (await href('apple-touch-icon')) ?? '',
      sizes: '180x180',
      type: 'image/png',
    });
  });

  test('each shortcut opens its practice, ready to start with one tap', async ({
    page,
    request,
  }) => {
    const manifest = await fetchManifest(request);
    for (const shortcut of manifest.shortcuts) {
      await page.goto(shortcut.url);
      await expect(page.getByRole('heading', { level: 1, name: shortcut.name })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    }
  });

  test('Chromium finds the app installable (no installability errors)', async () => {
    await withProfile(async (page) => {
      await page.goto(`${ORIGIN}/`);
      await expect(page.getByRole('button', { name: /five breaths/i })).toBeVisible();
      const cdp = await page.context().newCDPSession(page);

      const { errors: manifestErrors } = (await cdp.send('Page.getAppManifest')) as {
        errors: { message: string }[];
      };
      expect(manifestErrors.map((e) => e.message)).toEqual([]);

      // Chromium 156 no longer asks for a service worker to install, but an installed Stay that
      // could not open offline would break its promise, so the worker must be running too.
      const registered = await page.evaluate(() =>
        Promise.race([
          navigator.serviceWorker.ready.then(() => true),
          new Promise<boolean>((resolve) => {
            setTimeout(() => {
              resolve(false);
            }, 15_000);
          }),
        ]),
      );
      expect(registered, 'a service worker (src/sw.ts) is registered and active').toBe(true);
      let errors: unknown[] = ['not checked yet'];
      for (let tries = 0; tries < 20 && errors.length > 0; tries++) {
        ({ installabilityErrors: errors } = await cdp.send('Page.getInstallabilityErrors'));
        if (errors.length > 0) await page.waitForTimeout(500);
      }
      expect(errors).toEqual([]);
    });
  });

  test('the install offer waits quietly in settings, and nothing pops up on home', async () => {
    await withProfile(async (page) => {
      // Chromium sends beforeinstallprompt on its own once the page is installable.
      await page.addInitScript(() => {
        addEventListener('beforeinstallprompt', () => {
          document.documentElement.dataset.installOffered = 'yes';
        });
      });
      await page.goto(`${ORIGIN}/`);
      await expect(page.locator('html[data-install-offered="yes"]')).toBeAttached();
      await expect(page.getByRole('button', { name: /five breaths/i })).toBeVisible();
      await expect(page.getByRole('button', { name: /install/i })).toHaveCount(0);
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await page.getByRole('link', { name: 'Settings' }).first().click();
      await expect(
        page.getByRole('heading', { level: 2, name: 'On your home screen' }),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: 'Install Stay' })).toBeVisible();
    });
  });
});

/** Runs `body` in a fresh Chromium profile on disk: an incognito context is never installable. */
async function withProfile(body: (page: Page) => Promise<void>): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), 'stay-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    args: [...CHROME_ARGS],
    headless: true,
  });
  try {
    await body(context.pages()[0] ?? (await context.newPage()));
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
