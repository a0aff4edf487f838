import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

/** The bench's browser measurements: the same app server and browser as the e2e tests. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.bench.ts',
  // One at a time: these are timings. Not the e2e projects, which pick test files by name.
  workers: 1,
  projects: [{ name: 'chromium' }],
  reporter: 'line',
  webServer: {
    command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    reuseExistingServer: false,
  },
});
