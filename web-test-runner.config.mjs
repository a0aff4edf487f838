import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';
import { writeFakeMicWav } from './src/platform/mic/testing/fake-mic-wav.mjs';

const MIC_TESTS = 'src/platform/mic/**/*.browser.test.ts';
/**
 * The sound engine's tests (offline renders, mostly CPU): a group of their own, so `npm test` can
 * run them in the lane that has room (scripts/test-all.mjs).
 */
const AUDIO_TESTS = 'src/platform/audio/**/*.browser.test.ts';
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

/**
 * One closing line of counts for scripts/test-all.mjs ("browser tests: 300 passed, 0 failed, 0
 * skipped"); a file that failed to load counts as one failed test.
 */
const countReporter = {
  onTestRunFinished({ sessions }) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const walk = (suite) => {
      for (const test of suite.tests) {
        counts[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed'] += 1;
      }
      for (const child of suite.suites) walk(child);
    };
    for (const session of sessions) {
      if (session.testResults) walk(session.testResults);
      if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += 1;
    }
    console.log(
      `browser tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
    );
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
  files: ['src/**/*.browser.test.ts', `!${MIC_TESTS}`, `!${AUDIO_TESTS}`],
  nodeResolve: true,
  reporters: [defaultReporter(), countReporter],
  // Two test files at a time: many wait on timers or the audio thread. Measured alone on 2 cores:
  // 201 s one at a time, 158 s two at a time (README "How long the tests take").
  concurrency: 2,
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
    { name: 'audio', files: AUDIO_TESTS },
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
