import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';

/** STAY_E2E_PORT lets a second checkout run its own e2e server beside this one. */
const PORT = Number(process.env.STAY_E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * Real-time practices (a minute or more each): they mostly wait on the audio clock, so they run
 * beside the rest. Their project comes first so they start first and the run ends with short tests.
 */
const REAL_TIME = ['pause.spec.ts', 'strap.spec.ts', 'privacy.spec.ts', 'offline.spec.ts'];
/**
 * Hum reset under load: the test keeps every core busy itself (the product must hear within 5 %
 * on a busy phone), so it runs after the others, with nothing of its own beside it.
 */
const UNDER_LOAD = ['hum.spec.ts'];
/**
 * Run after the rest, when the CPU-bound parts are done: Five breaths times its vibrations against
 * the plan, which came late beside the type-check and the browser tests.
 */
const ALONE = ['five-breaths.spec.ts'];
/**
 * Resonance on a locked phone, also after the CPU-bound parts: it mostly waits on its media
 * element, so Hum reset's busy cores may come beside its second minute.
 */
const LOCKED = ['locked.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 180_000,
  // Most tests wait on real time, not the CPU; STAY_E2E_WORKERS overrides (1 runs one at a time).
  workers: Number(process.env.STAY_E2E_WORKERS ?? 3),
  // On CI a test that fails once runs once more: a shared machine's hiccup then costs a minute,
  // not the whole run. `npm test` still names every such test ("flaky") and prints its failure.
  retries: process.env.CI ? 1 : 0,
  // Waits, not limits: on a busy machine a lazy chunk or a first frame can take over the default 5 s.
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: {
      // The system Chromium: no test tool downloads its own browser.
      executablePath: CHROME_PATH,
      args: [...CHROME_ARGS],
    },
  },
  projects: [
    { name: 'real-time', testMatch: REAL_TIME },
    { name: 'chromium', testIgnore: [...REAL_TIME, ...UNDER_LOAD, ...ALONE, ...LOCKED] },
    // After both, one at a time.
    { name: 'under-load', testMatch: UNDER_LOAD, dependencies: ['real-time', 'chromium'] },
    { name: 'alone', testMatch: ALONE, dependencies: ['under-load'] },
    { name: 'locked', testMatch: LOCKED, dependencies: ['under-load'] },
  ],
  // `npm run test:e2e` builds first; this only serves dist/.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
  },
});
