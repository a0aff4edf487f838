// Exits 1 with install advice when no system Chromium is available for the browser tests.
import { existsSync, statSync } from 'node:fs';

const MIN_NODE = [20, 19];
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
  console.warn(
    `warning: Node ${process.versions.node} is older than ${MIN_NODE.join('.')}; ` +
      'the toolchain (Vite 8, vitest 4) may not run.',
  );
}

const isFile = (path) => existsSync(path) && statSync(path).isFile();
const fromEnv = process.env.CHROME_PATH;

if (fromEnv) {
  if (isFile(fromEnv)) process.exit(0);
  console.error(
    `CHROME_PATH is set to ${fromEnv}, but no file is there.\n` +
      'Point CHROME_PATH at a Chromium or Chrome executable, or unset it to use /usr/bin/chromium.',
  );
  process.exit(1);
}

if (isFile('/usr/bin/chromium')) process.exit(0);

console.error(
  [
    'The browser tests need a system Chromium (test tools never download their own).',
    'Install one:',
    '  Debian/Ubuntu:  sudo apt-get install chromium',
    'or point at an existing Chromium or Chrome:',
    '  CHROME_PATH=/path/to/chrome npm test',
  ].join('\n'),
);
process.exit(1);
