/**
 * Every word of the Reflect view, the journal, the unsent message and the evening prompt, in one
 * place, ready for translation. Warm, plain, second person; no pass or fail words.
 */
import type { JournalKind } from '../reflect/records';

/** The reflection tools, in the order the hub lists them. */
export const REFLECT_TOOLS = [
  'three-column',
  'capacity',
  'ladder',
  'challenge',
  'wins',
  'unsent',
  'evening',
  'note',
] as const;

export type ReflectTool = (typeof REFLECT_TOOLS)[number];

/** Each tool's name on the hub and heading on its page, with one line on what it is for. */
export const TOOL_WORDS: Record<ReflectTool, { readonly title: string; readonly summary: string }> =
  {
    'three-column': {
      title: 'Three-column reset',
      summary: 'What happened, what it felt like, and what is actually true.',
    },
    capacity: {
      title: 'Capacity note',
      summary: 'How much of yourself you risked today, with no right amount.',
    },
    ladder: {
      title: 'Needs ladder',
      summary: 'Ask for something small, from the rung where your body stays easy.',
    },
    challenge: {
      title: 'Seven-day connection challenge',
      summary: 'One small step towards someone each day, at a gentle pace.',
    },
    wins: {
      title: 'Small wins',
      summary: 'Every pause you took and every ask you tried.',
    },
    unsent: {
      title: 'The unsent message',
      summary: 'Write what you will not send, then let it burn. Nothing is kept.',
    },
    evening: {
      title: 'Evening note',
      summary: 'One moment today when connection felt possible.',
    },
    note: {
      title: 'A note',
      summary: 'Anything else you want to keep.',
    },
  };

/** The kinds of journal entry as a person reads them. */
export const KIND_TITLES: Record<JournalKind, string> = {
  'three-column': 'Three-column reset',
  capacity: 'Capacity note',
  ladder: 'Needs ladder',
  evening: 'Evening note',
  note: 'Note',
};

/** The labels of every journal field. */
export const FIELD_WORDS = {
  happened: 'What happened',
  felt: 'What it felt like',
  true: 'What is actually true',
  happenedHint: 'Just the facts, as a camera would have seen them.',
  feltHint: 'In your body and in your thoughts.',
  trueHint: 'What you know when you step back a little.',
  capacity: 'I took a risk at this much of my capacity today',
  capacityNote: 'A note, if you like',
  note: 'Your note',
  evening: 'One moment today when connection felt possible',
  rung: 'Rung',
  ask: 'What I asked',
  outcome: 'How it went',
} as const;

/** "I took a risk at 40 % of my capacity today." */
export function capacityLine(percent: number): string {
  return `I took a risk at ${String(percent)} % of my capacity today.`;
}

/** The slider's spoken and shown value: "40 %". */
export function percentWords(percent: number): string {
  return `${String(percent)} %`;
}

/** What the hub says. */
export const HUB_WORDS = {
  title: 'Reflect',
  intro:
    'Small tools for after the urge has passed. All of them are optional, and everything you write stays on this device.',
  toolsHeading: 'Tools',
  beforeAfter: 'Where you felt it, and your urge before and after, live with each practice in your',
  beforeAfterLink: 'history',
  journalHeading: 'Your journal',
  practiceTitle: 'Write about this practice',
  practiceJournalHeading: 'What you wrote after this practice',
  wholeJournal: 'Your whole journal',
  unknownTitle: 'This page is not here',
  unknownBody: 'The tool you followed a link to is not part of Stay.',
  back: 'Back to Reflect',
} as const;

/** "After Five breaths", or a line for a practice no longer on the device. */
export function afterPracticeWords(practiceName: string | null): string {
  return practiceName === null
    ? 'After a practice no longer on this device'
    : `After ${practiceName}`;
}

/** What the journal list and the editor say. */
export const JOURNAL_WORDS = {
  empty: 'Nothing written yet. Whenever you like, one of the tools above is a place to start.',
  emptyForPractice: 'Nothing written about this practice yet.',
  loading: 'Opening your journal…',
  readFailed: 'Your journal could not be read just now. Please try again.',
  edit: 'Edit',
  delete: 'Delete',
  confirmDelete: 'Delete this entry from this device? It cannot be undone.',
  confirmDeleteTry: 'Delete this try from this device? Its small win goes with it.',
  deleteIt: 'Delete it',
  keepIt: 'Keep it',
  deleted: 'Deleted.',
  deleteFailed: 'It could not be deleted just now. Please try again.',
  save: 'Save',
  saved: 'Saved.',
  savedNew: 'Saved in your journal. You can keep editing it here.',
  saveFailed: 'It could not be saved just now. What you wrote is still here.',
  needsWords: 'Write a few words first, in any box.',
  entryTitle: 'Edit an entry',
  entryMissing: 'This entry is not on this device.',
  entryMissingBody: 'It may have been deleted, or kept on another device.',
  loadingEntry: 'Opening this entry…',
  forPractice: 'This will be kept with the practice you just did.',
  toJournal: 'Back to your journal',
} as const;

/** "Edited 3 March, 22:14". */
export function editedWords(when: string): string {
  return `Edited ${when}`;
}

/** When an entry was written, "3 March, 22:14", with "· Edited …" once it has been changed (null: never). */
export function entryWhenWords(created: string, edited: string | null): string {
  return edited === null ? created : `${created} · ${editedWords(edited)}`;
}

/** Shown when a field is longer than Stay keeps. */
export function tooLongWords(max: number, over: number): string {
  return `This is longer than Stay can keep in one box (${max.toLocaleString('en')} characters). Please shorten it by ${over.toLocaleString('en')} ${over === 1 ? 'character' : 'characters'}.`;
}

/** The unsent message. */
export const UNSENT_WORDS = {
  intro:
    'Write the message you want to send and will not. Say all of it. When you are ready, let it burn.',
  neverSaved:
    'This is never saved. Not on this device, not anywhere. When it burns, or when you leave this page, it is gone.',
  label: 'Your unsent message',
  burn: 'Let it burn',
  burning: 'Burning…',
  gone: 'It is gone. Nothing was kept.',
  again: 'Write another',
  empty: 'Write something first, then let it burn.',
} as const;

/** The evening prompt on home, and the evening note. */
export const EVENING_WORDS = {
  heading: 'This evening',
  invitation:
    'Before the day ends, you might notice one moment today when connection felt possible. Small moments count.',
  save: 'Save',
  notTonight: 'Not tonight',
  saved: 'Kept in your journal. Rest well.',
  dismissed: 'All right. Nothing more tonight.',
  toJournal: 'See your journal',
} as const;

/** The done screen's link to the Reflect hub for the practice just finished. */
export const WRITE_ABOUT_THIS = 'Write about this';
