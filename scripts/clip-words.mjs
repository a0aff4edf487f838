// `node scripts/clip-words.mjs [dir]`: how many words of the voice clips an offline speech
// recogniser gets wrong (word error rate over all clips), a stand-in for how clearly they speak.
// Not part of `npm test`. Needs Debian's pocketsphinx with its US English model, and ffmpeg:
//   apt-get install pocketsphinx pocketsphinx-en-us ffmpeg
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPrompts } from './prompts-source.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = process.argv[2] ?? join(root, 'public/voice');
const prompts = readPrompts().texts;

const words = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** Word-level edit distance (substitutions, insertions, deletions). */
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

const work = mkdtempSync(join(tmpdir(), 'stay-words-'));
let errors = 0;
let total = 0;
try {
  for (const [id, text] of Object.entries(prompts)) {
    const wav = join(work, `${id}.wav`);
    execFileSync('ffmpeg', [
      '-y',
      '-loglevel',
      'error',
      '-i',
      join(dir, `${id}.mp3`),
      '-ac',
      '1',
      '-ar',
      '16000',
      wav,
    ]);
    const heard = execFileSync('pocketsphinx_continuous', ['-infile', wav, '-logfn', '/dev/null'], {
      encoding: 'utf8',
    }).trim();
    const said = words(text);
    const got = words(heard);
    const e = distance(said, got);
    errors += e;
    total += said.length;
    console.log(
      `${id.padEnd(28)} ${String(e).padStart(2)}/${String(said.length).padEnd(3)} ${heard}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(
  `\nword error rate: ${((100 * errors) / total).toFixed(1)} % (${errors} of ${total} words)`,
);
