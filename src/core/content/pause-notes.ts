import type { BodySign } from '../motion/acknowledge';

/**
 * How the body was during a five-minute pause, in the few words its small win keeps as a note and
 * the done screen says back. Apart from pause.ts so the pause monitor's chunk carries only these.
 */
export const BODY_NOTES: Readonly<Record<BodySign, string>> = {
  heart: 'Your heart came back near its resting pace.',
  still: 'Your body was still.',
  none: '',
};
