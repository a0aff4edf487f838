// Measures what the README quotes: first-download size, tap-to-first-sound and cue onset accuracy.
/* global window */
// Run with `npm run bench` (builds first); writes bench/results.json and prints a table.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright';
import { createServer, preview } from 'vite';
import { SHIPPED_LIMIT_BYTES, firstDownload, kib, shipped } from '../scripts/budgets.mjs';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { guidanceFigures } from './guidance.mjs';
import { coldOfflineStart } from './offline-start.mjs';
import { median } from './stats.mjs';

const ROOT = new URL('..', import.meta.url);
const TAP_RUNS = 10;
const RENDER_MINUTES = 30;
/** About five years of practice, a few a day. */
const HISTORY_SESSIONS = 9000;

/**
 * Milliseconds from the tap on Five breaths to the first onset leaving the audio context (median of
 * runs). `warm`: the person taps once the page has been idle long enough to prefetch Tone.js;
 * otherwise the tap comes the moment the page has loaded.
 */
async function tapToFirstSound(browser, warm) {
  const server = await preview({ preview: { host: '127.0.0.1', port: 4175, strictPort: true } });
  const url = 'http://127.0.0.1:4175/';
  const samples = [];
  try {
    for (let i = 0; i < TAP_RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.addEventListener('click', (e) => (window.__stayTapMs = e.timeStamp), {
          capture: true,
        });
      });
      const tone = page.waitForResponse((r) => /\/assets\/tone-[\d.]+\.js$/.test(r.url()));
      await page.goto(url);
      if (warm) await tone;
      else tone.catch(() => undefined);
      await page
        .getByRole('button', { name: /five breaths/i })
        .first()
        .click();
      const ms = await page.waitForFunction(
        () => {
          const [mark] = performance.getEntriesByName('stay:first-sound');
          const tap = window.__stayTapMs;
          return mark && typeof tap === 'number' ? mark.startTime - tap : null;
        },
        null,
        { timeout: 20_000 },
      );
      samples.push(await ms.jsonValue());
      await context.close();
    }
  } finally {
    await server.close();
  }
  return { medianMs: median(samples), runs: samples.map((s) => Math.round(s * 10) / 10) };
}

/**
 * Opens `path` on a Vite dev server (the bench pages import the app's sources) and returns what
 * `run(page)` evaluates there.
 */
async function onBenchPage(browser, path, run) {
  const server = await createServer({
    root: ROOT.pathname,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 4176, strictPort: true },
  });
  await server.listen();
  try {
    const page = await browser.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') console.error('[bench page]', msg.text());
    });
    await page.goto(`http://127.0.0.1:4176/${path}`);
    const result = await run(page);
    await page.close();
    return result;
  } finally {
    await server.close();
  }
}

/** Renders a long resonance practice offline and finds every onset in the samples. */
function onsetAccuracy(browser) {
  return onBenchPage(browser, 'bench/onsets.html', (page) =>
    page.evaluate((minutes) => globalThis.measureOnsets(minutes), RENDER_MINUTES),
  );
}

/** The mix of every practice in both themes (bench/onsets.ts measureMix). */
function mixFigures(browser) {
  return onBenchPage(browser, 'bench/onsets.html', (page) =>
    page.evaluate(() => globalThis.measureMix(), null),
  );
}

/** The mix as a table: one row per practice and theme. */
function printMix(mix) {
  console.table(
    Object.fromEntries(
      mix.map((m) => [
        `${m.practice} (${m.theme})`,
        {
          'worst dip at a phase change (dB)': m.worstDipDb,
          'voice over bed, min / median / max (LU)': `${m.marginMinLu} / ${m.marginMedianLu} / ${m.marginMaxLu}`,
          'integrated (LUFS)': m.integratedLufs,
          'true peak (dBTP)': m.truePeakDb,
        },
      ]),
    ),
  );
}

/** What listening for humming costs: main thread, analysis worker and audio thread, over 60 s. */
function listeningCost(browser) {
  return onBenchPage(browser, 'bench/listening.html', (page) =>
    page.evaluate((seconds) => globalThis.measureListening(seconds), 60),
  );
}

/** Five years of synthetic history in IndexedDB: history and session views, a save, an export. */
async function historyAtScale(browser) {
  const raw = await onBenchPage(browser, 'bench/history.html', (page) =>
    page.evaluate((count) => globalThis.measureHistory(count), HISTORY_SESSIONS),
  );
  // The export must hold everything (moved here from storage.browser.test.ts, with its timing).
  if (raw.exportedSessions < raw.sessions)
    throw new Error(`The export holds ${raw.exportedSessions} of ${raw.sessions} sessions.`);
  const round = (ms) => Math.round(ms * 10) / 10;
  return {
    ...raw,
    historyFirstRenderMedianMs: round(median(raw.historyFirstRenderMs)),
    sessionOpenMedianMs: round(median(raw.sessionOpenMs)),
    saveMedianMs: round(median(raw.saveMs)),
    appendMedianMs: round(median(raw.appendMs)),
  };
}

