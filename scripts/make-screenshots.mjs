// Makes the install dialog's screenshots (public/screenshots/*.webp, sizes as in the manifest) from
// the real built app, with the system Chromium through Playwright. Build first (`npx vite build`);
// this serves dist/ itself with `vite preview`, or uses STAY_URL if set (a preview already running).
/* global document, Image, window */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'public/screenshots');
const PORT = Number(process.env.STAY_SCREENSHOT_PORT ?? 4179);
/** The manifest promises each file stays small: they are fetched only by the install dialog. */
const MAX_BYTES = 40_000;

/** [file, CSS viewport, device pixel ratio, what to show] — 360×800 at 1.5 is 540×1200. */
const SHOTS = [
  ['home-narrow.webp', { width: 360, height: 800 }, 1.5, showHome],
  ['practice-wide.webp', { width: 1280, height: 800 }, 1, showPractice],
];

const server = process.env.STAY_URL ? null : await startPreview();
const base = process.env.STAY_URL ?? `http://127.0.0.1:${PORT}`;
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: [...CHROME_ARGS] });
try {
  for (const [file, viewport, deviceScaleFactor, show] of SHOTS) {
    const context = await browser.newContext({
      baseURL: base,
      viewport,
      deviceScaleFactor,
      colorScheme: 'dark',
    });
    const page = await context.newPage();
    await show(page);
    const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
    const webp = await toWebp(page, png);
    writeFileSync(join(outDir, file), webp);
    const size = `${viewport.width * deviceScaleFactor}×${viewport.height * deviceScaleFactor}`;
    console.log(`public/screenshots/${file}: ${size}, ${webp.length} bytes`);
    await context.close();
  }
} finally {
  await browser.close();
  server?.kill();
}

/** @param {import('playwright').Page} page */
async function showHome(page) {
  await page.goto('/');
  await page.getByRole('button', { name: /five breaths/i }).waitFor();
}

/** A practice running with the simulated strap, so the heart rate and urge meter show. */
async function showPractice(page) {
  await page.goto('/settings');
  await page.getByRole('checkbox', { name: 'Use the simulated strap' }).check();
  await page.goto('/practice/resonance');
  await page.getByRole('button', { name: 'Start' }).click();
  await page
    .getByTestId('bpm')
    .filter({ hasText: /^\d{2,3}$/ })
    .waitFor({ timeout: 10_000 });
  // Past the settling seconds, most of the way through the first breath in.
  await page.getByText('Breathe in', { exact: true }).first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(4000);
  // The heading can go; the urge meter and its labels should show whole.
  await page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
}

/**
 * The screenshot as lossy WebP, encoded by Chromium's canvas at the best quality that fits MAX_BYTES.
 * @param {import('playwright').Page} page
 * @param {Buffer} png
 */
async function toWebp(page, png) {
  for (const quality of [0.8, 0.7, 0.6, 0.5, 0.4]) {
    const base64 = await page.evaluate(
      async ({ src, quality }) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        canvas.getContext('2d')?.drawImage(image, 0, 0);
        return canvas.toDataURL('image/webp', quality).split(',')[1] ?? '';
      },
      { src: `data:image/png;base64,${png.toString('base64')}`, quality },
    );
    const webp = Buffer.from(base64, 'base64');
    if (webp.length <= MAX_BYTES) return webp;
  }
  throw new Error(`A screenshot does not fit in ${MAX_BYTES} bytes even at quality 0.4.`);
}

/** `vite preview` of dist/ on PORT; resolves once it answers. */
async function startPreview() {
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { cwd: root, stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`vite preview did not answer on port ${PORT}.`);
}
