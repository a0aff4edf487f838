import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';
import { writeFakeMicWav } from './src/platform/mic/testing/fake-mic-wav.mjs';

const MIC_TESTS = 'src/platform/mic/**/*.browser.test.ts';
/** Chromium's fake microphone plays (and loops) this file, written fresh at every config load. */
const FAKE_MIC_WAV = writeFakeMicWav(
  fileURLToPath(new URL('./.tmp/fake-mic/hum-150.wav', import.meta.url)),
);

/**
 * fft.js (pitchy's FFT, so core/hum's) is CommonJS: `module.exports = FFT` and no `require`. The
 * test server serves modules as they are, so it gets an ESM default export here (Vite pre-bundles
 * it on its own).
 */
const fftAsModule = {
  name: 'fft-js-as-module',
  transform(context) {
    if (!context.path.endsWith('/fft.js/lib/fft.js')) return undefined;
    return {
      body: `const module = { exports: {} };\n${context.body}\nexport default module.exports;\n`,
    };
  },
};

/** The system Chromium: no test tool downloads its own browser. */
const chromium = (args = []) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: {
      executablePath: CHROME_PATH,
      headless: true,
      args: [...CHROME_ARGS, ...args],
    },
  });

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // The microphone tests run in their own group, in a Chromium whose microphone is a file.
  files: ['src/**/*.browser.test.ts', `!${MIC_TESTS}`],
  nodeResolve: true,
  concurrency: 1,
  // Offline audio renders of whole practices take a while.
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 120_000 } },
  plugins: [
    fftAsModule,
    // The tsconfig carries experimentalDecorators; without it Lit's decorators break.
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [chromium()],
  groups: [
    {
      name: 'mic',
      files: MIC_TESTS,
      browsers: [
        chromium([
          '--use-fake-ui-for-media-stream',
          '--use-fake-device-for-media-stream',
          `--use-file-for-fake-audio-capture=${FAKE_MIC_WAV}`,
        ]),
      ],
    },
  ],
};
