// Media guidance figures: tap to first sound on the media route, how busy a hidden practice keeps
// the main thread, and the renderer's peak memory while a long practice renders. Run by
// bench/run.mjs (`node bench/run.mjs guidance` after a build for these alone).
/* global window, document, caches, Document */
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createServer, preview } from 'vite';
import { median } from './stats.mjs';

const PREVIEW_PORT = 4177;
const DEV_PORT = 4178;
const BASE = `http://127.0.0.1:${PREVIEW_PORT}/`;

/** A page of the built app with its service worker in control and the Five breaths opening ready. */
async function controlledPage(context) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.addEventListener('click', (e) => (window.__stayTapMs = e.timeStamp), { capture: true });
  });
  await page.goto(BASE);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
  // The opening is prepared on the home screen: its info and first segment are in the cache.
  const deadline = Date.now() + 30_000;
  const ready = () =>
    page.evaluate(async () =>
      (await (await caches.open('stay-guidance')).keys()).some((r) => r.url.endsWith('/0')),
    );
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error('The opening was not prepared within 30 s.');
    await page.waitForTimeout(100);
  }
  return page;
}

/** Milliseconds from the tap on Five breaths to the media element playing (median of runs). */
async function tapToFirstSound(browser, runs) {
  const samples = [];
  const routes = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await controlledPage(context);
    await page
      .getByRole('button', { name: /five breaths/i })
      .first()
      .click();
    const ms = await page.waitForFunction(
      () => {
        const [mark] = performance.getEntriesByName('stay:first-sound');
        return mark && typeof window.__stayTapMs === 'number'
          ? mark.startTime - window.__stayTapMs
          : null;
      },
      null,
      { timeout: 20_000 },
    );
    samples.push(await ms.jsonValue());
    // The route: whether the page fetched a guidance file.
    routes.push(
      await page.evaluate(() =>
        performance.getEntriesByType('resource').some((r) => r.name.includes('/guidance/'))
          ? 'media-file'
          : 'live',
      ),
    );
    await context.close();
  }
  return {
    medianMs: Math.round(median(samples) * 10) / 10,
    runs: samples.map((s) => Math.round(s * 10) / 10),
    routes,
  };
}

/** Main-thread busy time (CDP TaskDuration) over `seconds`, as a percentage. */
async function busyPercent(cdp, page, seconds) {
  const taskS = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const before = await taskS();
  const started = Date.now();
  await page.waitForTimeout(seconds * 1000);
  const after = await taskS();
  return Math.round(((after - before) / ((Date.now() - started) / 1000)) * 10000) / 100;
}

/**
 * Resonance (two minutes) started, then `seconds` with the page shown and `seconds` hidden; main
 * thread busy as a percentage of each. Headless Chromium never hides a page on its own, so the page
 * is hidden as a browser hides it: `visibilityState` 'hidden', a visibilitychange event, no
 * animation frames and its animations standing still until shown again (timers are not throttled
 * here, as a phone would: the figure is an upper bound).
 */
async function hiddenMainThread(browser, seconds) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__hidden = false;
    Object.defineProperty(Document.prototype, 'visibilityState', {
      configurable: true,
      get: () => (window.__hidden ? 'hidden' : 'visible'),
    });
    Object.defineProperty(Document.prototype, 'hidden', {
      configurable: true,
      get: () => window.__hidden,
    });
    const frame = window.requestAnimationFrame.bind(window);
    const held = [];
    window.requestAnimationFrame = (callback) => {
      if (!window.__hidden) return frame(callback);
      held.push(callback);
      return -held.length;
    };
    // A hidden page draws no frames: its animations (CSS ones too) stand still until shown.
    let paused = [];
    window.__show = () => {
      window.__hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      for (const callback of held.splice(0)) frame(callback);
      for (const animation of paused) animation.play();
      paused = [];
    };
    window.__hide = () => {
      window.__hidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
      paused = document.getAnimations().filter((a) => a.playState === 'running');
      for (const animation of paused) animation.pause();
    };
  });
  const page = await controlledPage(context);
  await page.goto(`${BASE}practice/resonance`);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.waitForFunction(() => performance.getEntriesByName('stay:first-sound').length > 0);
  // The rest of the practice renders in its first seconds; then the person looks away.
  await page.waitForTimeout(10_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const visible = await busyPercent(cdp, page, seconds);
  await page.evaluate(() => window.__hide());
  const hidden = await busyPercent(cdp, page, seconds);
  await page.evaluate(() => window.__show());
  const route = await page.evaluate(() =>
    performance.getEntriesByType('resource').some((r) => r.name.includes('/guidance/')),
  );
  await context.close();
  return { seconds, visiblePercent: visible, hiddenPercent: hidden, mediaRoute: route };
}

/** Resident memory (kB) of a process, now and at its peak, from /proc. */
async function memoryOf(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rssKb: kb('VmRSS'), peakKb: kb('VmHWM') };
}

/** Chromium's renderer processes now. */
function renderers() {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.includes('--type=renderer'))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

/** Peak growth of the renderer's resident memory while a practice of `minutes` renders whole. */
async function renderMemory(browser, minutesList) {
  const server = await createServer({
    root: new URL('..', import.meta.url).pathname,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: DEV_PORT, strictPort: true },
  });
  await server.listen();
  const results = [];
  try {
    for (const minutes of minutesList) {
      const known = new Set(renderers());
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${DEV_PORT}/bench/guidance.html`);
      await page.waitForFunction(() => typeof globalThis.renderGuidance === 'function');
      const pid = renderers().find((p) => !known.has(p));
      // A warm-up render of a minute, so the code and Tone.js are in memory before the baseline.
      await page.evaluate(() => globalThis.renderGuidance(1));
      const before = await memoryOf(pid);
      // Resident memory sampled every 50 ms while it renders: its peak over the baseline.
      let peakKb = before.rssKb;
      let rendering = true;
      const sampling = (async () => {
        while (rendering) {
          peakKb = Math.max(peakKb, (await memoryOf(pid)).rssKb);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();
      const render = await page.evaluate((m) => globalThis.renderGuidance(m), minutes);
      rendering = false;
      await sampling;
      results.push({
        minutes,
        renderSeconds: Math.round(render.seconds * 10) / 10,
        segments: render.segments,
        residentBeforeMb: Math.round(before.rssKb / 102.4) / 10,
        peakResidentMb: Math.round(peakKb / 102.4) / 10,
        peakGrowthMb: Math.round((peakKb - before.rssKb) / 102.4) / 10,
      });
      await page.close();
    }
  } finally {
    await server.close();
  }
  return results;
}

/** Every media-guidance figure. */
export async function guidanceFigures(browser) {
  const server = await preview({
    preview: { host: '127.0.0.1', port: PREVIEW_PORT, strictPort: true },
  });
  try {
    const tap = await tapToFirstSound(browser, 10);
    const hidden = await hiddenMainThread(browser, 60);
    const memory = await renderMemory(browser, [5, 30]);
    return { tap, hidden, memory };
  } finally {
    await server.close();
  }
}
