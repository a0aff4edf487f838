import type { PauseLive } from '../../app/pause/pause-monitor';
import type { SessionPlan } from '../../core/breathing/types';
import { pauseDoneWords } from '../../core/content/pause';

/** The done screen's pause line for `plan` (how long the person stayed, what the body did); '' otherwise. */
export function pauseDone(plan: SessionPlan, live: PauseLive | null): string {
  const result = live?.result;
  if (plan.faceDownGateS === undefined || !result) return '';
  return pauseDoneWords(result.practisedS, result.note);
}
