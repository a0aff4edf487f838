import { BEAT_LIMITS, BeatGate, isPlausibleBpm, type AcceptedBeat } from './beats';
import { median } from './median';
import type { SensorContact, UrgeReading } from './types';
import { URGE_TUNING } from './urge-tuning';

export type { UrgeReading } from './types';
export { URGE_TUNING } from './urge-tuning';

/** Why the signal is poor: the meter greys out and says this. */
export type UrgeSignalProblem = 'no-contact' | 'no-data' | 'no-heart-rate' | 'artefacts';

/** The contract reading plus what the screen needs to explain it. */
export interface UrgeMeterReading extends UrgeReading {
  /** Why quality is (or, before a baseline, would be) poor; null when the signal is fine. */
  readonly reason: UrgeSignalProblem | null;
  /** Share of the baseline minute collected so far, 0–1 (1 once a baseline exists). */
  readonly baselineProgress: number;
  /** Current heart rate (median over the HR window of plausible values), or null. */
  readonly bpm: number | null;
}

/** One strap sample: time (ms, caller's clock), bpm as sent, RR (ms) and contact if known. */
export interface UrgeSample {
  readonly tMs: number;
  readonly bpm: number;
  readonly rrMs?: readonly number[];
  /** `'lost'` makes the sample unusable; absent means the strap does not say. */
  readonly contact?: SensorContact;
}

/** Options for `new UrgeMeter()`; all optional. */
export interface UrgeMeterOptions {
  /** The person's usual resting heart rate from history; replaces the first-minute baseline. */
  readonly restingBpm?: number;
  /** The person's usual resting ln(RMSSD in ms); otherwise taken from the first minute. */
  readonly restingLnRmssd?: number;
  /** Share of the HRV part in the level, 0–1 (default 0.4); lower it for slow or humming practices. */
  readonly hrvWeight?: number;
  /**
   * Heart rate is the median over this trailing window (ms, default 10 s). Make it at least one
   * breath of the practice, or the swing of heart rate within each breath shows as arousal.
   */
  readonly hrWindowMs?: number;
}

const T = URGE_TUNING;

interface Timed {
  readonly tMs: number;
}

/**
 * The urge-to-flee meter: arousal above the person's own resting level, from heart rate and, when
 * clean RR intervals arrive, the drop in lnRMSSD. Pure: time comes only from sample timestamps
 * (`read(nowMs)` to notice silence). Samples older than the last one are ignored. Call `markGap()`
 * on a reconnect so no beat difference spans it.
 */
export class UrgeMeter {
  private readonly gate = new BeatGate();
  private hrvWeight: number;
  private readonly hrWindowMs: number;
  private baselineBpm: number | null;
  private baselineLnRmssd: number | null;

  private lastSampleMs: number | null = null;
  private contactLost = false;
  private bpmValid = false;
  private recentBpm: (Timed & { bpm: number })[] = [];
  private beatCounts: (Timed & { accepted: number; rejected: number })[] = [];
  private diffs: (Timed & { squared: number })[] = [];
  private lastBeat: AcceptedBeat | null = null;

  private baselineBpms: number[] = [];
  private baselineLns: number[] = [];
  private usableMs = 0;
  private lastUsableMs: number | null = null;

  private level = 0;
  private levelAtMs: number | null = null;
  private high = false;
  private aboveSinceMs: number | null = null;
  private belowSinceMs: number | null = null;

  /** Throws RangeError for a resting baseline no heart could have. */
  constructor(options: UrgeMeterOptions = {}) {
    if (options.restingBpm !== undefined && !isPlausibleBpm(options.restingBpm)) {
      throw new RangeError('A resting heart rate must be between 25 and 240 bpm.');
    }
    this.baselineBpm = options.restingBpm ?? null;
    this.baselineLnRmssd = options.restingLnRmssd ?? null;
    this.hrvWeight = clamp(options.hrvWeight ?? T.hrvWeight, 0, 1);
    this.hrWindowMs = options.hrWindowMs ?? T.hrWindowMs;
  }

  /** Changes the HRV share (0–1) from now on, e.g. when a humming phase starts. */
  setHrvWeight(weight: number): void {
    this.hrvWeight = clamp(weight, 0, 1);
  }

  /** Marks a break in the beat stream (a reconnect): no RR difference is taken across it. */
  markGap(): void {
    this.gate.breakRun();
  }

  /** Feeds one sample. */
  push(sample: UrgeSample): void {
    const { tMs } = sample;
    if (this.lastSampleMs !== null && tMs < this.lastSampleMs) return;
    const gated = this.gate.push(sample);
    this.lastSampleMs = tMs;
    this.contactLost = gated.contactLost;
    this.bpmValid = gated.bpm !== null;

    this.beatCounts.push({ tMs, accepted: gated.beats.length, rejected: gated.artefacts });
    prune(this.beatCounts, tMs - T.artefactWindowMs);
    for (const beat of gated.beats) this.addBeat(beat);
    prune(this.diffs, tMs - T.hrvWindowMs);

    if (gated.bpm === null) return;
    this.recentBpm.push({ tMs, bpm: gated.bpm });
    prune(this.recentBpm, tMs - this.hrWindowMs);
    const lnRmssd = this.artefactShare(tMs) > T.maxArtefactShare ? null : this.lnRmssd();
    if (this.collectingBaseline()) this.collectBaseline(tMs, gated.bpm, lnRmssd);
    if (this.baselineBpm !== null) this.updateLevel(tMs, lnRmssd);
  }

