import type { SmallWin } from '../reflect/records';
import { stayedParts } from '../reflect/wins';

/** Every word of <small-wins>. */
export const WINS = {
  title: 'Your wins, newest first',
  intro: 'Each time you paused instead of leaving, and each ask on the ladder, lands here.',
  empty:
    'Nothing here yet, and that is fine. When you take a five-minute pause or try an ask on the needs ladder, it will be kept here for you.',
  emptyPause: 'Take a five-minute pause',
  emptyLadder: 'Open the needs ladder',
  listLabel: 'Your small wins, newest first',
  practiceLink: 'See the practice',
  practiceLinkLabel: (when: string) => `See the practice of ${when}`,
  delete: 'Delete',
  deleteLabel: (when: string) => `Delete the small win of ${when}`,
  confirmDelete: 'Delete this small win? It does not change the practice or the try it came from.',
  confirmYes: 'Yes, delete',
  confirmNo: 'Keep it',
  deleted: 'Small win deleted.',
  failed: 'That did not work just now. Please try again.',
  loadFailed: 'Your small wins could not be read just now.',
} as const;

/** What a win was, by kind. */
export const WIN_KIND_WORDS: Readonly<Record<SmallWin['kind'], string>> = {
  pause: 'You paused instead of leaving',
  ladder: 'You asked for something',
  other: 'A small win',
};

/** "Stayed 5 min 10 s", "Stayed 40 s", "Stayed 1 h 5 min"; null when it was not measured. */
export function stayedWords(stayedS: number | null): string | null {
  const parts = stayedParts(stayedS);
  if (!parts) return null;
  const { h, min, s } = parts;
  if (h > 0) return min > 0 ? `Stayed ${String(h)} h ${String(min)} min` : `Stayed ${String(h)} h`;
  if (min > 0)
    return s > 0 ? `Stayed ${String(min)} min ${String(s)} s` : `Stayed ${String(min)} min`;
  return `Stayed ${String(s)} s`;
}
