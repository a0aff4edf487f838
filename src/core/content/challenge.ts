import { plannedRung, type DaySuggestion } from '../reflect/challenge';
import type { DayWent, LadderRung } from '../reflect/records';
import { RUNGS } from './ladder';

/** One small prompt for each day, written for that day's planned rung (DAY_PLAN). */
export const DAY_PROMPTS: readonly string[] = [
  'Ask someone for something small and practical today, like handing you a pen. Notice what your body does as you ask.',
  'Let someone do a small thing for you without doing it back straight away. A lift, a coffee, a held door.',
  'Ask someone for a little of their time: to look over something you wrote, or to help you decide.',
  'Ask for help with a plan: a lift, a swap, a reminder. Let them say yes, or no, and notice both are fine.',
  'Tell someone that something made you think of them today. One sentence is plenty.',
  'Tell someone one thing you liked about time with them. Keep it light and true.',
  'Let someone see a little of how your week really went. Choose a person who has felt safe before.',
];

/** A gentler prompt for each rung, offered when the pace suggests a lower rung than the day's own. */
export const RUNG_PROMPTS: Readonly<Record<LadderRung, string>> = {
  1: 'Ask for one small, practical thing today. Something near at hand is enough.',
  2: 'Ask someone for a little help or a little of their time today.',
  3: 'Tell someone they crossed your mind today, in a few light words.',
  4: 'Say one thing you need, simply, to someone who has earned it.',
};

/** The prompt for `day` at `rung`: the day's own prompt at its own rung, else the rung's gentler one. */
export function challengePrompt(day: number, rung: LadderRung): string {
  const own = DAY_PROMPTS[day - 1];
  return own !== undefined && plannedRung(day) === rung ? own : RUNG_PROMPTS[rung];
}

/** Every word of <connection-challenge>. */
export const CHALLENGE = {
  title: 'Your seven days',
  intro:
    'One small step towards someone each day, for seven days. Rest days are part of it. There is nothing to keep up and nothing to lose.',
  start: 'Start the seven days',
  startAgain: 'Start again',
  startedAgain: 'A new run has begun. Day 1 is waiting.',
  dayTitle: (day: number) => `Day ${String(day)} of 7`,
  editTitle: (day: number) => `Change day ${String(day)}`,
  promptLabel: 'Today’s invitation',
  rungLegend: 'The rung you used',
  noteLabel: 'A short note (optional)',
  wentLegend: 'How did it go? (optional)',
  wentWords: { well: 'Well', mixed: 'Mixed', badly: 'Badly' } satisfies Record<DayWent, string>,
  wentUnsaid: 'Rather not say',
  markDone: 'Mark this day done',
  markRest: 'Take a rest day',
  saveChanges: 'Save changes',
  cancel: 'Cancel',
  savedDone: 'Day saved. Well done for reaching out.',
  savedRest: 'Rest day saved. Resting is part of it.',
  changed: 'Changes saved.',
  cleared: 'Day cleared. You can do it again whenever you like.',
  failed: 'This could not be saved just now. Please try again.',
  tooLong: (max: number) => `Please keep the note under ${String(max)} characters.`,
  finished:
    'You have been through all seven days. Whatever happened on each one, you kept showing up for yourself.',
  paceTitle: 'Your pace',
  paceIntro: 'The rungs you took, day by day. One rung at a time is plenty.',
  daysTitle: 'Your days',
  change: 'Change',
  clear: 'Clear',
  changeLabel: (day: number) => `Change day ${String(day)}`,
  clearLabel: (day: number) => `Clear day ${String(day)}`,
  confirmClear: 'Clear this day? You can record it again after.',
  confirmYes: 'Yes, clear',
  confirmNo: 'Keep it',
  earlierTitle: 'Earlier runs',
  runWords: (date: string, done: number, rested: number) =>
    `Started ${date}: ${String(done)} done, ${String(rested)} rested`,
  continueRun: 'Continue',
  continueLabel: (date: string) => `Continue the run started ${date}`,
  openRun: 'Look back',
  openLabel: (date: string) => `Look back at the run started ${date}`,
  deleteRun: 'Delete',
  deleteRunLabel: (date: string) => `Delete the run started ${date}`,
  confirmDeleteRun: 'Delete this run and its days?',
  confirmDeleteYes: 'Yes, delete',
  deletedRun: 'Run deleted.',
  badTitle: 'When it goes badly',
  badText:
    'Sometimes an ask lands wrong, or gets no answer. That stings, and it does not undo your step. You took a risk, and that is the practice. Be kind to yourself tonight, and go back down a rung for as long as you like.',
  badCapacity: 'Write a capacity note',
  badThreeColumn: 'Do a three-column reset',
  badHum: 'Take a Hum reset',
} as const;

/** The pace suggestion for the next day, in words. */
export function suggestionWords(s: DaySuggestion): string {
  const at = (rung: LadderRung) => `rung ${String(rung)}: ${RUNGS[rung].name}`;
  switch (s.reason) {
    case 'start':
      return `A gentle start: ${at(s.rung)}.`;
    case 'after-hard': {
      const [gentle, same] = s.options;
      return same === undefined || gentle === undefined
        ? `After a hard day, staying at ${at(s.rung)} is plenty.`
        : `After a hard day, you might step down to ${at(gentle)}, or stay at ${at(same)}. Both count.`;
    }
    case 'steady':
      return `Your last day was mixed, so staying at ${at(s.rung)} keeps the pace kind.`;
    case 'planned':
      return s.lastRung !== null && s.rung > s.lastRung
        ? `If it feels right, one step up: ${at(s.rung)}.`
        : `Today suits ${at(s.rung)}.`;
  }
}

/** One day of the dose tracker in words: "Day 3: done at rung 2, went well", "Day 4: rest day". */
export function doseDayWords(d: {
  readonly day: number;
  readonly status: 'done' | 'rest' | 'open';
  readonly rung: LadderRung | null;
  readonly went: DayWent | null;
}): string {
  const day = `Day ${String(d.day)}`;
  if (d.status === 'open') return `${day}: not yet`;
  if (d.status === 'rest') return `${day}: rest day`;
  const rung = d.rung === null ? 'done' : `done at rung ${String(d.rung)}`;
  const went = d.went === null ? '' : `, went ${CHALLENGE.wentWords[d.went].toLowerCase()}`;
  return `${day}: ${rung}${went}`;
}
