// `npm run clips`: makes public/voice/<id>.mp3 for every line of PROMPTS in
// src/core/content/prompts.ts, src/platform/audio/voice-manifest.json (each clip's measured duration,
// loudness, true peak and a hash of its text) and src/core/content/prompt-seconds.ts (the seconds
// the plan reserves for each line, from the clips themselves). The texts are read from the
// TypeScript source, never copied here. It also writes src/platform/audio/clip-seconds.ts (each
// line's clip length, which the voice's ducking reads). `npm run clips -- --tables` rewrites the two
// tables from the committed manifest without making any clip.
//
// Needs Debian's festival with the festvox-us-slt-hts voice (measured the most intelligible offline
// engine here: README "The voice"), and ffmpeg:
//   apt-get install festival festvox-us-slt-hts ffmpeg
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPrompts } from './prompts-source.mjs';

const root = new URL('..', import.meta.url).pathname;
const secondsPath = join(root, 'src/core/content/prompt-seconds.ts');
const clipSecondsPath = join(root, 'src/platform/audio/clip-seconds.ts');
const outDir = join(root, 'public/voice');
/** What was measured of each clip: for the tests and the tables, not shipped (it is not in public/). */
const manifestPath = join(root, 'src/platform/audio/voice-manifest.json');

/** Loudness every clip is brought to, and the true peak none may pass (EBU R 128 measures). */
const TARGET_LUFS = -20;
const MAX_TRUE_PEAK_DB = -1.5;
/**
 * MP3 at 16 kHz, mono, 28 kbit/s on average (ABR): every target browser decodes MP3; 16 kbit/s lost
 * most words to a recogniser, 28–32 kbit/s kept them (README "The voice"), and 28 keeps all that
 * ships under its 500 KiB. At 16 kHz nothing is above 8 kHz.
 */
const ENCODE = ['-ac', '1', '-ar', '16000', '-codec:a', 'libmp3lame', '-b:a', '28k', '-abr', '1'];
/** The slot a line gets: its clip plus a moment of quiet after it, in tenths, at least 1.5 s. */
const AFTER_S = 0.2;
const MIN_SLOT_S = 1.5;

const run = (command, args) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * Integrated loudness and true peak, from the summary ffmpeg's ebur128 prints on stderr. The file
 * is measured played eight times over: loudness is gated in 400 ms blocks, which a clip as short as
 * "Hold." would not fill, and a repeated sound has its own loudness.
 */
function loudness(path) {
  const result = spawnStderr('ffmpeg', [
    '-hide_banner',
    '-nostats',
    '-stream_loop',
    '7',
    '-i',
    path,
    '-af',
    'ebur128=peak=true',
    '-f',
    'null',
    '-',
  ]);
  const summary = result.slice(result.lastIndexOf('Summary:'));
  const lufs = Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)?.[1]);
  const peak = Number(/True peak:\s+Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary)?.[1]);
  if (!Number.isFinite(lufs) || !Number.isFinite(peak)) {
    throw new Error(`No loudness for ${path}:\n${summary}`);
  }
  return { lufs, peakDb: peak };
}

function spawnStderr(command, args) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stderr;
}

/**
 * Seconds of sound a decoder gives back (encoder padding included, as a browser plays it). Read by
 * decoding: an average-bitrate MP3 has no exact length in its header, and ffprobe's estimate was
 * 0.2 s short.
 */
