// The spoken lines, read from src/core/content/prompts.ts for the clip scripts (Node cannot import
// the TypeScript). PROMPTS and PROMPT_VARIANTS are plain object literals there, so they evaluate
// as they are; the texts are never copied into the scripts.
import { readFileSync } from 'node:fs';

export const PROMPTS_PATH = new URL('../src/core/content/prompts.ts', import.meta.url).pathname;

/** `texts`: id → line; `variants`: id → the ids that may stand in for it. */
export function readPrompts() {
  const source = readFileSync(PROMPTS_PATH, 'utf8');
  const prompts = /export const PROMPTS = (\{[\s\S]*?\n\}) as const;/.exec(source);
  const variants = /export const PROMPT_VARIANTS: [^=]+= (\{[\s\S]*?\n\});/.exec(source);
  if (!prompts) throw new Error(`No "export const PROMPTS = { … } as const;" in ${PROMPTS_PATH}`);
  const texts = new Function(`return (${prompts[1]});`)();
  for (const [id, text] of Object.entries(texts)) {
    if (typeof text !== 'string' || !/^[\w-]+$/.test(id)) throw new Error(`Bad prompt ${id}`);
  }
  return {
    texts: /** @type {Record<string, string>} */ (texts),
    variants: /** @type {Record<string, string[]>} */ (
      variants ? new Function(`return (${variants[1]});`)() : {}
    ),
  };
}
