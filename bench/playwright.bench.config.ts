import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

/** The bench's browser measurements: the same app server and browser as the e2e tests. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.bench.ts',
  reporter: 'line',
  webServer: {
    command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    reuseExistingServer: false,
  },
});
