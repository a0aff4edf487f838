import { PROMPT_SECONDS } from '../content/prompt-seconds';
import { breathS, lerpPattern, roundMs, validatePattern } from './pattern';
import type {
  CompileOptions,
  Cue,
  PhaseCue,
  PhaseKind,
  PhaseState,
  Practice,
  PromptCue,
  SessionPlan,
} from './types';

/** Seconds the closing sound is given after the last exhale. */
export const END_SOUND_S = 3;
/** Gap between the end sound and the first closing line, and between closing lines. */
const CLOSING_GAP_S = 1.2;
/** Lung fill reached by the first inhale when a top-up follows. */
const TOP_UP_FROM = 0.75;
const MAX_BREATHS = 10_000;

/** Compile a practice into a plan counted in whole breaths, ending on a completed exhale. */
export function compileSession(practice: Practice, options: CompileOptions = {}): SessionPlan {
  const first = validatePattern({ ...practice.pattern, ...options.pattern });
  const last =
    options.pattern || !practice.progressTo ? first : validatePattern(practice.progressTo);
  const settleS = roundMs(options.settleS ?? practice.settle?.durationS ?? 0);
  if (!Number.isFinite(settleS) || settleS < 0) throw new RangeError('settleS must be 0 or more');
  const breathCount = countBreaths(
    practice,
    options,
    settleS,
    (breathS(first) + breathS(last)) / 2,
  );

  const phases: PhaseCue[] = [];
  let atS = 0;
  const add = (
    kind: PhaseKind,
    durationS: number,
    breathIndex: number,
    from: number,
    to: number,
  ) => {
    if (durationS <= 0) return;
    phases.push({ kind, atS, durationS, breathIndex, fromLevel: from, toLevel: to });
    atS = roundMs(atS + durationS);
  };
  add('settle', settleS, -1, 0, 0);
  for (let i = 0; i < breathCount; i++) {
    const p = lerpPattern(first, last, breathCount > 1 ? i / (breathCount - 1) : 0);
    const full = p.topUpS > 0 ? TOP_UP_FROM : 1;
    add('inhale', p.inhaleS, i, 0, full);
    add('top-up', p.topUpS, i, full, 1);
    add('hold', p.holdInS, i, 1, 1);
    add(practice.hum ? 'hum' : 'exhale', p.exhaleS, i, 1, 0);
    if (i < breathCount - 1) add('hold', p.holdOutS, i, 0, 0);
  }
  const breathingEndS = atS;

  const prompts: PromptCue[] = [];
  const settlePrompts = options.settleS === 0 ? [] : (practice.settle?.prompts ?? []);
  for (const spec of settlePrompts) {
    if (spec.atS < settleS) prompts.push(promptCue(spec.id, spec.atS));
  }
  for (const spec of practice.prompts) {
    const exhale = phases.find(
      (c) => (c.kind === 'exhale' || c.kind === 'hum') && c.atS >= spec.atS,
    );
    if (exhale) prompts.push(promptCue(spec.id, exhale.atS));
  }
  let closingAtS = roundMs(breathingEndS + CLOSING_GAP_S);
  for (const id of practice.closing) {
    const cue = promptCue(id, closingAtS);
    prompts.push(cue);
    closingAtS = roundMs(cue.atS + cue.durationS + CLOSING_GAP_S);
  }

  const gateS = practice.settle?.faceDownGateS ?? Infinity;
  const end: Cue = { kind: 'end', atS: breathingEndS, durationS: END_SOUND_S };
  const cues = [...phases, ...prompts, end].sort(byTimeThenKind);
  const durationS = roundMs(Math.max(...cues.map((c) => c.atS + c.durationS)));
  return {
    practiceId: practice.id,
    practiceName: practice.name,
    durationS,
    breathingEndS,
    breathCount,
    hum: practice.hum,
    drone: practice.drone,
    asksClosingQuestion: practice.asksClosingQuestion,
    ...(gateS < settleS && { faceDownGateS: gateS }),
    cues,
  };
}

