import { pattern } from './pattern';
import type { Practice, PracticeId } from './types';

const base = {
  hum: false,
  drone: false,
  prompts: [],
  closing: [],
  asksClosingQuestion: false,
} as const;

/** The built-in practices, as data (see PRODUCT.md "Practices"). */
export const PRACTICES: Readonly<Record<PracticeId, Practice>> = {
  'five-breaths': {
    ...base,
    id: 'five-breaths',
    name: 'Five breaths',
    summary: 'Name where the urge sits, then five slow breaths with a longer out-breath.',
    pattern: pattern(4, 0, 6, 0),
    length: { unit: 'breaths', count: 5 },
    lengthRange: { min: 3, max: 12 },
    settle: { durationS: 8, prompts: [{ id: 'name-sensation', atS: 0.5 }] },
    closing: ['closing-question'],
    asksClosingQuestion: true,
  },
  'five-minute-pause': {
    ...base,
    id: 'five-minute-pause',
    name: 'The five-minute pause',
    summary: 'A still minute, slow breathing with two questions, then notice that you stayed.',
    pattern: pattern(4, 0, 6, 0),
    length: { unit: 'minutes', count: 5 },
    lengthRange: { min: 4, max: 10 },
    // "Face down" first; at the gate the coach may wait for the phone, then the still minute.
    settle: {
      durationS: 65,
      faceDownGateS: 5,
      prompts: [
        { id: 'face-down', atS: 0.5 },
        { id: 'contact-palms', atS: 18 },
        { id: 'contact-ribs', atS: 32 },
        { id: 'contact-breath', atS: 46 },
        { id: 'slow-breathing', atS: 57 },
      ],
    },
    prompts: [
      { id: 'question-now-or-then', atS: 85 },
      { id: 'question-smallest-response', atS: 135 },
      { id: 'acknowledge-three', atS: 180 },
    ],
    closing: ['acknowledge-end'],
  },
  'hum-reset': {
    ...base,
    id: 'hum-reset',
    name: 'Hum reset',
    summary: 'In through the nose, then a soft hum out that grows a little longer each round.',
    pattern: pattern(4, 0, 7, 0),
    progressTo: pattern(4, 0, 12, 0),
    length: { unit: 'breaths', count: 8 },
    lengthRange: { min: 5, max: 10 },
    hum: true,
    drone: true,
    settle: { durationS: 6, prompts: [{ id: 'hum-intro', atS: 0.5 }] },
    prompts: [{ id: 'hum-longer', atS: 45 }],
    closing: ['well-done'],
  },
  'cyclic-sigh': {
    ...base,
    id: 'cyclic-sigh',
    name: 'Cyclic sigh',
    summary: 'Two breaths in through the nose, one long sigh out. Five minutes.',
    pattern: pattern(2, 0, 6, 0, 1),
    length: { unit: 'minutes', count: 5 },
    lengthRange: { min: 1, max: 15 },
    settle: { durationS: 6, prompts: [{ id: 'sigh-intro', atS: 0.5 }] },
    closing: ['well-done'],
  },
  resonance: {
    ...base,
    id: 'resonance',
    name: 'Resonance breathing',
    summary: 'About five and a half breaths a minute, where the heart rhythm swings widest.',
    pattern: pattern(5.5, 0, 5.5, 0),
    length: { unit: 'minutes', count: 5 },
    lengthRange: { min: 2, max: 60 },
    settle: { durationS: 5, prompts: [{ id: 'settle-in', atS: 0.5 }] },
    closing: ['well-done'],
  },
  box: {
    ...base,
    id: 'box',
    name: 'Box breathing',
    summary: 'In, hold, out, hold: four counts each.',
    pattern: pattern(4, 4, 4, 4),
    length: { unit: 'minutes', count: 4 },
    lengthRange: { min: 1, max: 20 },
    settle: { durationS: 5, prompts: [{ id: 'settle-in', atS: 0.5 }] },
    closing: ['well-done'],
  },
  '4-7-8': {
    ...base,
    id: '4-7-8',
    name: '4-7-8',
    summary: 'In for four, hold for seven, out for eight.',
    pattern: pattern(4, 7, 8, 0),
    length: { unit: 'breaths', count: 4 },
    lengthRange: { min: 2, max: 8 },
    settle: { durationS: 5, prompts: [{ id: 'settle-in', atS: 0.5 }] },
    closing: ['well-done'],
  },
};

/** The built-in ids, in the order the home screen lists them. */
export const PRACTICE_IDS = Object.keys(PRACTICES) as PracticeId[];

/** True when `id` names a built-in practice. */
export function isPracticeId(id: string): id is PracticeId {
  return Object.hasOwn(PRACTICES, id);
}
