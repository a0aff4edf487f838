import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';

const BASE_URL = 'http://127.0.0.1:4173';

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
    command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
  },
});
