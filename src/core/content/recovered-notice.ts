/** The calm word on home that a practice was cut short and what it captured is kept. */
export const RECOVERED_WORDS = {
  seeKept: 'See what was kept',
  seeHistory: 'See them in your history',
  ok: 'OK',
} as const;

/** "A practice was cut short …" for one, "3 practices were cut short …" for more. */
export function cutShortWords(count: number): string {
  return count === 1
    ? 'A practice was cut short (closed tab or the phone). What was captured is kept.'
    : `${String(count)} practices were cut short (closed tab or the phone). What was captured is kept.`;
}
