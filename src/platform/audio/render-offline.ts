import { isPhaseCue, phaseCues } from '../../core/breathing/plan';
import type { SessionPlan } from '../../core/breathing/types';
import type { PromptId } from '../../core/content/prompts';
import type { SoundTheme } from '../../core/settings/settings';
import { ClipBank, VOICE_BASE_URL } from './clip-bank';
import { duckSpans, scheduleDucks } from './duck';
import { ALL_STEMS, createCueGraph, scheduleWindow, type Stem } from './schedule';
import { THEMES } from './theme';
import { loadTone, quietDefaultContext } from './tone-loader';
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
  /** Seconds per rendered chunk (and streamed segment); a minute by default. */
  readonly chunkS?: number;
  /** Lines left out of the render (spoken live when their moment comes); they still duck the bed. */
  readonly skipLines?: readonly PromptId[];
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
  const length = renderLength(plan, sampleRate);
  const result = new AudioBuffer({ length, sampleRate, numberOfChannels: 1 });
  const mix = result.getChannelData(0);
  for await (const segment of renderSegments(plan, options))
    mix.set(segment.samples, segment.offset);
  return result;
}

/** Frames of a plan's render at `sampleRate`: its length and the tail. */
export function renderLength(plan: SessionPlan, sampleRate: number): number {
  return Math.round((plan.durationS + RENDER_TAIL_S) * sampleRate);
}

/** One finished stretch of a render: `samples` start at frame `offset` of the whole. */
export interface RenderedSegment {
  readonly index: number;
  readonly offset: number;
  readonly samples: Float32Array;
}

/**
 * Render a plan a segment at a time, in order: segment k holds frames [k, k + 1) × `chunkS`
 * seconds of the whole render (the last one shorter). Each segment is exactly those frames of
 * `renderSessionAudio` (the same chunks, summed in the same order), so segments played back to back
 * have no seam. A segment is held only until no later chunk can reach it: the chunk after it begins
 * (a phase longer than a chunk keeps the segments it rings into).
 */
export async function* renderSegments(
  plan: SessionPlan,
  options: RenderOptions,
  signal?: AbortSignal,
): AsyncGenerator<RenderedSegment> {
  const { sampleRate } = options;
  const chunkS = options.chunkS ?? CHUNK_S;
  const Tone = await loadTone();
  quietDefaultContext(Tone);
  const lines = options.voice
    ? voiceLines(plan).filter((l) => !options.skipLines?.includes(l.id))
    : [];
  const clips = new ClipBank(
    (data) => new OfflineAudioContext(1, 1, sampleRate).decodeAudioData(data),
    options.voiceBaseUrl ?? VOICE_BASE_URL,
  );
  await clips.loadAll(lineIds(lines));

  const theme = options.theme ?? 'warm';
  // Lines left out of the render (spoken live) still duck the breath sound under them.
  const duckLines = options.voice ? voiceLines(plan) : [];
  const ducks = duckSpans(THEMES[theme], phaseCues(plan), duckLines);
  const length = renderLength(plan, sampleRate);
  const segmentFrames = Math.round(chunkS * sampleRate);
  const segmentCount = Math.ceil(length / segmentFrames);
  // Segments still receiving sound, by index; each is summed in chunk order, as one render would.
  const open = new Map<number, Float32Array>();
  const segment = (index: number) => {
    let samples = open.get(index);
    if (!samples) {
      samples = new Float32Array(Math.min(segmentFrames, length - index * segmentFrames));
      open.set(index, samples);
    }
    return samples;
  };
  // Each chunk's context begins a little before its first cue, so a voice that starts early to
  // join the one before it in phase (the breath sound's) can start on time.
  const leadFrames = Math.ceil(CHUNK_LEAD_S * sampleRate);
  const leadS = leadFrames / sampleRate;
  let emitted = 0;
  for (let k = 0; k < segmentCount; k++) {
    if (signal?.aborted) return;
    const fromS = k * chunkS;
    const toS = fromS + chunkS;
    const offset = k * segmentFrames - leadFrames;
    const extentS = fromS < plan.durationS ? chunkExtentS(plan, lines, clips, fromS, toS) : null;
    if (extentS !== null) {
      const renderS = Math.min(extentS - fromS + leadS, (length - offset) / sampleRate);
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
        renderS,
        1,
        sampleRate,
      );
      const chunk = rendered.getChannelData(0);
      const end = Math.min(chunk.length, length - offset);
      for (let i = Math.max(0, -offset); i < end;) {
        const at = offset + i;
        const index = Math.floor(at / segmentFrames);
        const into = segment(index);
        const base = index * segmentFrames;
        const stop = Math.min(end, base + into.length - offset);
        for (; i < stop; i++)
          into[offset + i - base] = (into[offset + i - base] ?? 0) + (chunk[i] ?? 0);
      }
    }
    // No later chunk reaches before the next one's lead: every segment before it is complete.
    const doneBefore =
      k + 1 < segmentCount
        ? Math.floor(((k + 1) * segmentFrames - leadFrames) / segmentFrames)
        : segmentCount;
    for (; emitted < doneBefore; emitted++) {
      const samples = segment(emitted);
      open.delete(emitted);
      yield { index: emitted, offset: emitted * segmentFrames, samples };
    }
  }
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
