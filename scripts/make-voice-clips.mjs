// Generates public/voice/<id>.mp3 and public/voice/manifest.json from the PROMPTS in
// src/core/content/prompts.ts, with espeak-ng (speech) and ffmpeg (MP3, mono, 22.05 kHz).
// The texts are read from the TypeScript source, never copied here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const promptsPath = join(root, 'src/core/content/prompts.ts');
const outDir = join(root, 'public/voice');
const VOICE = ['-v', 'en-gb+f3', '-s', '140', '-p', '45'];
const BITRATE = process.env.CLIP_BITRATE ?? '16k';

/** The PROMPTS object literal, read from prompts.ts (it is plain JS between `=` and `as const`). */
function readPrompts() {
  const source = readFileSync(promptsPath, 'utf8');
  const match = /export const PROMPTS = (\{[\s\S]*?\n\}) as const;/.exec(source);
  if (!match) throw new Error(`No "export const PROMPTS = { … } as const;" in ${promptsPath}`);
  const prompts = new Function(`return (${match[1]});`)();
  for (const [id, text] of Object.entries(prompts)) {
    if (typeof text !== 'string' || !/^[\w-]+$/.test(id)) throw new Error(`Bad prompt ${id}`);
  }
  return /** @type {Record<string, string>} */ (prompts);
}

function run(command, args) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const prompts = readPrompts();
const work = mkdtempSync(join(tmpdir(), 'stay-clips-'));
mkdirSync(outDir, { recursive: true });
/** @type {Record<string, number>} */
const manifest = {};
let totalBytes = 0;
try {
  for (const [id, text] of Object.entries(prompts)) {
    const wav = join(work, `${id}.wav`);
    const mp3 = join(outDir, `${id}.mp3`);
    run('espeak-ng', [...VOICE, '-w', wav, text]);
    run('ffmpeg', [
      '-y',
      '-loglevel',
      'error',
      '-i',
      wav,
      // Trim the silence before (so the clip starts on its cue) and after (bytes nobody hears);
      // soften the top end a little.
      '-af',
      [
        'silenceremove=start_periods=1:start_threshold=-50dB',
        'areverse',
        'silenceremove=start_periods=1:start_threshold=-50dB',
        'areverse',
        'lowpass=f=7000',
      ].join(','),
      '-ac',
      '1',
      '-ar',
      '22050',
      '-codec:a',
      'libmp3lame',
      '-b:a',
      BITRATE,
      '-map_metadata',
      '-1',
      '-id3v2_version',
      '0',
      '-write_xing',
      '0',
      mp3,
    ]);
    const durationS = Number(
      run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', mp3]),
    );
    manifest[id] = Math.round(durationS * 1000) / 1000;
    totalBytes += statSync(mp3).size;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `${Object.keys(manifest).length} clips in public/voice, ${(totalBytes / 1024).toFixed(1)} KiB`,
);
