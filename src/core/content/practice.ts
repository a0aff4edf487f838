import type { PhaseKind } from '../breathing/types';
import type { BodyPlace } from '../practice/body-places';

/** The words shown while a practice runs and as it closes: phases, meters, ratings, questions. */
export const PRACTICE_WORDS = {
  /** The word in the orb for each phase. */
  phases: {
    settle: 'Settle',
    inhale: 'Breathe in',
    'top-up': 'A little more',
    hold: 'Hold',
    exhale: 'Breathe out',
    hum: 'Hum',
  },
  /** The orb's word for a long settle (the five-minute pause). */
  beStill: 'Be still',
  done: 'Done',
  /** The word on each body-place chip. */
  bodyPlaces: {
    chest: 'Chest',
    throat: 'Throat',
    stomach: 'Stomach',
    shoulders: 'Shoulders',
    jaw: 'Jaw',
    hands: 'Hands',
  },
  whereFelt: 'Where do you feel it?',
  urgeName: 'Urge to flee',
  /** The honest label under the urge meter. */
  urgeLabel: 'Arousal above your resting level — effort raises it too',
  /** Where the urge is, by the meter's word for it. */
  urgeLevels: { settled: 'Settled', rising: 'Rising', high: 'High' },
  urgeLow: 'settled',
  urgeHigh: 'high',
  /** Why the urge meter is greyed out, by reason. */
  urgeReasons: {
    baseline: 'Finding your baseline…',
    'no-contact': 'No skin contact',
    'no-data': 'No data for a few seconds',
    artefacts: 'Too many missed beats',
  },
  ratingBefore: 'How strong is the urge right now?',
  ratingAfter: 'How strong is the urge now?',
  optional: '(optional)',
  ratingNone: '0 none',
  ratingMost: '10 as strong as it gets',
  skip: 'Skip',
  closingQuestion: 'Was the urge protecting you, or isolating you?',
  protecting: 'Protecting',
  isolating: 'Isolating',
  chipStrap: 'Strap',
  chipSimulated: 'Simulated strap',
  /** A few words for where the strap is, by the strap's state. */
  strapStatus: {
    idle: 'Not connected',
    connecting: 'Connecting…',
    connected: 'Connected',
    reconnecting: 'Reconnecting…',
    lost: 'Lost',
    failed: 'Not connected',
  },
} as const;

/** The word shown and announced for a phase; a long settle (the five-minute pause) asks for stillness. */
export function phaseWord(kind: PhaseKind | 'before' | 'done', settleS = 0): string {
  if (kind === 'before') return '';
  if (kind === 'done') return PRACTICE_WORDS.done;
  if (kind === 'settle' && settleS >= 30) return PRACTICE_WORDS.beStill;
  return PRACTICE_WORDS.phases[kind];
}

/** The word on a body-place chip. */
export function bodyPlaceLabel(place: BodyPlace): string {
  return PRACTICE_WORDS.bodyPlaces[place];
}

/** One plain line for the done screen, e.g. "You felt it in your chest and jaw."; '' for none. */
export function feltLine(places: readonly BodyPlace[]): string {
  if (places.length === 0) return '';
  const words = places.map((place) => bodyPlaceLabel(place).toLowerCase());
  const last = words.pop() ?? '';
  const list = words.length > 0 ? `${words.join(', ')} and ${last}` : last;
  return `You felt it in your ${list}.`;
}

/** The urge meter's value in words: "Settled, 22 of 100". */
export const urgeValueWords = (word: string, level: number): string =>
  `${word}, ${String(level)} of 100`;

/** The strap chip: "Strap: Connected", "Simulated strap: Lost". */
export const chipWords = (simulated: boolean, status: string): string =>
  `${simulated ? PRACTICE_WORDS.chipSimulated : PRACTICE_WORDS.chipStrap}: ${status}`;
