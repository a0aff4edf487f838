import type { HumResult } from '../session/record';

/** Hum reset's words: why it hums, the choice to be heard, the live meter, and the result. */
export const HUM_WORDS = {
  /** Why Hum reset hums, shown before Start: only what the science notes in PRODUCT.md support. */
  why: [
    'A gentle hum through the nose raises the nitric oxide in your nose about fifteen-fold, compared with breathing out quietly. It fades over many hums in a row and comes back after a few minutes, so a short round is plenty.',
    'The long hummed breath out also slows your breathing right down, and slow breathing tends to ease how stressed you feel.',
  ],
  listenLabel: 'Let Stay hear your hum (microphone)',
  listenNote:
    'Stay listens only while this practice runs, keeps no recording, and nothing leaves your device. Your browser asks once, when you press Start.',
  asking: 'Asking for the microphone…',
  heard: 'Hum heard',
  listening: 'Listening',
  humAlong: 'Hum along on each breath out.',
  /** How steady the hum was, by the value a session keeps. */
  steadiness: {
    steady: 'steady',
    'a little wavering': 'a little wavering',
    wavering: 'wavering',
  },
  notHeard: 'Stay did not hear a hum this time. A soft hum with your lips closed is enough.',
} as const;

/** "This round: 4 s of 6 s". */
export const roundProgressWords = (roundS: number, targetS: number): string =>
  `This round: ${String(roundS)} s of ${String(targetS)} s`;

/** "Rounds reached: 2 of 8". */
export const roundsReachedWords = (reached: number, roundCount: number): string =>
  `Rounds reached: ${String(reached)} of ${String(roundCount)}`;

/** "42 s", "1 min", "1 min 5 s". */
export function humSecondsWords(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${String(whole)} s`;
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${String(minutes)} min` : `${String(minutes)} min ${String(rest)} s`;
}

/** "steady (pitch varied by 12 cents)", or just the word without a number; null with no word. */
export function steadinessWords(hum: Pick<HumResult, 'words' | 'steadinessCents'>): string | null {
  if (!hum.words) return null;
  const words = HUM_WORDS.steadiness[hum.words];
  if (hum.steadinessCents === null) return words;
  return `${words} (pitch varied by ${String(Math.round(hum.steadinessCents))} cents)`;
}

/** "6 of 8 rounds reached their length". */
export function roundsWords(hum: Pick<HumResult, 'rounds' | 'roundsPlanned'>): string {
  const noun = hum.roundsPlanned === 1 ? 'round' : 'rounds';
  return `${String(hum.rounds)} of ${String(hum.roundsPlanned)} ${noun} reached their length`;
}

/** The done screen's line about the humming. */
export function humDoneLine(hum: HumResult): string {
  if (hum.seconds <= 0) return HUM_WORDS.notHeard;
  const steady = steadinessWords(hum);
  const parts = [`You hummed for ${humSecondsWords(hum.seconds)}.`, `${roundsWords(hum)}.`];
  if (steady) parts.push(`Your hum was ${steady}.`);
  return parts.join(' ');
}
