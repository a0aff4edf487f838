// `npm test`: every check, with the end-to-end tests (mostly waiting on real time) beside the rest,
// then the timing-sensitive parts (Chromium's fake microphone; five-breaths' vibration timing).
// Within a stage lanes run side by side and the parts of a lane one after another; every part runs
// even when another fails. Output lines carry their part's name; the end prints each part's time
// and the test counts.
//
// STAY_TEST_SERIAL=1 runs the parts one after another, for comparison.
// STAY_WTR_PORT and STAY_E2E_PORT pick the browser tests' and the e2e server's ports.
import { execFileSync, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The browser tests' port; the audio group, which can run beside them, takes the next one. */
const wtrPort = (next = 0) =>
  process.env.STAY_WTR_PORT ? ` --port ${String(Number(process.env.STAY_WTR_PORT) + next)}` : '';

const serial = Boolean(process.env.STAY_TEST_SERIAL);
/**
 * STAY_TEST_NICE=1 runs the CPU-bound parts at nice 10 beside the e2e tests. Measured: on a
 * machine shared with other work it starves them (the type-check took over 5 min), so it is off.
 */
const behind = !serial && process.env.STAY_TEST_NICE ? 'nice -n 10 ' : '';

/** The e2e server's port (playwright.config.ts); a second Playwright run takes the next one. */
const e2ePort = Number(process.env.STAY_E2E_PORT ?? 4173);

/** Each part is a shell command, run in the project folder. */
const PARTS = {
  check: `${behind}npm run check`,
  unit: `${behind}npx vitest run`,
  browser: `${behind}npx web-test-runner --group default${wtrPort()}`,
  'browser-audio': `${behind}npx web-test-runner --group audio${wtrPort(1)}`,
  e2e: 'npx vite build && npx playwright test --project real-time --project chromium',
  'e2e-hum': 'npx playwright test --project under-load --no-deps',
  'browser-mic': `npx web-test-runner --group mic${wtrPort()}`,
  'e2e-alone': 'npx playwright test --project alone --no-deps',
  // Beside e2e-alone: a server of its own on the next port, and its own results folder (each run
  // empties its folder as it starts).
  'e2e-locked': `STAY_E2E_PORT=${String(e2ePort + 1)} npx playwright test --project locked --no-deps --output .tmp/e2e-locked-results`,
};

/**
 * Stages run one after another. The e2e tests mostly wait on real time; the rest are CPU-bound, so
 * they queue in one lane beside them (measured: in two lanes they slowed each other, check from
 * 2:49 to 5:52; with the type-check moved to the second stage the browser tests and e2e slowed each
 * other more, 5:19 and 5:33, and the update test timed out; in three lanes, e2e, check and the
 * browser tests each took about 7 min). The e2e lane ends first, so the unit tests and the sound
 * engine's browser tests follow the e2e tests there. Then the timing-sensitive tests, which mostly
 * wait: Five breaths' vibrations, Resonance on a locked phone and the fake microphone's group side
 * by side, then, once Five breaths is done, Hum reset, the test of hearing on a busy machine, which
 * keeps every core busy itself, beside the rest of Resonance (its media element keeps the time).
 * Measured in README "How long the tests take".
 */
const STAGES = serial
  ? [
      [
        [
          'check',
          'unit',
          'browser',
          'browser-audio',
          'browser-mic',
          'e2e',
          'e2e-alone',
          'e2e-locked',
          'e2e-hum',
        ],
      ],
    ]
  : [
      [
        ['e2e', 'unit', 'browser-audio'],
        ['check', 'browser'],
      ],
      [['e2e-alone', 'e2e-hum'], ['e2e-locked'], ['browser-mic']],
    ];

const WIDTH = Math.max(...Object.keys(PARTS).map((name) => name.length));
// ANSI colour and cursor codes, so the counts can be read from coloured output.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** Test counts read from a runner's own summary lines. */
function countsIn(lines) {
  const counts = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  const add = (key, n) => {
    counts[key] += Number(n);
  };
  for (const raw of lines) {
    const line = raw.replace(ANSI, '');
    // vitest: "      Tests  1 failed | 640 passed | 2 skipped (643)"
    const vitest = /^\s*Tests\s+(.+)\(\d+\)\s*$/.exec(line);
    if (vitest) {
      for (const [, n, kind] of vitest[1].matchAll(/(\d+) (passed|failed|skipped|todo)/g))
        add(kind === 'todo' ? 'skipped' : kind, n);
      continue;
    }
    // web-test-runner (the summary the config's reporter prints): "browser tests: 300 passed, 0 failed, 1 skipped"
    const wtr = /^browser tests: (\d+) passed, (\d+) failed, (\d+) skipped$/.exec(line);
    if (wtr) {
      add('passed', wtr[1]);
      add('failed', wtr[2]);
      add('skipped', wtr[3]);
      continue;
    }
    // Playwright's list reporter: "  30 passed (4.1m)", "  1 failed", "  2 skipped", "  1 flaky"
    const pw = /^\s+(\d+) (passed|failed|flaky|skipped|did not run|interrupted)(?: \(|$)/.exec(
      line,
    );
    if (pw) add({ 'did not run': 'skipped', interrupted: 'failed' }[pw[2]] ?? pw[2], pw[1]);
  }
  return counts;
}

/**
 * The lines that say what failed: Playwright's numbered failures ("  1) [chromium] › ...") and
 * vitest's / web-test-runner's failure blocks to the end; else the last lines.
 */
function failureReport(lines, limit = 120) {
  const plain = lines.map((line) => line.replace(ANSI, ''));
  // In order of preference: Playwright's numbered failures, vitest's and web-test-runner's blocks.
  const marks = [/^\s+1\) /, /Failed Tests|^\s*FAIL /, /❌|✘/];
  const first = marks.map((mark) => plain.findIndex((line) => mark.test(line))).find((i) => i >= 0);
  const from = first !== undefined ? first : Math.max(0, plain.length - limit);
  return plain.slice(from, from + limit);
}

const seconds = (ms) => {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
};

/** Runs one part with its output prefixed; resolves with its outcome. */
function run(name) {
  const started = Date.now();
  const lines = [];
  return new Promise((resolve) => {
    const child = spawn(PARTS[name], {
      cwd: ROOT,
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = `[${name.padEnd(WIDTH)}] `;
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        lines.push(line);
        process.stdout.write(`${prefix}${line}\n`);
      });
    }
    child.on('close', (code, signal) => {
      resolve({ name, ok: code === 0, code: code ?? signal, ms: Date.now() - started, lines });
    });
  });
}

