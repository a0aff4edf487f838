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
    // One module graph per worker, not per file: the files share no global state that survives a
    // test (each builds its own fakes and IndexedDB names), and loading the graph 69 times was
    // over half the run (measured alone: 46 s isolated, 20 s not).
    isolate: false,
    setupFiles: ['src/testing/fast-check-seed.ts'],
  },
});
