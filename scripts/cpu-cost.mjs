// What one command costs the machine: wall time and the CPU seconds all cores spent meanwhile
// (from /proc/stat, so the browsers a test runner starts count too). Linux only; run it with
// nothing else busy. `node scripts/cpu-cost.mjs npx web-test-runner --group audio`
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Busy jiffies of all cores so far (user, nice, system, irq, softirq). */
function busyJiffies() {
  const [, user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8')
    .split('\n', 1)[0]
    .trim()
    .split(/\s+/)
    .map(Number);
  return user + nice + system + irq + softirq;
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('Usage: node scripts/cpu-cost.mjs <command> [args…]');
  process.exit(2);
}
const startMs = performance.now();
const startJiffies = busyJiffies();
const { status } = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
const wallS = (performance.now() - startMs) / 1000;
// USER_HZ is 100 on Linux.
const cpuS = (busyJiffies() - startJiffies) / 100;
console.log(
  `${[command, ...args].join(' ')}: exit ${String(status)}, ${wallS.toFixed(1)} s wall, ${cpuS.toFixed(0)} CPU seconds`,
);
process.exit(status ?? 1);
