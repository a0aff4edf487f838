import type { PhaseKind } from '../core/breathing/types';

const WORDS: Record<PhaseKind, string> = {
  settle: 'Settle',
  inhale: 'Breathe in',
  'top-up': 'A little more',
  hold: 'Hold',
  exhale: 'Breathe out',
  hum: 'Hum',
};

/** The word shown and announced for a phase; a long settle (the five-minute pause) asks for stillness. */
export function phaseWord(kind: PhaseKind | 'before' | 'done', settleS = 0): string {
  if (kind === 'before') return '';
  if (kind === 'done') return 'Done';
  if (kind === 'settle' && settleS >= 30) return 'Be still';
  return WORDS[kind];
}