  /** The meter now; `nowMs` (same clock as samples) lets it notice that data stopped. */
  read(nowMs?: number): UrgeMeterReading {
    const reason = this.problem(nowMs ?? this.lastSampleMs);
    const ready = this.baselineBpm !== null && this.lastSampleMs !== null;
    const quality = !ready ? 'none' : reason === null ? 'ok' : 'poor';
    return {
      level: ready ? Math.round(clamp(this.level, 0, 100) * 10) / 10 : 0,
      high: ready && this.high,
      baselineBpm: this.baselineBpm,
      quality,
      reason,
      baselineProgress: this.baselineBpm !== null ? 1 : Math.min(1, this.usableMs / T.baselineMs),
      bpm: this.recentBpm.length > 0 ? median(this.recentBpm.map((s) => s.bpm)) : null,
    };
  }

  private problem(nowMs: number | null): UrgeSignalProblem | null {
    if (nowMs === null || this.lastSampleMs === null) return 'no-data';
    if (nowMs - this.lastSampleMs > T.staleMs) return 'no-data';
    if (this.contactLost) return 'no-contact';
    if (!this.bpmValid) return 'no-heart-rate';
    if (this.artefactShare(nowMs) > T.maxArtefactShare) return 'artefacts';
    return null;
  }

  private addBeat(beat: AcceptedBeat): void {
    const last = this.lastBeat;
    if (last !== null && last.run === beat.run) {
      const d = beat.rrMs - last.rrMs;
      this.diffs.push({ tMs: beat.atMs, squared: d * d });
    }
    this.lastBeat = beat;
  }

  private lnRmssd(): number | null {
    if (this.diffs.length < T.minDiffs) return null;
    let sum = 0;
    for (const d of this.diffs) sum += d.squared;
    return Math.log(Math.max(1, Math.sqrt(sum / this.diffs.length)));
  }

  private artefactShare(nowMs: number): number {
    let accepted = 0;
    let rejected = 0;
    for (const c of this.beatCounts) {
      if (c.tMs <= nowMs - T.artefactWindowMs) continue;
      accepted += c.accepted;
      rejected += c.rejected;
    }
    return rejected === 0 ? 0 : rejected / (accepted + rejected);
  }

  private collectingBaseline(): boolean {
    return (
      this.usableMs < T.baselineMs && (this.baselineBpm === null || this.baselineLnRmssd === null)
    );
  }

  private collectBaseline(tMs: number, bpm: number, lnRmssd: number | null): void {
    if (this.lastUsableMs !== null && tMs - this.lastUsableMs <= BEAT_LIMITS.gapMs) {
      this.usableMs += tMs - this.lastUsableMs;
    }
    this.lastUsableMs = tMs;
    this.baselineBpms.push(bpm);
    if (lnRmssd !== null) this.baselineLns.push(lnRmssd);
    if (this.usableMs < T.baselineMs) return;
    this.baselineBpm ??= median(this.baselineBpms);
    if (this.baselineLns.length > 0) this.baselineLnRmssd ??= median(this.baselineLns);
    this.baselineBpms = [];
    this.baselineLns = [];
  }

  private updateLevel(tMs: number, lnRmssd: number | null): void {
    const target = this.target(lnRmssd);
    const dt = this.levelAtMs === null ? 0 : tMs - this.levelAtMs;
    const tau = target > this.level ? T.riseTauMs : T.fallTauMs;
    this.level += (target - this.level) * (1 - Math.exp(-dt / tau));
    this.levelAtMs = tMs;
    this.updateHigh(tMs);
  }

  /**
   * The unsmoothed level, 0–100. Heart rate alone reaches full scale; a drop in lnRMSSD adds up to
   * `hrvWeight` of the remaining headroom (1 − (1 − hr)(1 − w·hrv)), so it can raise the level but
   * never hide a heart-rate rise, and a rise in RMSSD lowers nothing.
   */
  private target(lnRmssd: number | null): number {
    const base = this.baselineBpm ?? NaN;
    const bpm = median(this.recentBpm.map((s) => s.bpm));
    const hr = clamp((bpm - base) / base / T.fullScaleRise, 0, 1);
    if (lnRmssd === null || this.baselineLnRmssd === null) return hr * 100;
    const hrv = clamp((this.baselineLnRmssd - lnRmssd) / T.fullScaleLnDrop, 0, 1);
    return (1 - (1 - hr) * (1 - this.hrvWeight * hrv)) * 100;
  }

  private updateHigh(tMs: number): void {
    this.aboveSinceMs = this.level >= T.highAt ? (this.aboveSinceMs ?? tMs) : null;
    this.belowSinceMs = this.level <= T.clearAt ? (this.belowSinceMs ?? tMs) : null;
    if (!this.high && this.aboveSinceMs !== null && tMs - this.aboveSinceMs >= T.highAfterMs) {
      this.high = true;
    } else if (
      this.high &&
      this.belowSinceMs !== null &&
      tMs - this.belowSinceMs >= T.clearAfterMs
    ) {
      this.high = false;
    }
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Drops entries at or before `beforeMs` from the front of a time-ordered list. */
function prune(list: Timed[], beforeMs: number): void {
  let n = 0;
  while (n < list.length && (list[n] as Timed).tMs <= beforeMs) n++;
  if (n > 0) list.splice(0, n);
}
