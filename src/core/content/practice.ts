import type { PhaseKind } from '../breathing/types';
import type { BodyPlace } from '../reflect/body-places';
import type { ClosingAnswer, UrgeRating } from '../session/record';

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

/** The practice page around the running practice: the missing practice, Start and its failure. */
export const PRACTICE_VIEW_WORDS = {
  missingTitle: 'This practice is not here',
  /** The missing practice's sentence, before its link home (a full stop follows the link). */
  missingLead: 'It may have been deleted.',
  missingLink: 'Choose another practice',
  start: 'Start',
  startHint: 'Sound and vibration guide you; you can close your eyes.',
  startFailed: 'Sound could not start. Check the volume, then try Start again.',
} as const;

/** The running practice's controls and live heart rate. */
export const RUNNING_WORDS = {
  /** The orb's word while paused. */
  paused: 'Paused',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  /** Shown in place of the heart rate before there is one. */
  noBpm: '–',
  bpm: 'bpm',
  /** Read after the number and "bpm" by screen readers only. */
  heartRate: ', heart rate',
} as const;

/** "Breath 2 of 5". */
export const breathOfWords = (breath: number, count: number): string =>
  `Breath ${String(breath)} of ${String(count)}`;

/** The end of a practice: said back, what next, the audio file. */
export const DONE_WORDS = {
  done: 'Done',
  stopped: 'Stopped',
  /** What the done screen says back after the closing question. */
  answerLines: {
    protecting: 'You noticed the urge was protecting you. Knowing that helps you choose.',
    isolating: 'You noticed the urge was isolating you. Seeing it is how staying starts.',
  },
  saveAudio: 'Save as audio',
  preparingAudio: 'Preparing audio…',
  startAgain: 'Start again',
  home: 'Home',
  audioFailed: 'The audio file could not be made on this device. Please try again.',
} as const;

/** The done screen's line for a closing answer; '' when the question was skipped or not asked. */
export function answerLine(answer: ClosingAnswer): string {
  return answer ? DONE_WORDS.answerLines[answer] : '';
}

/** "You stayed with 5 breaths. Take a moment before you move on." */
export const completedLine = (breaths: number): string =>
  `You stayed with ${String(breaths)} breaths. Take a moment before you move on.`;

/** What the done screen says after a stop, with the breaths finished before it. */
export function stoppedLine(breaths: number): string {
  if (breaths === 0) return 'You stopped. Taking a moment at all counts.';
  return `You stopped after ${String(breaths)} ${breaths === 1 ? 'breath' : 'breaths'}. That counts too.`;
}

/** "Before 7, after 3", or the one that was given; null when neither was. */
export function ratingLine(before: UrgeRating, after: UrgeRating): string | null {
  if (before !== null && after !== null) return `Before ${String(before)}, after ${String(after)}`;
  if (before !== null) return `Before ${String(before)}`;
  if (after !== null) return `After ${String(after)}`;
  return null;
}

/** "Urge to flee: Before 7, after 3" (the line from `ratingLine`). */
export const ratingsWords = (line: string): string => `${PRACTICE_WORDS.urgeName}: ${line}`;

/** "Saved as stay-five-breaths.wav." */
export const savedAsWords = (fileName: string): string => `Saved as ${fileName}.`;

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
