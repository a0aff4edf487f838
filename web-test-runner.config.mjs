import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: 'src/**/*.browser.test.ts',
  nodeResolve: true,
  concurrency: 1,
  // Offline audio renders of whole practices take a while.
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 120_000 } },
  plugins: [
    // The tsconfig carries experimentalDecorators; without it Lit's decorators break.
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        // The system Chromium: no test tool downloads its own browser.
        executablePath: CHROME_PATH,
        headless: true,
        args: [...CHROME_ARGS],
      },
    }),
  ],
};
