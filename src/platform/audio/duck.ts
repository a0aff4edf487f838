import type { PhaseCue } from '../../core/breathing/types';
import { bedLevelAt } from './breath-bed';
import { CLIP_SECONDS } from './clip-seconds';
import type { ThemeSound } from './theme';
import { VOICE_GAIN, VOICE_LUFS } from './theme';
import type { VoiceLine } from './voice-lines';

/** How the breath sound makes room for the voice. */
export const DUCK = {
  /** The voice sits this far (LU) above the breath sound while it speaks (4–6 LU wanted). */
  marginLu: 5,
  /** Seconds the breath sound takes to go down before a line, and to come back after it. */
  attackS: 0.15,
  releaseS: 0.4,
  /** Points per line at which the planned breath-sound gain is averaged. */
  samples: 16,
} as const;

/** A stretch of plan time (s) over which the breath sound is held down to `gain` (0..1]. */
export interface DuckSpan {
  readonly fromS: number;
  readonly toS: number;
  readonly gain: number;
}

/**
 * Where and how far the breath sound ducks under the spoken lines, from the plan alone: for each
 * line's clip, the gain that brings the breath sound (its planned level over the slot, with the
 * theme's measured loudness at full gain) `DUCK.marginLu` under the voice. Lines close enough for
 * their ramps to meet share one span at the lower gain. Nothing ducks where the bed is already
 * quiet enough (a settle, a soft hold).
 */
export function duckSpans(
  theme: ThemeSound,
  phases: readonly PhaseCue[],
  lines: readonly VoiceLine[],
): DuckSpan[] {
  const voiceLufs = VOICE_LUFS + 20 * Math.log10(VOICE_GAIN);
  const spans: DuckSpan[] = [];
  for (const line of [...lines].sort((a, b) => a.atS - b.atS)) {
    const fromS = line.atS;
    const toS = line.atS + CLIP_SECONDS[line.id];
    // The bed's mean power over the clip.
    let power = 0;
    for (let i = 0; i < DUCK.samples; i++) {
      power += bedLevelAt(theme, phases, fromS + ((i + 0.5) / DUCK.samples) * (toS - fromS)) ** 2;
    }
    power /= DUCK.samples;
    const bedLufs = power > 0 ? theme.bedLufsAtFullGain + 10 * Math.log10(power) : -Infinity;
    const gain = Math.min(1, 10 ** ((voiceLufs - DUCK.marginLu - bedLufs) / 20));
    const last = spans.at(-1);
    if (last && fromS - last.toS < DUCK.attackS + DUCK.releaseS) {
      spans[spans.length - 1] = { fromS: last.fromS, toS, gain: Math.min(last.gain, gain) };
    } else {
      spans.push({ fromS, toS, gain });
    }
  }
  return spans.filter((span) => span.gain < 1);
}

/**
 * Put `spans` that reach into [fromS, toS) of plan time on `param` (a gain of 1 at rest), with plan
 * time 0 at context time `t0`.
 */
export function scheduleDucks(
  param: AudioParam,
  spans: readonly DuckSpan[],
  t0: number,
  fromS: number,
  toS: number,
): void {
  for (const span of spans) {
    if (span.toS + DUCK.releaseS <= fromS || span.fromS - DUCK.attackS >= toS) continue;
    param.setValueAtTime(1, t0 + span.fromS - DUCK.attackS);
    param.linearRampToValueAtTime(span.gain, t0 + span.fromS);
    param.setValueAtTime(span.gain, t0 + span.toS);
    param.linearRampToValueAtTime(1, t0 + span.toS + DUCK.releaseS);
  }
}
