import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // Browser tests run in @web/test-runner, end-to-end tests in Playwright.
    exclude: ['src/**/*.browser.test.ts', 'tests/**', 'node_modules/**', 'dist/**'],
    // Property tests and the 10,000-session walks take a few seconds alone, several times that on a
    // loaded two-core machine (the e2e tests run beside these); 5 s (the default) was too close.
    testTimeout: 30_000,
  },
});
