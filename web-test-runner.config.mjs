import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

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
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--autoplay-policy=no-user-gesture-required',
        ],
      },
    }),
  ],
};
