import type { SessionPlan } from '../../core/breathing/types';
import type { SoundTheme } from '../../core/settings/settings';
import { ClipBank, VOICE_BASE_URL } from './clip-bank';
import { createCueGraph, scheduleWindow } from './schedule';
import { loadTone } from './tone-loader';
import { lineIds, voiceLines } from './voice-lines';

/** Seconds rendered after `plan.durationS`, so the last sound can ring out. */
export const RENDER_TAIL_S = 1;

/** Options of an offline render; `voice` adds the recorded clips (default false). */
export interface RenderOptions {
  /** Hz. */
  readonly sampleRate: number;
  readonly voice?: boolean;
  readonly theme?: SoundTheme;
  /** Where the clips are served; defaults to VOICE_BASE_URL. */
  readonly voiceBaseUrl?: string;
}

/**
 * Render a whole plan to a mono AudioBuffer of `plan.durationS + RENDER_TAIL_S` seconds through
 * Tone.Offline, with the same scheduling code as live playback (cue at t = its `atS`).
 */
export async function renderSessionAudio(
  plan: SessionPlan,
  options: RenderOptions,
): Promise<AudioBuffer> {
  const Tone = await loadTone();
  const lines = options.voice ? voiceLines(plan) : [];
  const rendered = await Tone.Offline(
    async (context) => {
      const master = context.createGain();
      Tone.connect(master, context.destination);
      const clips = new ClipBank(
        (data) => context.decodeAudioData(data),
        options.voiceBaseUrl ?? VOICE_BASE_URL,
      );
      await clips.loadAll(lineIds(lines));
      const graph = createCueGraph(context, master, options.theme ?? 'warm', {
        lines,
        get: (id) => clips.get(id),
      });
      scheduleWindow(graph, plan, 0, 0, Infinity);
    },
    plan.durationS + RENDER_TAIL_S,
    1,
    options.sampleRate,
  );
  const buffer = rendered.get();
  if (!buffer) throw new Error('The offline render produced no audio.');
  return buffer;
}
