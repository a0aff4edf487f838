import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';

/** STAY_E2E_PORT lets a second checkout run its own e2e server beside this one. */
const PORT = Number(process.env.STAY_E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 180_000,
  workers: 1,
  retries: 0,
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
  projects: [{ name: 'chromium' }],
  // `npm run test:e2e` builds first; this only serves dist/.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
  },
});
