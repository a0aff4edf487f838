import type { LadderRung } from '../reflect/records';

/** One rung of the needs ladder: its name, what kind of ask it holds, and a few example asks. */
export interface RungWords {
  readonly name: string;
  readonly about: string;
  readonly examples: readonly string[];
}

/** The four rungs, lowest first, in our own words (PRODUCT.md "Needs ladder"). */
export const RUNGS: Readonly<Record<LadderRung, RungWords>> = {
  1: {
    name: 'Physical',
    about: 'Small, practical asks about things near you.',
    examples: [
      'Could you hand me that cup?',
      'Can you hold this door for a second?',
      'Would you grab me a glass of water while you are up?',
    ],
  },
  2: {
    name: 'Logistical',
    about: 'Asking for a little of someone’s time or help.',
    examples: [
      'Would you read this email before I send it?',
      'Could you pick me up after work on Thursday?',
      'Can you help me choose between these two?',
    ],
  },
  3: {
    name: 'Light emotional',
    about: 'Letting someone see that they are on your mind.',
    examples: [
      'This café made me think of you.',
      'I liked talking with you yesterday.',
      'I was glad to see your message today.',
    ],
  },
  4: {
    name: 'Core needs',
    about: 'Saying what you need, or what hurt.',
    examples: [
      'It stung when the plans changed and nobody told me.',
      'I need a little reassurance tonight.',
      'It matters to me that we talk before big decisions.',
    ],
  },
};

/** Every word of <needs-ladder>. */
export const LADDER = {
  title: 'Your ladder',
  intro:
    'Asking for things gets easier one small ask at a time. Start on the rung where your body stays soft, and stay there as long as you like.',
  rungsTitle: 'The four rungs',
  rungsLegend: 'Choose the rung where your body stays easy',
  examplesLabel: 'Some asks on this rung',
  noRungYet: 'Choose a rung to begin. There is no wrong place to start.',
  tryTitle: 'Note a try',
  editTitle: 'Change this try',
  askLabel: 'What you asked',
  outcomeLabel: 'How it went (optional)',
  stayedLabel: 'How long you stayed with the feeling, in minutes (optional)',
  save: 'Save this try',
  saveChanges: 'Save changes',
  cancel: 'Cancel',
  saved: 'Saved. That was a real step.',
  changed: 'Changes saved.',
  deleted: 'Try deleted.',
  askMissing: 'Write a few words about what you asked.',
  rungMissing: 'Choose a rung above first. Any rung is a fine place to start.',
  stayedInvalid: 'Minutes need to be a number from 0 to 1440, or left empty.',
  tooLong: (max: number) => `Please keep this under ${String(max)} characters.`,
  saveFailed: 'This could not be saved just now. Please try again.',
  triesTitle: 'Your tries',
  noTries: 'Your tries will show here. Any ask counts, even a tiny one.',
  edit: 'Change',
  delete: 'Delete',
  confirmDelete: 'Delete this try? Its small win goes too.',
  confirmYes: 'Yes, delete',
  confirmNo: 'Keep it',
  editLabel: (ask: string) => `Change the try “${short(ask)}”`,
  deleteLabel: (ask: string) => `Delete the try “${short(ask)}”`,
} as const;

/** A long text cut to about 40 characters for a button's name. */
function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39).trimEnd()}…` : text;
}

/** "Rung 2: Logistical". */
export function rungWords(rung: LadderRung): string {
  return `Rung ${String(rung)}: ${RUNGS[rung].name}`;
}

/** "You are on rung 2: Logistical, with 3 tries there." */
export function currentRungWords(rung: LadderRung, tries: number): string {
  const count =
    tries === 0
      ? 'no tries there yet'
      : tries === 1
        ? '1 try there'
        : `${String(tries)} tries there`;
  return `You are on ${rungWords(rung).replace('Rung', 'rung')}, with ${count}.`;
}

/** The gentle nudge after a few tries at one rung. */
export function suggestionWords(rung: LadderRung, up: LadderRung | null): string {
  if (up === null) {
    return 'You have been asking for what matters most. Stay here as long as it feels right.';
  }
  return `You have a few tries on rung ${String(rung)} now. Stay here if it still feels new, or try one step up, to rung ${String(up)}: ${RUNGS[up].name}, when your body says yes.`;
}
