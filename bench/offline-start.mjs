// Cold offline start: with the service worker installed, the network gone and the worker stopped
// (as on a phone at 2 a.m.), the time from navigation start to the home's <h1> in a new page.
// Alone: `npx vite build && node bench/offline-start.mjs`.
/* global window, document, requestAnimationFrame */
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';

const PORT = 4174;
const RUNS = 10;
/** How long the first visit may take to install a worker that controls the page. */
const CONTROL_TIMEOUT_MS = 15_000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Resolves true once a service worker controls the page, false after `timeoutMs`. */
function waitForControl(page, timeoutMs) {
  return page.evaluate(async (ms) => {
    if (!('serviceWorker' in navigator)) return false;
    const timeout = new Promise((resolve) => setTimeout(() => resolve(false), ms));
    const ready = navigator.serviceWorker.ready.then(async () => {
      if (navigator.serviceWorker.controller) return true;
      // A worker without clients.claim() controls only the next load.
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
      return true;
    });
    return Promise.race([ready, timeout]);
  }, timeoutMs);
}

/** Records, on the page's clock, the first animation frame in which the home's <h1> exists. */
function markHomeHeading() {
  const find = () =>
    document
      .querySelector('stay-app')
      ?.shadowRoot?.querySelector('stay-home')
      ?.shadowRoot?.querySelector('h1');
  const check = (now) => {
    if (find()) window.__stayHomeH1Ms = now;
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * Median of `runs` cold offline starts of the built app, each in a new page of the context that
 * installed the worker. `{ skipped }` when no service worker takes control of the page.
 */
export async function coldOfflineStart({ browser: given, url: givenUrl, runs = RUNS } = {}) {
  const server = givenUrl
    ? null
    : await preview({
        logLevel: 'error',
        preview: { host: '127.0.0.1', port: PORT, strictPort: true },
      });
  const url = givenUrl ?? `http://127.0.0.1:${PORT}/`;
  const browser =
    given ?? (await chromium.launch({ executablePath: CHROME_PATH, args: [...CHROME_ARGS] }));
  const context = await browser.newContext();
  try {
    const first = await context.newPage();
    await first.goto(url);
    if (!(await waitForControl(first, CONTROL_TIMEOUT_MS))) {
      return {
        skipped: `no service worker took control of ${url} within ${CONTROL_TIMEOUT_MS / 1000} s`,
      };
    }
    await first.close();
    await context.setOffline(true);
    await context.addInitScript(markHomeHeading);
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      // Cold: the worker is started by the navigation itself, as after the phone has slept.
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.goto(url, { waitUntil: 'commit' });
      const ms = await page.waitForFunction(() => window.__stayHomeH1Ms ?? null, null, {
        timeout: 20_000,
      });
      const fromSw = await page.evaluate(
        () => performance.getEntriesByType('navigation')[0]?.workerStart > 0,
      );
      if (!fromSw) throw new Error('the offline page was not served by the service worker');
      samples.push(await ms.jsonValue());
      await cdp.detach();
      await page.close();
    }
    const round = (ms) => Math.round(ms * 10) / 10;
    return { medianMs: round(median(samples)), runsMs: samples.map(round) };
  } finally {
    await context.close();
    if (!given) await browser.close();
    await server?.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await coldOfflineStart();
  if ('skipped' in result) console.log(`cold offline start skipped: ${result.skipped}`);
  else
    console.log(
      `cold offline start to home <h1> (median of ${RUNS}): ${result.medianMs} ms; runs ${result.runsMs.join(', ')} ms`,
    );
}