/** Packet to screen through the emulated strap: a Playwright run of bench/strap-latency.bench.ts. */
async function strapLatency() {
  await mkdir(new URL('out/', import.meta.url), { recursive: true });
  execFileSync('npx', ['playwright', 'test', '--config', 'bench/playwright.bench.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  return JSON.parse(await readFile(new URL('out/strap-latency.json', import.meta.url), 'utf8'));
}

// `node bench/run.mjs guidance`: only the media guidance figures, merged into results.json.
if (process.argv[2] === 'guidance') {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: [...CHROME_ARGS] });
  try {
    const guidance = await guidanceFigures(browser);
    const file = new URL('results.json', import.meta.url);
    const results = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, `${JSON.stringify({ ...results, guidance }, null, 2)}\n`);
    console.log(JSON.stringify(guidance, null, 2));
  } finally {
    await browser.close();
  }
  process.exit(0);
}

// `npm run bench -- mix`: only the mix figures, merged into results.json.
if (process.argv[2] === 'mix') {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: [...CHROME_ARGS] });
  try {
    const mix = await mixFigures(browser);
    const file = new URL('results.json', import.meta.url);
    const results = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, `${JSON.stringify({ ...results, mix }, null, 2)}\n`);
    printMix(mix);
  } finally {
    await browser.close();
  }
  process.exit(0);
}

const strap = await strapLatency();
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: [...CHROME_ARGS] });
try {
  const download = await firstDownload();
  const everything = await shipped();
  const offlineStart = await coldOfflineStart({ browser });
  const lighthouse = await lighthouseScores();
  const tap = await tapToFirstSound(browser, true);
  const coldTap = await tapToFirstSound(browser, false);
  const onsets = await onsetAccuracy(browser);
  const history = await historyAtScale(browser);
  const listening = await listeningCost(browser);
  const mix = await mixFigures(browser);
  const guidance = await guidanceFigures(browser);
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, chromium: browser.version() },
    firstDownloadGzipBytes: download.gzipBytes,
    firstDownloadFiles: download.files,
    indexHtmlGzipBytes: download.htmlGzipBytes,
    tapToFirstSoundMedianMs: Math.round(tap.medianMs * 10) / 10,
    tapToFirstSoundRunsMs: tap.runs,
    tapOnLoadToFirstSoundMedianMs: Math.round(coldTap.medianMs * 10) / 10,
    tapOnLoadToFirstSoundRunsMs: coldTap.runs,
    onsets,
    strapPacketToScreen: strap,
    history,
    listening,
    shippedBytes: everything.bytes,
    coldOfflineStart: offlineStart,
    lighthouse,
    mix,
    guidance,
  };
  await writeFile(
    new URL('results.json', import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  console.table({
    'first download (JS+CSS, gzip)': `${(download.gzipBytes / 1024).toFixed(1)} KiB`,
    'everything shipped (text gzip -9, clips and icons raw)': `${kib(everything.bytes)} of ${kib(SHIPPED_LIMIT_BYTES)}`,
    'cold offline start to home <h1> (median of 10)':
      'skipped' in offlineStart ? offlineStart.skipped : `${offlineStart.medianMs} ms`,
    'Lighthouse 12.2.3 mobile: performance / accessibility / best practices': `${lighthouse.performance} / ${lighthouse.accessibility} / ${lighthouse.bestPractices}`,
    'tap to first sound (median of 10)': `${tap.medianMs.toFixed(1)} ms`,
    'tap at page load to first sound (median of 10)': `${coldTap.medianMs.toFixed(1)} ms`,
    [`max cue onset error (${RENDER_MINUTES}-min render)`]: `${onsets.maxErrorMs.toFixed(3)} ms over ${onsets.cues} cues`,
    'strap packet to bpm on screen (median of 100)': `${strap.packetToDomMedianMs} ms (next frame ${strap.packetToFrameMedianMs} ms)`,
    [`offline render time (${RENDER_MINUTES} min of audio)`]: `${(onsets.renderMs / 1000).toFixed(1)} s`,
    [`history: ${history.sessions} practices, ${history.samples} heart samples`]: `imported in ${(history.importMs / 1000).toFixed(1)} s; IndexedDB ${(history.indexedDbBytes / 1048576).toFixed(1)} MiB`,
    'history: first render (median of 10)': `${history.historyFirstRenderMedianMs} ms`,
    'history: open one session (median of 10)': `${history.sessionOpenMedianMs} ms`,
    'save a 10-min practice whole / a 3-s append (median of 10)': `${history.saveMedianMs} ms / ${history.appendMedianMs} ms`,
    'listening for hums, 60 s (main thread / analysis worker / audio thread busy)': `${listening.worker.mainBusyPercent.toFixed(2)} % / ${listening.worker.workerBusyPercent?.toFixed(2) ?? '–'} % / ${listening.workletOfflineBusyPercent.toFixed(2)} %`,
    'export everything': `${(history.exportMs / 1000).toFixed(1)} s, ${(history.exportBytes / 1048576).toFixed(1)} MiB JSON`,
  });
  printMix(mix);
} finally {
  await browser.close();
}
