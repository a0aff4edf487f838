import type { SensorContact } from './types';

/** Plausibility limits for heart rate and beats (bpm, ms). */
export const BEAT_LIMITS = {
  minBpm: 25,
  maxBpm: 240,
  minRrMs: 300,
  maxRrMs: 2000,
  /** A beat more than this fraction away from the last accepted beat is an artefact. */
  maxRrChange: 0.2,
  /** No data (or no beats) for this long breaks the run. */
  gapMs: 5000,
  /**
   * After this many beats in a row rejected only for the 20 % rule, the last accepted beat is no
   * longer trusted as a reference: the run breaks and the next in-range beat starts a new one.
   */
  maxRejectsInRow: 5,
} as const;

/** One reading as it reaches the gate: arrival time (ms), bpm as sent, contact, RR (ms). */
export interface BeatInput {
  readonly tMs: number;
  readonly bpm: number;
  readonly contact?: SensorContact;
  readonly rrMs?: readonly number[];
}

/** An accepted beat: when it ended (ms, estimated from the arrival time) and its RR interval. */
export interface AcceptedBeat {
  readonly atMs: number;
  readonly rrMs: number;
  /** Beats share a run number only when no gap lies between them. */
  readonly run: number;
}

/** What the gate makes of one reading. */
export interface GatedReading {
  readonly tMs: number;
  /** A plausible heart rate, or null (0, out of 25–240 bpm, or contact lost). */
  readonly bpm: number | null;
  readonly contactLost: boolean;
  /** Accepted beats, oldest first. */
  readonly beats: readonly AcceptedBeat[];
  /** Beats of this reading rejected as artefacts. */
  readonly artefacts: number;
}

/** True for a heart rate that a strap on a living person can send (25–240 bpm). */
export function isPlausibleBpm(bpm: number): boolean {
  return Number.isFinite(bpm) && bpm >= BEAT_LIMITS.minBpm && bpm <= BEAT_LIMITS.maxBpm;
}

/**
 * Plausibility gate between the decoder and everything that computes on beats. Keeps the last
 * accepted beat and a run number; differences may only be taken between beats of the same run.
 */
export class BeatGate {
  private run = 0;
  private lastRrMs: number | null = null;
  private rejectsInRow = 0;
  private lastReadingMs: number | null = null;
  private lastBeatReadingMs: number | null = null;
  private totalAccepted = 0;
  private totalArtefacts = 0;

  /** Beats accepted so far. */
  get accepted(): number {
    return this.totalAccepted;
  }

  /** Beats rejected as artefacts so far. */
  get artefacts(): number {
    return this.totalArtefacts;
  }

  /** Ends the current run, e.g. after a reconnect: the next beat has no predecessor. */
  breakRun(): void {
    this.run++;
    this.lastRrMs = null;
    this.rejectsInRow = 0;
  }

  /** Gates one reading; `tMs` must not go backwards (if it does, the run breaks). */
  push(reading: BeatInput): GatedReading {
    const { tMs } = reading;
    if (this.isGap(this.lastReadingMs, tMs)) this.breakRun();
    this.lastReadingMs = tMs;

    if (reading.contact === 'lost') {
      this.breakRun();
      return { tMs, bpm: null, contactLost: true, beats: [], artefacts: 0 };
    }

    const rrIn = reading.rrMs ?? [];
    if (rrIn.length > 0) {
      if (this.isGap(this.lastBeatReadingMs, tMs)) this.breakRun();
      this.lastBeatReadingMs = tMs;
    }

    const beats: AcceptedBeat[] = [];
    let artefacts = 0;
    const ends = beatEnds(tMs, rrIn);
    rrIn.forEach((rr, i) => {
      if (this.accept(rr)) beats.push({ atMs: ends[i] ?? tMs, rrMs: rr, run: this.run });
      else artefacts++;
    });
    this.totalAccepted += beats.length;
    this.totalArtefacts += artefacts;

    const bpm = isPlausibleBpm(reading.bpm) ? reading.bpm : null;
    return { tMs, bpm, contactLost: false, beats, artefacts };
  }

  private isGap(sinceMs: number | null, tMs: number): boolean {
    return sinceMs !== null && (tMs - sinceMs > BEAT_LIMITS.gapMs || tMs < sinceMs);
  }

  private accept(rr: number): boolean {
    if (!(rr >= BEAT_LIMITS.minRrMs && rr <= BEAT_LIMITS.maxRrMs)) return false;
    const last = this.lastRrMs;
    if (last !== null && Math.abs(rr - last) > BEAT_LIMITS.maxRrChange * last) {
      if (++this.rejectsInRow < BEAT_LIMITS.maxRejectsInRow) return false;
      this.breakRun();
    }
    this.lastRrMs = rr;
    this.rejectsInRow = 0;
    return true;
  }
}

/** When each beat of a reading ended: the last one at arrival, earlier ones back by their RR. */
function beatEnds(tMs: number, rrMs: readonly number[]): number[] {
  const ends: number[] = [];
  let endMs = tMs;
  for (let i = rrMs.length - 1; i >= 0; i--) {
    ends[i] = endMs;
    endMs -= rrMs[i] ?? 0;
  }
  return ends;
}

/** A continuous beat sequence split into clean runs by the same rules, with artefacts counted. */
export function cleanRuns(rrMs: readonly number[]): { runs: number[][]; artefacts: number } {
  const gate = new BeatGate();
  const runs: number[][] = [];
  let tMs = 0;
  let current = -1;
  for (const rr of rrMs) {
    tMs += rr;
    for (const beat of gate.push({ tMs, bpm: 60000 / rr, rrMs: [rr] }).beats) {
      if (beat.run !== current) {
        runs.push([]);
        current = beat.run;
      }
      runs[runs.length - 1]?.push(beat.rrMs);
    }
  }
  return { runs, artefacts: gate.artefacts };
}
