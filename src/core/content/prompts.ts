import { PROMPT_SECONDS } from './prompt-seconds';

/**
 * Every line Stay speaks, in one place, ready for translation. Recorded clips in
 * `public/voice/<id>.mp3` are made from these texts by `npm run clips`.
 */
export const PROMPTS = {
  'phase-inhale': 'Breathe in.',
  'phase-top-up': 'A little more.',
  'phase-hold': 'Hold.',
  'phase-exhale': 'And out.',
  'phase-hum': 'Hum.',
  'name-sensation':
    'Notice where the urge sits in your body. Your chest, your throat, your hands. Just name it.',
  'begin-breathing': 'Now, five slow breaths. Let each one out a little longer.',
  'closing-question': 'Was that urge protecting you, or isolating you?',
  'face-down': 'Place your phone face down, and let your hands rest.',
  'contact-palms': 'Feel where your palms touch something solid.',
  'contact-ribs': 'Notice your ribs widening and settling.',
  'contact-breath': 'Let your breath come and go on its own.',
  'slow-breathing': 'Now, let the breath slow down. In through the nose, long and easy out.',
  'question-now-or-then': 'Is this about now, or about then?',
  'question-smallest-response': 'What is the smallest possible response?',
  'acknowledge-three': 'You noticed the urge, and you stayed. Three minutes already.',
  'acknowledge-three-still':
    'You noticed the urge, and you stayed. Three minutes, and your body has been still.',
  'acknowledge-three-heart':
    'You noticed the urge, and you stayed. Three minutes, and your heart is back near its resting pace.',
  'acknowledge-end': 'You stayed, all the way to the end. That counts.',
  'hum-intro': 'Breathe in through your nose, then hum softly as you breathe out.',
  'hum-longer': 'Let the hum grow a little longer.',
  'sigh-intro': 'Two breaths in through the nose, then one long sigh out.',
  'settle-in': 'Let your shoulders drop. We will begin with the next breath.',
  'well-done': 'That is the practice. Take a moment before you move on.',
} as const;

/** The id of a spoken line. */
export type PromptId = keyof typeof PROMPTS;

/**
 * Lines a practice may swap for a variant chosen while it runs (with what is known at that moment);
 * the plan keeps the first id, the player asks `GuidanceOptions.choosePrompt` just before speaking.
 */
export const PROMPT_VARIANTS: Partial<Record<PromptId, readonly PromptId[]>> = {
  'acknowledge-three': ['acknowledge-three-still', 'acknowledge-three-heart'],
};

/**
 * Seconds the timeline reserves for speaking a line: its recorded clip's length (the longest of its
 * variants') plus a moment, from the table `npm run clips` measures (`prompt-seconds.ts`).
 */
export function promptDurationS(id: PromptId): number {
  return PROMPT_SECONDS[id];
}
