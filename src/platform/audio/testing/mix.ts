/** Measures of the rendered mix, for the browser tests and `npm run bench`. */
import { phaseCues } from '../../../core/breathing/plan';
import type { SessionPlan } from '../../../core/breathing/types';
import type { PromptId } from '../../../core/content/prompts';
import type { SoundTheme } from '../../../core/settings/settings';
import { ClipBank } from '../clip-bank';
import { duckSpans } from '../duck';
import { renderSessionAudio } from '../render-offline';
import { THEMES } from '../theme';
import { voiceLines } from '../voice-lines';
import { kWeighted, spanLoudness } from './loudness';
import { type ChangeDip, dipsAtChanges } from './signal';

/**
 * The plan's first `untilS` seconds: the cues that start before then, ending with the last of
 * them. For tests that need every kind of moment, not every repeat of it.
 */
export function planOpening(plan: SessionPlan, untilS: number): SessionPlan {
  const cues = plan.cues.filter((cue) => cue.atS < untilS && cue.kind !== 'end');
  const durationS = Math.max(...cues.map((cue) => cue.atS + cue.durationS));
  return { ...plan, cues, durationS, breathingEndS: Math.min(plan.breathingEndS, durationS) };
}

/** Every plan time where one sounding phase hands straight over to the next. */
export function phaseChanges(plan: SessionPlan): number[] {
  const phases = phaseCues(plan).filter((c) => c.kind !== 'settle');
  return phases
    .slice(1)
    .filter((cue, i) => {
      const before = phases[i];
      return before !== undefined && Math.abs(before.atS + before.durationS - cue.atS) < 1e-6;
    })
    .map((cue) => cue.atS);
}

/** The breath sound alone, rendered, and its dip (dB) at every phase change. */
export async function breathDips(
  plan: SessionPlan,
  theme: SoundTheme,
  sampleRate: number,
): Promise<ChangeDip[]> {
  const bed = await renderSessionAudio(plan, { sampleRate, theme, stems: ['bed'] });
  return dipsAtChanges(bed.getChannelData(0), sampleRate, phaseChanges(plan));
}

/** How far (LU) one spoken line sits above the breath sound over its clip. */
export interface LineMargin {
  readonly atS: number;
  readonly id: PromptId;
  readonly marginLu: number;
  /** Whether the plan ducks the breath sound under it (elsewhere the bed is quiet anyway). */
  readonly ducked: boolean;
}

/**
 * Renders the breath sound and the voice apart (the bed ducked as in the full mix) and compares
 * their loudness over each line's clip. Lines spoken over silence (a settle) are left out.
 */
export async function voiceMargins(
  plan: SessionPlan,
  theme: SoundTheme,
  sampleRate: number,
  clipsUrl: string,
): Promise<LineMargin[]> {
  const options = { sampleRate, voice: true, voiceBaseUrl: clipsUrl, theme } as const;
  const [bed, voice] = await Promise.all([
    renderSessionAudio(plan, { ...options, stems: ['bed'] }),
    renderSessionAudio(plan, { ...options, stems: ['voice'] }),
  ]);
  const bedK = kWeighted(bed.getChannelData(0), sampleRate);
  const voiceK = kWeighted(voice.getChannelData(0), sampleRate);
  const bank = new ClipBank(
    (data) => new OfflineAudioContext(1, 1, sampleRate).decodeAudioData(data),
    clipsUrl,
  );
  const lines = voiceLines(plan);
  const spans = duckSpans(THEMES[theme], phaseCues(plan), lines);
  const margins: LineMargin[] = [];
  for (const line of lines) {
    const clip = await bank.load(line.id);
    const toS = line.atS + (clip?.duration ?? 0);
    const bedLufs = spanLoudness(bedK, sampleRate, line.atS, toS);
    if (bedLufs < -60) continue;
    margins.push({
      atS: line.atS,
      id: line.id,
      marginLu: spanLoudness(voiceK, sampleRate, line.atS, toS) - bedLufs,
      ducked: spans.some((span) => span.fromS <= line.atS && line.atS < span.toS),
    });
  }
  return margins;
}
