import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROMPTS, PROMPT_VARIANTS, type PromptId } from '../../core/content/prompts';
import { CLIP_SECONDS } from './clip-seconds';

const manifest = JSON.parse(
  readFileSync(new URL('./voice-manifest.json', import.meta.url), 'utf8'),
) as Record<string, { durationS: number }>;

describe('CLIP_SECONDS', () => {
  it('is each line’s longest clip as measured (`npm run clips -- --tables` remakes it)', () => {
    const ids = Object.keys(PROMPTS) as PromptId[];
    expect(Object.keys(CLIP_SECONDS).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const longest = Math.max(
        ...[id, ...(PROMPT_VARIANTS[id] ?? [])].map((v) => manifest[v]?.durationS ?? Infinity),
      );
      expect(CLIP_SECONDS[id], id).toBe(longest);
    }
  });
});
