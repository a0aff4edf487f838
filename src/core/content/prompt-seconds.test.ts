import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROMPT_SECONDS } from './prompt-seconds';
import { PROMPTS, PROMPT_VARIANTS, promptDurationS, type PromptId } from './prompts';

/** What `npm run clips` measured of each clip it made (src/platform/audio/voice-manifest.json). */
interface ClipFacts {
  readonly durationS: number;
  readonly lufs: number;
  readonly truePeakDb: number;
  /** The first 16 hex digits of the SHA-256 of the line's text when the clip was made. */
  readonly text: string;
}

const VOICE = new URL('../../../public/voice/', import.meta.url);
const manifest = JSON.parse(
  readFileSync(new URL('../../platform/audio/voice-manifest.json', import.meta.url), 'utf8'),
) as Record<string, ClipFacts>;
const ids = Object.keys(PROMPTS) as PromptId[];

describe('the recorded clips', () => {
  it('exist for every spoken line and no other, made from the line as it reads now', () => {
    expect(Object.keys(manifest).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(existsSync(new URL(`${id}.mp3`, VOICE)), `${id}.mp3`).toBe(true);
      const hash = createHash('sha256').update(PROMPTS[id]).digest('hex').slice(0, 16);
      // A changed line needs its clip made again: `npm run clips`.
      expect(manifest[id]?.text, `${id}: its text changed since its clip was made`).toBe(hash);
    }
  });

  it('are normalised to −20 LUFS ± 0.5 with true peaks at or under −1.5 dBTP', () => {
    for (const id of ids) {
      const clip = manifest[id];
      expect(Math.abs((clip?.lufs ?? 0) + 20), id).toBeLessThanOrEqual(0.5);
      expect(clip?.truePeakDb, id).toBeLessThanOrEqual(-1.5);
    }
  });
});

describe('PROMPT_SECONDS', () => {
  it('gives every line a slot its clip (and every variant of it) fits in, with a moment after', () => {
    expect(Object.keys(PROMPT_SECONDS).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const longest = Math.max(
        ...[id, ...(PROMPT_VARIANTS[id] ?? [])].map((v) => manifest[v]?.durationS ?? Infinity),
      );
      expect(promptDurationS(id), id).toBe(PROMPT_SECONDS[id]);
      expect(PROMPT_SECONDS[id], id).toBeGreaterThanOrEqual(longest + 0.2 - 1e-9);
      expect(PROMPT_SECONDS[id], id).toBeLessThan(Math.max(1.5, longest + 0.3) + 1e-9);
    }
  });
});
