import type { PromptId } from '../content/prompts';

export type { PromptId };

/** A breathing pattern in seconds; `topUpS` adds a short second inhale (the cyclic sigh). */
export interface Pattern {
  readonly inhaleS: number;
  /** Second, shorter inhale straight after the first; 0 for none. */
  readonly topUpS: number;
  /** Hold with full lungs. */
  readonly holdInS: number;
  readonly exhaleS: number;
  /** Hold with empty lungs. */
  readonly holdOutS: number;
}

/** The ids of the built-in practices. */
export type PracticeId =
  | 'five-breaths'
  | 'five-minute-pause'
  | 'hum-reset'
  | 'cyclic-sigh'
  | 'resonance'
  | 'box'
  | '4-7-8';

/** How long a practice lasts by default: whole breaths, or minutes rounded to whole breaths. */
export type PracticeLength =
  | { readonly unit: 'breaths'; readonly count: number }
  | { readonly unit: 'minutes'; readonly count: number };

/** A spoken line, placed at an offset into the session (snapped onto a breath when breathing). */
export interface PromptSpec {
  readonly id: PromptId;
  /** Seconds from the start of the session. */
  readonly atS: number;
}

/** One practice as data. */
export interface Practice {
  /** A built-in id, or `custom:<slug>` for the person's own patterns. */
  readonly id: PracticeId | `custom:${string}`;
  readonly name: string;
  readonly summary: string;
  readonly pattern: Pattern;
  /** When present, each breath moves linearly from `pattern` (first) to this (last). */
  readonly progressTo?: Pattern;
  readonly length: PracticeLength;
  /** Allowed length range in the practice's unit. */
  readonly lengthRange: { readonly min: number; readonly max: number };
  /** Exhales are hummed. */
  readonly hum: boolean;
  /** A drone to hum along with. */
  readonly drone: boolean;
  /**
   * A still phase before breathing starts, with what is said in it. `faceDownGateS`: where, in the
   * settle, the practice may wait for the phone to be turned face down (the five-minute pause).
   */
  readonly settle?: {
    readonly durationS: number;
    readonly prompts: readonly PromptSpec[];
    readonly faceDownGateS?: number;
  };
  /** Lines spoken during breathing, each snapped to the next exhale at or after its time. */
  readonly prompts: readonly PromptSpec[];
  /** Lines spoken after the last exhale, in order. */
  readonly closing: readonly PromptId[];
  /** The five-breaths question is asked on screen at the end. */
  readonly asksClosingQuestion: boolean;
}

/** Options that change a practice's length and timings. */
export interface CompileOptions {
  readonly breaths?: number;
  readonly minutes?: number;
  readonly pattern?: Partial<Pattern>;
  /** Override the settle phase length (0 removes it). */
  readonly settleS?: number;
}

/** What the body does during a phase. `settle` is free breathing before the pattern starts. */
export type PhaseKind = 'settle' | 'inhale' | 'top-up' | 'hold' | 'exhale' | 'hum';

/** A phase of the breathing timeline. Phases tile the timeline without gaps. */
export interface PhaseCue {
  readonly kind: PhaseKind;
  readonly atS: number;
  readonly durationS: number;
  /** 0-based breath this phase belongs to; -1 for settle. */
  readonly breathIndex: number;
  /** Lung fill at the start and end of the phase, 0 (empty) to 1 (full). */
  readonly fromLevel: number;
  readonly toLevel: number;
}

/** A spoken line. Overlays phases; `durationS` is the time reserved for it. */
export interface PromptCue {
  readonly kind: 'prompt';
  readonly atS: number;
  readonly durationS: number;
  readonly promptId: PromptId;
}

/** The practice is over: the closing sound plays here. */
export interface EndCue {
  readonly kind: 'end';
  readonly atS: number;
  readonly durationS: number;
}

export type Cue = PhaseCue | PromptCue | EndCue;
export type CueKind = Cue['kind'];

/** A compiled session: everything that happens, in seconds from its start. */
export interface SessionPlan {
  readonly practiceId: Practice['id'];
  readonly practiceName: string;
  /** Seconds from the start to the end of the last cue. */
  readonly durationS: number;
  /** When the last exhale completes (the `end` cue). */
  readonly breathingEndS: number;
  readonly breathCount: number;
  readonly hum: boolean;
  readonly drone: boolean;
  readonly asksClosingQuestion: boolean;
  /**
   * Plan time (s) where the coach may hold until the phone lies face down; the still minute runs
   * from here to the end of the settle. Absent for practices without one.
   */
  readonly faceDownGateS?: number;
  /** Sorted by `atS`; among equal times, phases before prompts before the end. */
  readonly cues: readonly Cue[];
}

/** Where a session is at one moment. */
export interface PhaseState {
  /** `before` until 0 s, `done` after the last exhale. */
  readonly phase: PhaseKind | 'before' | 'done';
  /** The phase cue in force, or null before and after. */
  readonly cue: PhaseCue | null;
  /** 0..1 through the current phase. */
  readonly progress: number;
  readonly remainingS: number;
  /** 0-based breath; -1 before the first inhale, `breathCount` when done. */
  readonly breathIndex: number;
  readonly breathCount: number;
  /** Lung fill 0..1 at this moment (linear within the phase). */
  readonly level: number;
  readonly next: { readonly kind: PhaseKind | 'end'; readonly atS: number } | null;
}
