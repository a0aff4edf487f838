// Lighthouse 12.2.3 on the built app: mobile preset, default (simulated) throttling, the system
// Chromium headless. Reported by `npm run bench`, never gated in CI (scores move with the machine).
// Alone: `npx vite build && node bench/lighthouse.mjs` prints the scores and the failing audits.
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';

const PORT = 4174;
/** Performance moves a few points between runs on a busy machine; the median run is reported. */
const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/**
 * Serves dist/ with `vite preview` on 127.0.0.1:4174 (unless `url` is given), runs Lighthouse on it
 * `runs` times and returns the run with the median performance score: each category's score
 * (0–100) and every audit that holds a category below 100; `performanceRuns` lists every run's.
 */
export async function lighthouseScores({ url, runs = RUNS } = {}) {
  const server = url
    ? null
    : await preview({
        logLevel: 'error',
        preview: { host: '127.0.0.1', port: PORT, strictPort: true },
      });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: [...CHROME_ARGS, '--headless=new'],
    logLevel: 'error',
  });
  try {
    const summaries = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url ?? `http://127.0.0.1:${PORT}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!result) throw new Error('Lighthouse returned no result');
      summaries.push(summarise(result.lhr));
    }
    const byPerformance = [...summaries].sort((a, b) => a.performance - b.performance);
    return {
      ...byPerformance[(byPerformance.length - 1) >> 1],
      performanceRuns: summaries.map((s) => s.performance),
    };
  } finally {
    await chrome.kill();
    await server?.close();
  }
}

/** Scores ×100 and the audits (weight > 0, score < 1) that cost each category points. */
function summarise(lhr) {
  const scores = {};
  const failing = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category.score === null ? null : Math.round(category.score * 100);
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        failing.push({
          category: id,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          displayValue: audit.displayValue ?? null,
          items: (audit.details?.items ?? []).slice(0, 5).map(describeItem),
        });
      }
    }
  }
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    formFactor: lhr.configSettings.formFactor,
    throttlingMethod: lhr.configSettings.throttlingMethod,
    performance: scores.performance,
    accessibility: scores.accessibility,
    bestPractices: scores['best-practices'],
    metrics: Object.fromEntries(
      [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ].map((id) => [id, lhr.audits[id]?.displayValue ?? null]),
    ),
    failing,
    runWarnings: lhr.runWarnings,
  };
}

/** One line for an audit's detail row: its description, URL or node, whichever it has. */
function describeItem(item) {
  const text = item.description ?? item.node?.snippet ?? item.source ?? '';
  const url = typeof item.url === 'string' ? item.url : (item.sourceLocation?.url ?? '');
  return [text, url].filter(Boolean).join(' — ');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await lighthouseScores();
  console.table({
    [`performance (median of ${result.performanceRuns.join(', ')})`]: result.performance,
    accessibility: result.accessibility,
    'best practices': result.bestPractices,
  });
  console.table(result.metrics);
  for (const audit of result.failing) {
    console.log(`${audit.category}: ${audit.id} (${audit.title}) score ${audit.score}`);
    for (const item of audit.items) console.log(`  ${item}`);
  }
  for (const warning of result.runWarnings) console.warn('warning:', warning);
}
