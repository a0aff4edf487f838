/** One practice's history page: its facts, its charts' headings, and deleting it. */
export const SESSION_PAGE_WORDS = {
  /** The heading while the practice loads or cannot be read. */
  title: 'A practice',
  missingTitle: 'This practice is not on this device.',
  loading: 'Opening this practice…',
  missing: 'It may have been deleted, or kept on another device.',
  readFailed: 'This practice could not be read just now. Please try again.',
  back: 'Back to your history',
  /** The label of each fact. */
  facts: {
    status: 'How it went',
    length: 'Length',
    breaths: 'Breaths',
    urgeBefore: 'Urge before',
    urgeAfter: 'Urge after',
    answer: 'Protecting or isolating',
    bodyPlaces: 'Where you felt it',
    humHeard: 'Humming heard',
    humRounds: 'Hum rounds',
    steadiness: 'Steadiness',
    stillness: 'Stillness',
    resting: 'Resting level',
    peak: 'Peak',
    backToResting: 'Back to resting level',
  },
  notBackYet: 'Not yet when the practice ended',
  heartTitle: 'Heart rate',
  journalTitle: 'What you wrote',
  delete: 'Delete this practice',
  deleteConfirm: 'Delete it',
  keep: 'Keep it',
  deleteFailed: 'It could not be deleted just now. Please try again.',
} as const;

/** "7 of 10": an urge rating. */
export const ratedWords = (value: number): string => `${String(value)} of 10`;

/** "62 %": a share 0..1 of the practice spent still. */
export const stillnessWords = (share: number): string => `${String(Math.round(share * 100))} %`;

/** "64 bpm". */
export const bpmWords = (bpm: number): string => `${String(bpm)} bpm`;

/** "After 1 min 10 s": when the heart came back to its resting level (a length from `lengthWords`). */
export const backAfterWords = (length: string): string => `After ${length}`;

/** The question before a practice is deleted; it says the journal stays when there is some. */
export function deleteQuestionWords(hasJournal: boolean): string {
  const question = 'Delete this practice from this device? It cannot be undone.';
  return hasJournal ? `${question} What you wrote stays in your journal.` : question;
}
