import type { HumResult } from '../core/session/record';

/** Why Hum reset hums, shown before Start: only what the science notes in PRODUCT.md support. */
export const HUM_WHY = [
  'A gentle hum through the nose raises the nitric oxide in your nose about fifteen-fold, compared with breathing out quietly. It fades over many hums in a row and comes back after a few minutes, so a short round is plenty.',
  'The long hummed breath out also slows your breathing right down, and slow breathing tends to ease how stressed you feel.',
] as const;

/** The choice to be heard, and what it means. */
export const HUM_LISTEN_LABEL = 'Let Stay hear your hum (microphone)';
export const HUM_LISTEN_NOTE =
  'Stay listens only while this practice runs, keeps no recording, and nothing leaves your device. Your browser asks once, when you press Start.';

/** "42 s", "1 min 5 s". */
export function humSecondsWords(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${String(whole)} s`;
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${String(minutes)} min` : `${String(minutes)} min ${String(rest)} s`;
}

/** "steady (12 cents)", or just the word when there is no number; null when nothing was hummed. */
export function steadinessWords(hum: Pick<HumResult, 'words' | 'steadinessCents'>): string | null {
  if (!hum.words) return null;
  if (hum.steadinessCents === null) return hum.words;
  return `${hum.words} (pitch varied by ${String(Math.round(hum.steadinessCents))} cents)`;
}

/** "6 of 8 rounds reached their length". */
export function roundsWords(hum: Pick<HumResult, 'rounds' | 'roundsPlanned'>): string {
  const noun = hum.roundsPlanned === 1 ? 'round' : 'rounds';
  return `${String(hum.rounds)} of ${String(hum.roundsPlanned)} ${noun} reached their length`;
}

/** The done screen's line about the humming. */
export function humDoneLine(hum: HumResult): string {
  if (hum.seconds <= 0) {
    return 'Stay did not hear a hum this time. A soft hum with your lips closed is enough.';
  }
  const steady = steadinessWords(hum);
  const parts = [`You hummed for ${humSecondsWords(hum.seconds)}.`, `${roundsWords(hum)}.`];
  if (steady) parts.push(`Your hum was ${steady}.`);
  return parts.join(' ');
}
