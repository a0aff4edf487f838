import type { MotionResult } from '../session/record';

/** The five-minute pause's words on screen: the face-down wait, pickups, stillness, the result. */
export const PAUSE_WORDS = {
  turnOver: 'Turn your phone face down to begin.',
  waiting: 'Waiting for your phone to lie face down. Take your time.',
  begin: 'Begin the still minute',
  faceDown: 'Face down. Let your hands rest.',
  pickedUp: 'That’s all right. Put it down again whenever you’re ready.',
  denied:
    'Stay may not read the motion sensors here, so the pause runs on its timer. That works just as well.',
  failed: 'Stay could not reach the motion sensors here, so the pause runs on its timer.',
  stillnessLabel: 'Stillness',
  stillNow: (percent: number) => `Still so far: ${String(percent)} %`,
  curveTitle: 'Stillness, every ten seconds',
} as const;

/** "5 minutes", "1 minute", "40 seconds": how long the person stayed, in words. */
export function stayedFor(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return s === 1 ? '1 second' : `${String(s)} seconds`;
  const min = Math.floor(s / 60);
  return min === 1 ? '1 minute' : `${String(min)} minutes`;
}

/** The done screen's sentence: how long the person stayed, then what the body did (`BODY_NOTES`). */
export function pauseDoneWords(practisedS: number, bodyNote: string): string {
  const stayed = `You stayed for ${stayedFor(practisedS)}.`;
  return bodyNote ? `${stayed} ${bodyNote}` : stayed;
}

/** A share 0..1 as a whole percent. */
export function percent(share: number): number {
  return Math.round(share * 100);
}

/** The motion facts of a pause in plain sentences, for its history page. */
export function motionFacts(motion: MotionResult): string[] {
  const facts: string[] = [];
  if (motion.firstMinute !== null) {
    facts.push(`Still for ${String(percent(motion.firstMinute))} % of the still minute.`);
  }
  if (motion.faceDownAtS !== null) {
    facts.push(`Your phone lay face down ${stayedFor(motion.faceDownAtS)} in.`);
  }
  if (motion.waitedS >= 1) {
    facts.push(`The pause waited ${stayedFor(motion.waitedS)} for the phone to be turned over.`);
  }
  if (motion.pickups === 0 && motion.faceDownAtS === null) return facts;
  facts.push(
    motion.pickups === 0
      ? 'The phone stayed down through the still minute.'
      : motion.pickups === 1
        ? 'You picked it up once in the still minute.'
        : `You picked it up ${String(motion.pickups)} times in the still minute.`,
  );
  return facts;
}

/** Text alternative for the stillness curve. */
export function curveAlt(curve: readonly number[], bucketS: number): string {
  if (curve.length === 0) return 'No stillness was measured.';
  const low = Math.min(...curve);
  const high = Math.max(...curve);
  const span = stayedFor(curve.length * bucketS);
  return `Stillness over ${span}, every ${String(bucketS)} seconds: from ${String(percent(low))} % to ${String(percent(high))} %, ending at ${String(percent(curve.at(-1) ?? 0))} %.`;
}
