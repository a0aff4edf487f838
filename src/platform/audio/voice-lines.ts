import type { Cue, PhaseKind, SessionPlan } from '../../core/breathing/types';
import type { PromptId } from '../../core/content/prompts';

/** One spoken line at `atS` seconds into the plan. */
export interface VoiceLine {
  readonly atS: number;
  readonly id: PromptId;
}

/** Breaths (from the first) that get a spoken phase word. */
const PHASE_WORD_BREATHS = 2;

const PHASE_WORDS: Partial<Record<PhaseKind, PromptId>> = {
  inhale: 'phase-inhale',
  'top-up': 'phase-top-up',
  hold: 'phase-hold',
  exhale: 'phase-exhale',
  hum: 'phase-hum',
};

/**
 * The plan's spoken lines, by time: every prompt cue, plus a short phase word on the phases of the
 * first two breaths when `phaseWords` is on, except where a prompt is speaking or starts in that phase.
 */
export function voiceLines(plan: SessionPlan, phaseWords = true): VoiceLine[] {
  const prompts = plan.cues.filter((c) => c.kind === 'prompt');
  const lines: VoiceLine[] = prompts.map((c) => ({ atS: c.atS, id: c.promptId }));
  if (phaseWords) {
    for (const cue of plan.cues) {
      if (cue.kind === 'prompt' || cue.kind === 'end' || cue.breathIndex >= PHASE_WORD_BREATHS)
        continue;
      const word = PHASE_WORDS[cue.kind];
      if (word && !prompts.some((p) => overlaps(p, cue))) lines.push({ atS: cue.atS, id: word });
    }
  }
  return lines.sort((a, b) => a.atS - b.atS);
}

function overlaps(prompt: Cue, phase: Cue): boolean {
  const startsInside = prompt.atS >= phase.atS && prompt.atS < phase.atS + phase.durationS;
  const stillSpeaking = prompt.atS < phase.atS && prompt.atS + prompt.durationS > phase.atS;
  return startsInside || stillSpeaking;
}

/** The distinct clip ids the lines need, in the order they are first spoken. */
export function lineIds(lines: readonly VoiceLine[]): PromptId[] {
  return [...new Set(lines.map((l) => l.id))];
}
