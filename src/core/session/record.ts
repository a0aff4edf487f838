import type { PhaseKind } from '../breathing/types';
import type { BodyPlace } from '../reflect/body-places';

/**
 * Where a session is in its life. `running` is written the moment a practice starts; a running
 * session that no open page owns any more (a closed tab, a crash) becomes `interrupted`.
 */
export type SessionStatus = 'running' | 'completed' | 'stopped' | 'interrupted';

export const SESSION_STATUSES: readonly SessionStatus[] = [
  'running',
  'completed',
  'stopped',
  'interrupted',
];

/** The person's answer to "protecting, or isolating?": null when skipped, undefined when not asked. */
export type ClosingAnswer = 'protecting' | 'isolating' | null | undefined;

/** An urge rating 0 (none) to 10 (as strong as it gets); null when not given. */
export type UrgeRating = number | null;

/** One point of the heart trace, about once a second. */
export interface HeartSample {
  /** Plan seconds on the session clock, rounded to 0.01 s. */
  readonly tS: number;
  /** Whole beats per minute as the strap sent them (1..65535). */
  readonly bpm: number;
  /** Urge meter level 0..100 (whole numbers) at that moment. */
  readonly level: number;
}

/** A stretch of plan time without usable heart data (the strap dropped, or sent nothing for 5 s). */
export interface HeartGap {
  readonly fromS: number;
  readonly toS: number;
}

/** What the strap saw during a session. */
export interface HeartTrace {
  readonly samples: readonly HeartSample[];
  /** Closed gaps, oldest first; one still open at the end is closed at the session's end. */
  readonly gaps: readonly HeartGap[];
  /** Resting heart rate the meter compared against; null when none was found. */
  readonly baselineBpm: number | null;
  /**
   * Every RR interval recorded while the practice ran, in ms, oldest first (on the strap's 1/1024 s
   * grid). Absent on traces made before RR was kept.
   */
  readonly rrMs?: readonly number[];
}

/** How steadily a hum held its pitch, in words (robust SD under 30 cents is steady). */
export type HumSteadiness = 'steady' | 'a little wavering' | 'wavering';

/** What the microphone heard of a hummed practice. */
export interface HumResult {
  /** Seconds of humming heard in the whole practice (equals `humSeconds`). */
  readonly seconds: number;
  /** Rounds (hummed exhales) whose hum reached its target. */
  readonly rounds: number;
  /** Hummed exhales in the plan the person reached, for "3 of 8". */
  readonly roundsPlanned: number;
  /** The longest single hum, in seconds. */
  readonly longestS: number;
  /** Robust SD of pitch around each hum's own median, in cents; null with too little hum. */
  readonly steadinessCents: number | null;
  /** The steadiness in words; null when nothing was hummed. */
  readonly words: HumSteadiness | null;
  /** The person's median hum pitch (Hz); null when nothing was hummed. */
  readonly medianHz: number | null;
}

/** One phase of the plan a session followed, in plan seconds. */
export interface PhaseSpan {
  readonly kind: PhaseKind;
  readonly atS: number;
  readonly durationS: number;
}

/** One practice session: written when it starts, updated as it runs, kept on the device. */
export interface SessionRecord {
  /** 1–64 characters of `A–Z a–z 0–9 . _ : -` (a UUID when the app makes it). */
  readonly id: string;
  /** A built-in practice id or `custom:<slug>`. */
  readonly practiceId: string;
  /** The practice's name when it ran (a custom pattern may be renamed or deleted later). */
  readonly practiceName: string;
  /** ISO 8601. */
  readonly startedAt: string;
  /** ISO 8601; null while running (and for an interrupted session, the last moment it was saved). */
  readonly endedAt: string | null;
  readonly status: SessionStatus;
  /** How long the plan was, in seconds. */
  readonly plannedS: number;
  /** How far into the plan the person got, in seconds (updated as it runs). */
  readonly practisedS: number;
  /** Exhales finished before the session ended. */
  readonly breathsCompleted: number;
  readonly answer: ClosingAnswer;
  /** Where the person felt the urge, in BODY_PLACES order; empty when none was chosen. */
  readonly bodyPlaces: readonly BodyPlace[];
  /** The urge rated 0–10 before the practice (or during its first phase); null when not rated. */
  readonly urgeBefore: UrgeRating;
  /** The urge rated 0–10 after the practice; null when not rated. */
  readonly urgeAfter: UrgeRating;
  /** The plan's breathing phases (for drawing them behind the heart curve); absent on old records. */
  readonly phases?: readonly PhaseSpan[];
  /** Heart rate and urge level, present only when a strap was in use. */
  readonly heart?: HeartTrace;
  /** Seconds of humming heard (Hum reset with a microphone); absent when not listened for. */
  readonly humSeconds?: number;
  /** The hum's rounds, steadiness and pitch; absent when not listened for. */
  readonly hum?: HumResult;
  /** Stillness 0..1 measured by motion sensors (the five-minute pause); absent when not measured. */
  readonly stillness?: number;
  /** What the motion sensors saw in the five-minute pause; absent when not measured. */
  readonly motion?: MotionResult;
}

/** The five-minute pause as the motion sensors saw it (core/motion computes it). */
export interface MotionResult {
  /** Stillness 0..1 over the still minute (from face down to the end of the settle); null if not reached. */
  readonly firstMinute: number | null;
  /** Stillness 0..1 for each `bucketS` seconds of plan time, from 0. */
  readonly curve: readonly number[];
  readonly bucketS: number;
  /** Plan time (s) the phone was turned face down; null when it never was (or no orientation sensor). */
  readonly faceDownAtS: number | null;
  /** Seconds the practice waited, hands-free, for the phone to be turned face down. */
  readonly waitedS: number;
  /** Times the phone was picked up during the still minute. */
  readonly pickups: number;
}

/** True once the session can change no more. */
export function isFinished(record: Pick<SessionRecord, 'status'>): boolean {
  return record.status !== 'running';
}

/** Ids the app accepts from files and makes itself. */
export const ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;

/** What the history list shows of a session's heart, computed when the session is saved. */
export interface HeartOverview {
  readonly baselineBpm: number | null;
  /** Highest smoothed heart rate (core/heart/recovery), or null. */
  readonly peakBpm: number | null;
  /** Seconds from the peak back to baseline, or null when it did not come back. */
  readonly backToBaselineS: number | null;
  /** Median heart rate over the session, or null without samples. */
  readonly medianBpm: number | null;
  readonly sampleCount: number;
}

/** A session as the history list reads it: everything but the samples. */
export type SessionSummary = Omit<SessionRecord, 'heart' | 'phases'> & {
  readonly heart: HeartOverview | null;
};
