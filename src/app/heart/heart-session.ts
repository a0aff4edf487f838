import type { SessionPlan } from '../../core/breathing/types';
import type { HeartRateReading, SensorContact, UrgeReading } from '../../core/heart/types';
import { URGE_TUNING } from '../../core/heart/urge-tuning';
import { NO_DATA_MS } from './heart-silence';
import type { HeartGap, HeartSample, HeartTrace } from '../../core/session/record';

/** Why the urge meter is greyed out. */
export type UrgeReason = 'baseline' | 'no-contact' | 'no-data' | 'artefacts';

/** What the meter shows: the core reading plus, when it is not `ok`, why. */
export interface UrgeLive extends UrgeReading {
  readonly reason: UrgeReason | null;
}

/** The part of the core `UrgeMeter` the app uses. */
export interface UrgeMeterLike {
  push(sample: {
    tMs: number;
    bpm: number;
    rrMs?: readonly number[];
    contact?: SensorContact;
  }): void;
  /** `nowMs` (the samples' clock) lets the meter notice silence. */
  read(nowMs?: number): UrgeReading & { readonly reason?: string | null };
  /** A break in the beat stream (a reconnect): no RR difference across it. */
  markGap?(): void;
}

/** What a fresh meter is told about the person and the practice. */
export interface UrgeMeterSetup {
  /** The person's usual resting heart rate from earlier sessions; null for a first session. */
  readonly restingBpm: number | null;
  /** 0..1: how much the HRV drop counts (lower for humming and slow breathing, which raise RMSSD). */
  readonly hrvWeight: number;
}

/** Makes one meter per session. */
export type UrgeMeterFactory = (setup: UrgeMeterSetup) => UrgeMeterLike;

/** Samples kept on the record are at least this far apart (about 1 Hz). */
const SAMPLE_EVERY_S = 0.95;
/** Breaths longer than this (under 6 a minute) count as slow breathing. */
const SLOW_BREATH_S = 10;

/** The HRV share for ordinary practices, and the smaller one for slow or humming ones. */
export const HRV_WEIGHT = {
  usual: URGE_TUNING.hrvWeight,
  slow: URGE_TUNING.hrvWeight / 3,
} as const;

/** HRV weight for a plan: humming and slow breathing raise RMSSD by themselves, so it counts less. */
export function hrvWeightFor(plan: SessionPlan): number {
  const slowIds = ['hum-reset', 'resonance', 'five-minute-pause'];
  if (plan.hum || slowIds.includes(plan.practiceId)) return HRV_WEIGHT.slow;
  const breathingS = plan.cues
    .filter((c) => c.kind !== 'prompt' && c.kind !== 'end' && c.kind !== 'settle')
    .reduce((sum, c) => sum + c.durationS, 0);
  const breathS = plan.breathCount > 0 ? breathingS / plan.breathCount : 0;
  return breathS > SLOW_BREATH_S ? HRV_WEIGHT.slow : HRV_WEIGHT.usual;
}

/** Maps the core meter's reason words (whatever they are) onto the four the screen can say. */
function reasonOf(reading: UrgeReading & { readonly reason?: string | null }): UrgeReason | null {
  if (reading.quality === 'ok') return null;
  if (reading.quality === 'none') return 'baseline';
  switch (reading.reason) {
    case 'no-contact':
    case 'no-heart-rate':
      return 'no-contact';
    case 'artefacts':
      return 'artefacts';
    default:
      return 'no-data';
  }
}

/**
 * One session's heart recording: feeds readings into a fresh meter, keeps a ~1 Hz trace in plan
 * seconds, and the gaps where the strap dropped or sent nothing. Pure bookkeeping; no timers.
 */
export class HeartSession {
  private readonly samples: HeartSample[] = [];
  private readonly rrMs: number[] = [];
  private readonly gaps: HeartGap[] = [];
  private openGapFromS: number | null = null;
  private lastSampleS = -Infinity;
  private lastReadingMs: number | null = null;
  private contactLost = false;

  constructor(
    private readonly meter: UrgeMeterLike,
    private readonly startedMs: number,
  ) {}

  /** Takes one reading that arrived at plan time `tS`; `record` false while paused. Returns true when a sample was kept. */
  push(reading: HeartRateReading, tS: number, record: boolean): boolean {
    // A packet can land a moment before the plan's first second (the sound starts just ahead).
    tS = Math.max(0, tS);
    this.lastReadingMs = reading.tMs;
    this.contactLost = reading.contact === 'lost';
    const { tMs, bpm, rrMs, contact } = reading;
    this.meter.push({ tMs, bpm, rrMs, contact });
    if (this.contactLost || bpm <= 0) return false;
    this.closeGap(tS);
    if (record) this.rrMs.push(...rrMs);
    if (!record || tS - this.lastSampleS < SAMPLE_EVERY_S) return false;
    this.lastSampleS = tS;
    this.samples.push({ tS: round2(tS), bpm: reading.bpm, level: Math.round(this.read().level) });
    return true;
  }

  /** The strap dropped (or sent nothing) from plan time `fromS`; a gap stays open until data returns. */
  openGap(fromS: number): void {
    if (this.openGapFromS !== null) return;
    this.openGapFromS = round2(Math.max(0, fromS));
    this.meter.markGap?.();
  }

  /** True while no reading arrived for NO_DATA_MS (counted from the session's start before the first). */
  stale(nowMs: number): boolean {
    return nowMs - (this.lastReadingMs ?? this.startedMs) >= NO_DATA_MS;
  }

  /** Plan time of the last sample kept, if any. */
  get lastSampleTS(): number | null {
    return Number.isFinite(this.lastSampleS) ? this.lastSampleS : null;
  }

  /** The meter now, with the reason it is greyed out; `nowMs` lets it notice silence. */
  read(nowMs?: number): UrgeLive {
    const reading = this.meter.read(nowMs);
    if (nowMs !== undefined && this.stale(nowMs)) {
      return { ...reading, quality: 'poor', high: false, reason: 'no-data' };
    }
    if (this.contactLost) return { ...reading, quality: 'poor', high: false, reason: 'no-contact' };
    return { ...reading, reason: reasonOf(reading) };
  }

  /** The trace so far; an open gap is closed at `endS` when given. */
  trace(endS?: number): HeartTrace {
    const gaps = [...this.gaps];
    if (endS !== undefined && this.openGapFromS !== null && endS > this.openGapFromS) {
      gaps.push({ fromS: this.openGapFromS, toS: round2(endS) });
    }
    return {
      samples: [...this.samples],
      gaps,
      baselineBpm: this.meter.read().baselineBpm,
      rrMs: [...this.rrMs],
    };
  }

  private closeGap(toS: number): void {
    if (this.openGapFromS === null) return;
    if (toS > this.openGapFromS) this.gaps.push({ fromS: this.openGapFromS, toS: round2(toS) });
    this.openGapFromS = null;
  }
}

function round2(s: number): number {
  return Math.round(s * 100) / 100;
}