async function lane(names) {
  const results = [];
  for (const name of names) results.push(await run(name));
  return results;
}

// The browser tests need a system Chromium: say how to get one before anything starts.
try {
  execFileSync(process.execPath, [`${ROOT}scripts/require-chromium.mjs`], { stdio: 'inherit' });
} catch {
  process.exit(1);
}

const started = Date.now();
const results = [];
for (const stage of STAGES) results.push(...(await Promise.all(stage.map(lane))).flat());
const totalMs = Date.now() - started;

const order = Object.keys(PARTS);
results.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
const total = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
console.log(`\n${'part'.padEnd(WIDTH)} result  time`);
for (const r of results) {
  const c = countsIn(r.lines);
  for (const key of Object.keys(total)) total[key] += c[key];
  const flaky = c.flaky ? `, ${c.flaky} flaky` : '';
  const tests = r.name === 'check' ? '' : `  ${c.passed} passed, ${c.failed} failed${flaky}`;
  const result = r.ok ? 'ok' : `FAILED (exit ${r.code})`;
  console.log(`${r.name.padEnd(WIDTH)} ${result.padEnd(7)} ${seconds(r.ms).padEnd(12)}${tests}`);
}
const failedParts = results.filter((r) => !r.ok).map((r) => r.name);
// A failed part's report again at the end: beside the other lanes its lines scroll far up, and a
// CI log may keep only its tail.
for (const r of results.filter((result) => !result.ok || countsIn(result.lines).flaky)) {
  console.log(`\n--- ${r.name}: what ${r.ok ? 'failed once and passed on retry' : 'failed'} ---`);
  for (const line of failureReport(r.lines)) console.log(line);
}
console.log(
  `\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped` +
    (total.flaky ? `, ${total.flaky} flaky (passed on retry)` : '') +
    ` in ${seconds(totalMs)}` +
    (failedParts.length ? ` (failed: ${failedParts.join(', ')})` : ''),
);
process.exitCode = failedParts.length ? 1 : 0;