function countBreaths(
  practice: Practice,
  options: CompileOptions,
  settleS: number,
  meanBreathS: number,
): number {
  let count: number;
  if (options.breaths !== undefined) count = options.breaths;
  else if (options.minutes !== undefined)
    count = breathsForMinutes(options.minutes, settleS, meanBreathS);
  else if (practice.length.unit === 'breaths') count = practice.length.count;
  else count = breathsForMinutes(practice.length.count, settleS, meanBreathS);
  if (!Number.isInteger(count) || count < 1 || count > MAX_BREATHS) {
    throw new RangeError(
      `A session needs between 1 and ${String(MAX_BREATHS)} whole breaths, not ${String(count)}`,
    );
  }
  return count;
}

function breathsForMinutes(minutes: number, settleS: number, meanBreathS: number): number {
  if (!Number.isFinite(minutes) || minutes <= 0)
    throw new RangeError(`minutes must be above 0, not ${String(minutes)}`);
  return Math.max(1, Math.round((minutes * 60 - settleS) / meanBreathS));
}

function promptCue(promptId: PromptCue['promptId'], atS: number): PromptCue {
  return { kind: 'prompt', atS: roundMs(atS), durationS: PROMPT_SECONDS[promptId], promptId };
}

const KIND_ORDER: Record<Cue['kind'], number> = {
  settle: 0,
  inhale: 0,
  'top-up': 0,
  hold: 0,
  exhale: 0,
  hum: 0,
  prompt: 1,
  end: 2,
};

function byTimeThenKind(a: Cue, b: Cue): number {
  return a.atS - b.atS || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/** True for the cues that tile the breathing timeline. */
export function isPhaseCue(cue: Cue): cue is PhaseCue {
  return cue.kind !== 'prompt' && cue.kind !== 'end';
}

const phaseCache = new WeakMap<SessionPlan, readonly PhaseCue[]>();

/** The plan's phase cues in order (cached per plan). */
export function phaseCues(plan: SessionPlan): readonly PhaseCue[] {
  let phases = phaseCache.get(plan);
  if (!phases) {
    phases = plan.cues.filter(isPhaseCue);
    phaseCache.set(plan, phases);
  }
  return phases;
}

/** Where the session is at `tS` seconds from its start: the one source of truth for UI, haptics and recording. */
export function phaseAt(plan: SessionPlan, tS: number): PhaseState {
  const phases = phaseCues(plan);
  const first = phases[0];
  if (!first || tS < 0) {
    return idle('before', plan, first ? { kind: first.kind, atS: first.atS } : null, -1, 0);
  }
  if (tS >= plan.breathingEndS) return idle('done', plan, null, plan.breathCount, 0);
  let lo = 0;
  let hi = phases.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((phases[mid] as PhaseCue).atS <= tS) lo = mid;
    else hi = mid - 1;
  }
  const cue = phases[lo] as PhaseCue;
  const progress = Math.min(1, Math.max(0, (tS - cue.atS) / cue.durationS));
  const following = phases[lo + 1];
  return {
    phase: cue.kind,
    cue,
    progress,
    remainingS: Math.max(0, cue.atS + cue.durationS - tS),
    breathIndex: cue.breathIndex,
    breathCount: plan.breathCount,
    level: cue.fromLevel + (cue.toLevel - cue.fromLevel) * progress,
    next: following
      ? { kind: following.kind, atS: following.atS }
      : { kind: 'end', atS: plan.breathingEndS },
  };
}

function idle(
  phase: 'before' | 'done',
  plan: SessionPlan,
  next: PhaseState['next'],
  breathIndex: number,
  level: number,
): PhaseState {
  return {
    phase,
    cue: null,
    progress: 0,
    remainingS: 0,
    breathIndex,
    breathCount: plan.breathCount,
    level,
    next,
  };
}

/** Exhales (or hums) finished by plan time `tS`. */
export function breathsDoneBy(plan: SessionPlan, tS: number): number {
  return phaseCues(plan).filter(
    (c) => (c.kind === 'exhale' || c.kind === 'hum') && c.atS + c.durationS <= tS,
  ).length;
}