function decodedSeconds(path) {
  const pcm = execFileSync(
    'ffmpeg',
    ['-loglevel', 'error', '-i', path, '-f', 's16le', '-ac', '1', '-ar', '16000', '-'],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return pcm.length / 2 / 16000;
}

const hashOf = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

const { texts, variants } = readPrompts();
const tablesOnly = process.argv.includes('--tables');
/** @type {Record<string, { durationS: number; lufs: number; truePeakDb: number; text: string }>} */
const manifest = tablesOnly ? JSON.parse(readFileSync(manifestPath, 'utf8')) : await makeClips();

/** Makes every clip and writes the manifest; returns it. */
async function makeClips() {
  const work = mkdtempSync(join(tmpdir(), 'stay-clips-'));
  mkdirSync(outDir, { recursive: true });
  const manifest = {};
  let totalBytes = 0;
  try {
    for (const [id, text] of Object.entries(texts)) {
      const txt = join(work, `${id}.txt`);
      const raw = join(work, `${id}.wav`);
      const shaped = join(work, `${id}-shaped.wav`);
      const mp3 = join(outDir, `${id}.mp3`);
      writeFileSync(txt, `${text}\n`);
      run('text2wave', ['-eval', '(voice_cmu_us_slt_arctic_hts)', txt, '-o', raw]);
      // Trim the silence before (the clip starts 40 ms before its first sound, so a soft consonant
      // keeps its start) and after; no low-pass: measured, cutting 6–8 kHz cost the recogniser about
      // one word in twelve (README "The voice").
      run('ffmpeg', [
        '-y',
        '-loglevel',
        'error',
        '-i',
        raw,
        '-af',
        [
          'silenceremove=start_periods=1:start_threshold=-60dB:start_silence=0.04',
          'areverse',
          'silenceremove=start_periods=1:start_threshold=-60dB:start_silence=0.03',
          'areverse',
          'highpass=f=60',
          'aresample=48000',
        ].join(','),
        shaped,
      ]);
      // Two passes: measure, then one gain to the target, with a true-peak limiter only where the
      // gain would push a peak past the ceiling; re-measured after encoding and corrected once.
      let gainDb = TARGET_LUFS - loudness(shaped).lufs;
      for (let pass = 0; pass < 3; pass++) {
        const limit = 10 ** ((MAX_TRUE_PEAK_DB - 1) / 20);
        run('ffmpeg', [
          '-y',
          '-loglevel',
          'error',
          '-i',
          shaped,
          '-af',
          `volume=${gainDb.toFixed(2)}dB,alimiter=limit=${limit.toFixed(4)}:attack=1:release=40:level=false`,
          ...ENCODE,
          '-map_metadata',
          '-1',
          '-id3v2_version',
          '0',
          '-write_xing',
          '0',
          mp3,
        ]);
        const { lufs, peakDb } = loudness(mp3);
        if (Math.abs(lufs - TARGET_LUFS) <= 0.3 && peakDb <= MAX_TRUE_PEAK_DB) break;
        gainDb += TARGET_LUFS - lufs;
      }
      const { lufs, peakDb } = loudness(mp3);
      const durationS = decodedSeconds(mp3);
      manifest[id] = {
        durationS: Math.round(durationS * 1000) / 1000,
        lufs,
        truePeakDb: peakDb,
        text: hashOf(text),
      };
      totalBytes += statSync(mp3).size;
      console.log(`${id}: ${durationS.toFixed(2)} s, ${lufs} LUFS, ${peakDb} dBTP`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(
    `${Object.keys(manifest).length} clips in public/voice, ${(totalBytes / 1024).toFixed(1)} KiB`,
  );
  return manifest;
}

/** A line's clip length (s): the longest of its variants'. */
const clipOf = (id) => Math.max(...[id, ...(variants[id] ?? [])].map((v) => manifest[v].durationS));
/** The slot of a line: its clip's length plus a moment, in tenths. */
const slotOf = (id) => Math.max(MIN_SLOT_S, Math.ceil((clipOf(id) + AFTER_S) * 10) / 10);
const rows = Object.keys(texts).map((id) => `  '${id}': ${String(slotOf(id))},`);
writeFileSync(
  secondsPath,
  `import type { PromptId } from './prompts';

/**
 * Seconds the timeline reserves for each spoken line: its recorded clip's length (the longest of
 * its variants'), plus ${String(AFTER_S)} s, in tenths, at least ${String(MIN_SLOT_S)} s. Generated by
 * \`npm run clips\` from src/platform/audio/voice-manifest.json; a test keeps the two equal. The
 * plan is compiled inside the Start tap, so it reads these numbers rather than the sentences, which
 * stay out of the first download.
 */
export const PROMPT_SECONDS: Readonly<Record<PromptId, number>> = {
${rows.join('\n')}
};
`,
);
writeFileSync(
  clipSecondsPath,
  `import type { PromptId } from '../../core/content/prompts';

/**
 * Seconds each line's recorded clip lasts (the longest of its variants'), decoded. Generated by
 * \`npm run clips\` from voice-manifest.json; a test keeps the two equal. The breath sound's
 * ducking measures the bed over these spans.
 */
export const CLIP_SECONDS: Readonly<Record<PromptId, number>> = {
${Object.keys(texts)
  .map((id) => `  '${id}': ${String(clipOf(id))},`)
  .join('\n')}
};
`,
);
