import { HUM_WORDS } from '../core/content/hum';

// The words live in core/content/hum; these names stay for the views that import them from here.
export { humDoneLine, humSecondsWords, roundsWords, steadinessWords } from '../core/content/hum';

/** Why Hum reset hums, shown before Start: only what the science notes in PRODUCT.md support. */
export const HUM_WHY = HUM_WORDS.why;

/** The choice to be heard, and what it means. */
export const HUM_LISTEN_LABEL = HUM_WORDS.listenLabel;
export const HUM_LISTEN_NOTE = HUM_WORDS.listenNote;
