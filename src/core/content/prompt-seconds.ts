import type { PromptId } from './prompts';

/**
 * Seconds the timeline reserves for each spoken line: `promptDurationS` of its words (a test keeps
 * the two equal). The plan is compiled inside the Start tap, so it reads these numbers rather than
 * the sentences, which stay out of the first download.
 */
export const PROMPT_SECONDS: Readonly<Record<PromptId, number>> = {
  'phase-inhale': 1.5,
  'phase-top-up': 1.5,
  'phase-hold': 1.5,
  'phase-exhale': 1.5,
  'phase-hum': 1.5,
  'name-sensation': 6.5,
  'begin-breathing': 4.2,
  'closing-question': 3.1,
  'face-down': 3.8,
  'contact-palms': 2.7,
  'contact-ribs': 2.3,
  'contact-breath': 3.5,
  'slow-breathing': 5.4,
  'question-now-or-then': 2.7,
  'question-smallest-response': 2.3,
  'acknowledge-three': 6.9,
  'acknowledge-three-still': 5.8,
  'acknowledge-three-heart': 6.9,
  'acknowledge-end': 3.8,
  'hum-intro': 4.6,
  'hum-longer': 2.7,
  'sigh-intro': 4.2,
  'settle-in': 4.2,
  'well-done': 4.2,
};
