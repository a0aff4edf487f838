import type { NoticeSound } from '../../app/ports/guidance-player';
import type { AudioFactory } from './audio-factory';
import { strike } from './partials';
import { PLUCK_PARTIALS } from './theme';

/**
 * The two notes of each notice, Hz: a falling fourth when the strap drops, rising when it is back,
 * a soft rising fifth high above the hum range when a round's hum reached its length, and a gentle
 * falling third when the phone is picked up during the still minute.
 */
export const NOTICE_NOTES_HZ: Readonly<Record<NoticeSound, readonly [number, number]>> = {
  'strap-lost': [587.33, 440],
  'strap-back': [440, 587.33],
  'hum-reached': [783.99, 1174.66],
  // A soft, unhurried step down a major third: noticed, not a warning.
  'picked-up': [659.25, 523.25],
};
/** Seconds between the two notes. */
export const NOTICE_GAP_S = 0.18;
/** Peak gain of each note, linear: well under the phase plucks, so it informs without startling. */
const NOTICE_GAIN = 0.08;
const NOTICE_DECAY_S = 0.25;

/** Play a two-note notice with its first onset at `atTime` (absolute context seconds). */
export function playNotice(
  factory: AudioFactory,
  output: AudioNode,
  atTime: number,
  sound: NoticeSound,
): void {
  NOTICE_NOTES_HZ[sound].forEach((hz, index) => {
    strike(
      factory,
      output,
      atTime + index * NOTICE_GAP_S,
      PLUCK_PARTIALS.map((p) => ({
        hz: hz * p.ratio,
        gain: NOTICE_GAIN * p.gain,
        decayS: NOTICE_DECAY_S * p.decayScale,
      })),
    );
  });
}
