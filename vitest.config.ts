import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // Browser tests run in @web/test-runner, end-to-end tests in Playwright.
    exclude: ['src/**/*.browser.test.ts', 'tests/**', 'node_modules/**', 'dist/**'],
  },
});
