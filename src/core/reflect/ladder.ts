import { MAX_TEXT, type JournalEntry, type LadderRung, type SmallWin } from './records';

/** A needs-ladder try, as the journal keeps it. */
export type LadderTry = Extract<JournalEntry, { readonly kind: 'ladder' }>;

/** Tries in a row on one rung before Stay mentions staying or one step up. */
export const TRIES_BEFORE_NUDGE = 3;

/** The longest stay a try may record, in seconds (a day). */
export const MAX_STAYED_S = 24 * 60 * 60;

/** The rungs, lowest first. */
export const LADDER_RUNGS: readonly LadderRung[] = [1, 2, 3, 4];

/** True for 1, 2, 3 or 4. */
export function isRung(value: unknown): value is LadderRung {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/** One rung up, or null at the top: the ladder never moves more than one rung at a time. */
export function stepUp(rung: LadderRung): LadderRung | null {
  const up = rung + 1;
  return isRung(up) ? up : null;
}

/** One rung down, or null at the bottom. */
export function stepDown(rung: LadderRung): LadderRung | null {
  const down = rung - 1;
  return isRung(down) ? down : null;
}

/** The ladder tries among journal entries, newest first (by createdAt, then id). */
export function ladderTries(entries: readonly JournalEntry[]): LadderTry[] {
  return entries
    .filter((e): e is LadderTry => e.kind === 'ladder')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** The rung the person is on: that of their newest try; null before any try. */
export function currentRung(triesNewestFirst: readonly LadderTry[]): LadderRung | null {
  return triesNewestFirst[0]?.rung ?? null;
}

/** How many tries in a row, from the newest back, sit on the newest try's rung. */
export function triesOnRung(triesNewestFirst: readonly LadderTry[]): number {
  const rung = currentRung(triesNewestFirst);
  let count = 0;
  while (count < triesNewestFirst.length && triesNewestFirst[count]?.rung === rung) count++;
  return count;
}

/** What Stay may gently say about the pace: nothing yet, or "stay, or one step up" (up is null at the top). */
export type LadderNudge =
  | { readonly kind: 'none' }
  | { readonly kind: 'stay-or-step'; readonly rung: LadderRung; readonly up: LadderRung | null };

/** After TRIES_BEFORE_NUDGE tries in a row on one rung: stay, or one rung up; never more. */
export function ladderNudge(triesNewestFirst: readonly LadderTry[]): LadderNudge {
  const rung = currentRung(triesNewestFirst);
  if (rung === null || triesOnRung(triesNewestFirst) < TRIES_BEFORE_NUDGE) return { kind: 'none' };
  return { kind: 'stay-or-step', rung, up: stepUp(rung) };
}

/** What a person fills in for a try. */
export interface LadderTryInput {
  readonly rung: LadderRung;
  readonly ask: string;
  readonly outcome: string;
  /** How long they stayed with the feeling, in seconds; null when not said. */
  readonly stayedS: number | null;
}

/** Why a try cannot be kept as written; null when it can. */
export function tryProblem(input: LadderTryInput): 'ask-missing' | 'too-long' | 'stayed' | null {
  if (input.ask.trim() === '') return 'ask-missing';
  if (input.ask.length > MAX_TEXT || input.outcome.length > MAX_TEXT) return 'too-long';
  const s = input.stayedS;
  if (s !== null && !(Number.isFinite(s) && s >= 0 && s <= MAX_STAYED_S)) return 'stayed';
  return null;
}

/**
 * Minutes as typed ("5", "2.5", "2,5", "") in seconds: null when left empty, NaN when not a number
 * of minutes from 0 to a day.
 */
export function stayedSecondsFrom(minutesText: string): number | null {
  const text = minutesText.trim().replace(',', '.');
  if (text === '') return null;
  const minutes = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  const seconds = Math.round(minutes * 60);
  return seconds <= MAX_STAYED_S ? seconds : NaN;
}

/** Whole minutes (or a decimal) for a stay in seconds, as the minutes field shows it; "" for null. */
export function stayedMinutesText(stayedS: number | null): string {
  if (stayedS === null) return '';
  return String(Math.round((stayedS / 60) * 100) / 100);
}

/**
 * A try and its small win. The win shares the try's id (they live in different stores), so editing
 * or deleting the try finds its win; `existing` keeps createdAt when a try is edited.
 */
export function ladderTry(
  input: LadderTryInput,
  ids: { readonly id: string; readonly nowIso: string; readonly sessionId: string | null },
  existing: LadderTry | null = null,
): { readonly entry: LadderTry; readonly win: SmallWin } {
  const createdAt = existing?.createdAt ?? ids.nowIso;
  const sessionId = existing ? existing.sessionId : ids.sessionId;
  const entry: LadderTry = {
    kind: 'ladder',
    id: existing?.id ?? ids.id,
    createdAt,
    updatedAt: ids.nowIso,
    sessionId,
    rung: input.rung,
    ask: input.ask.trim(),
    outcome: input.outcome.trim(),
  };
  const win: SmallWin = {
    id: entry.id,
    at: createdAt,
    kind: 'ladder',
    stayedS: input.stayedS,
    sessionId,
    note: entry.ask,
  };
  return { entry, win };
}
