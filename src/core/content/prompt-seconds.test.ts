import { describe, expect, it } from 'vitest';
import { PROMPT_SECONDS } from './prompt-seconds';
import { PROMPTS, promptDurationS, type PromptId } from './prompts';

describe('PROMPT_SECONDS', () => {
  it('reserves for every spoken line what its words take, and has no other lines', () => {
    const ids = Object.keys(PROMPTS) as PromptId[];
    expect(Object.keys(PROMPT_SECONDS).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(PROMPT_SECONDS[id], id).toBe(promptDurationS(id));
  });
});
