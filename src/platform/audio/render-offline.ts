import { isPhaseCue, phaseCues } from '../../core/breathing/plan';
import type { SessionPlan } from '../../core/breathing/types';
import type { SoundTheme } from '../../core/settings/settings';
import { ClipBank, VOICE_BASE_URL } from './clip-bank';
import { duckSpans, scheduleDucks } from './duck';
import { ALL_STEMS, createCueGraph, scheduleWindow, type Stem } from './schedule';
import { THEMES } from './theme';
import { loadTone } from './tone-loader';
import { lineIds, voiceLines, type VoiceLine } from './voice-lines';

/** Seconds rendered after `plan.durationS`, so the last sound can ring out. */
export const RENDER_TAIL_S = 1;
/**
 * Cues are rendered a minute at a time and the chunks summed. Every node connected to an offline
 * context is visited on every render quantum until it ends, so one context holding a whole
 * 30-minute practice renders in quadratic time; chunks keep it linear. The sounds are independent
 * voices (the drone's stay in phase across chunks), so the sum equals a single render.
 */
const CHUNK_S = 60;
/** Seconds each chunk starts before its first plan time (at least one period of the breath sound). */
const CHUNK_LEAD_S = 0.05;
/** Seconds a sound may ring past the end of its cue (drone fade, chime, pluck decay). */
const RING_S = 6;

/** Options of an offline render; `voice` adds the recorded clips (default false). */
export interface RenderOptions {
  /** Hz. */
  readonly sampleRate: number;
  readonly voice?: boolean;
  readonly theme?: SoundTheme;
  /** Where the clips are served; defaults to VOICE_BASE_URL. */
  readonly voiceBaseUrl?: string;
  /** The drone's root (Hz); the theme's C3 when absent. */
  readonly droneHz?: number;
  /** The parts of the mix to render (all by default): one alone is how the mix is measured. */
  readonly stems?: readonly Stem[];
}

/**
 * Render a whole plan to a mono AudioBuffer of `plan.durationS + RENDER_TAIL_S` seconds through
 * Tone.Offline, with the same scheduling code as live playback (cue at t = its `atS`).
 */
export async function renderSessionAudio(
  plan: SessionPlan,
  options: RenderOptions,
): Promise<AudioBuffer> {
  const { sampleRate } = options;
  const Tone = await loadTone();
  const lines = options.voice ? voiceLines(plan) : [];
  const clips = new ClipBank(
    (data) => new OfflineAudioContext(1, 1, sampleRate).decodeAudioData(data),
    options.voiceBaseUrl ?? VOICE_BASE_URL,
  );
  await clips.loadAll(lineIds(lines));

  const theme = options.theme ?? 'warm';
  const ducks = duckSpans(THEMES[theme], phaseCues(plan), lines);
  const length = Math.round((plan.durationS + RENDER_TAIL_S) * sampleRate);
  const result = new AudioBuffer({ length, sampleRate, numberOfChannels: 1 });
  const mix = result.getChannelData(0);
  // Each chunk's context begins a little before its first cue, so a voice that starts early to
  // join the one before it in phase (the breath sound's) can start on time.
  const leadFrames = Math.ceil(CHUNK_LEAD_S * sampleRate);
  const leadS = leadFrames / sampleRate;
  for (let fromS = 0; fromS < plan.durationS; fromS += CHUNK_S) {
    const toS = fromS + CHUNK_S;
    const offset = Math.round(fromS * sampleRate) - leadFrames;
    const extentS = chunkExtentS(plan, lines, clips, fromS, toS);
    if (extentS === null) continue;
    const chunkS = Math.min(extentS - fromS + leadS, (length - offset) / sampleRate);
    const rendered = await Tone.Offline(
      (context) => {
        const master = context.createGain();
        Tone.connect(master, context.destination);
        const graph = createCueGraph(
          context,
          master,
          theme,
          { lines, get: (id) => clips.get(id) },
          options.droneHz,
          options.stems ?? ALL_STEMS,
        );
        // Plan time `fromS` is this chunk's time leadS.
        scheduleWindow(graph, plan, leadS - fromS, fromS, toS);
        // The breath sound this chunk plays, ducked under every line it reaches.
        scheduleDucks(graph.bedOut.gain, ducks, leadS - fromS, fromS - leadS, extentS);
      },
      chunkS,
      1,
      sampleRate,
    );
    const chunk = rendered.getChannelData(0);
    const end = Math.min(chunk.length, length - offset);
    for (let i = Math.max(0, -offset); i < end; i++) {
      mix[offset + i] = (mix[offset + i] ?? 0) + (chunk[i] ?? 0);
    }
  }
  return result;
}

/** Plan time (s) by which every sound starting in [fromS, toS) has died away; null when none starts. */
function chunkExtentS(
  plan: SessionPlan,
  lines: readonly VoiceLine[],
  clips: ClipBank,
  fromS: number,
  toS: number,
): number | null {
  let extentS: number | null = null;
  const reach = (endS: number) => {
    extentS = Math.max(extentS ?? 0, endS + RING_S);
  };
  for (const cue of plan.cues) {
    if (cue.atS >= fromS && cue.atS < toS && (isPhaseCue(cue) || cue.kind === 'end')) {
      reach(cue.atS + cue.durationS);
    }
  }
  for (const line of lines) {
    if (line.atS >= fromS && line.atS < toS) reach(line.atS + (clips.get(line.id)?.duration ?? 0));
  }
  return extentS;
}
