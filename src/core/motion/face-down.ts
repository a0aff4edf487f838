import type { MotionSample, OrientationSample } from './types';

/** |beta| at or above this (degrees) reads as screen towards the table. */
export const FACE_DOWN_BETA_DEG = 150;
/** |gamma| at or below this (degrees), so a phone on its edge is not taken for face down. */
export const FACE_DOWN_GAMMA_DEG = 30;
/** Gravity along z at or below this (m/s², −9.8 lying face down) reads as face down. */
export const FACE_DOWN_Z = -8;
/** How long (ms) a new reading must hold before the state flips, so a wobble is not a flip. */
export const FACE_DOWN_DWELL_MS = 700;
/** A sensor that sent nothing for this long (ms) is no longer live. */
export const SENSOR_STALE_MS = 2000;

/** Face down by orientation; null when the device does not report beta and gamma. */
export function faceDownByOrientation(sample: OrientationSample): boolean | null {
  if (sample.beta === null || sample.gamma === null) return null;
  return (
    Math.abs(sample.beta) >= FACE_DOWN_BETA_DEG && Math.abs(sample.gamma) <= FACE_DOWN_GAMMA_DEG
  );
}

/** Face down by gravity: the screen side points at the floor (acceleration including gravity). */
export function faceDownByGravity(sample: MotionSample): boolean {
  return sample.z <= FACE_DOWN_Z;
}

/**
 * Follows whether the phone lies face down, from orientation where the device reports it and from
 * gravity otherwise. A new reading must hold for `FACE_DOWN_DWELL_MS` before `faceDown` changes.
 * Time is each sample's `tMs`; nothing here reads a clock.
 */
export class FaceDownTracker {
  #faceDown = false;
  #candidate: boolean | null = null;
  #candidateSinceMs = 0;
  #lastOrientationMs = -Infinity;
  #lastMotionMs = -Infinity;
  readonly #listeners = new Set<(faceDown: boolean, tMs: number) => void>();

  /** True once the phone has lain face down for the dwell. */
  get faceDown(): boolean {
    return this.#faceDown;
  }

  /**
   * True once orientation has been reported (browsers may send it only when it changes, so a phone
   * lying still goes quiet), or while motion arrives within `SENSOR_STALE_MS` of `nowMs`.
   */
  live(nowMs: number): boolean {
    return this.#lastOrientationMs > -Infinity || this.#lastMotionMs >= nowMs - SENSOR_STALE_MS;
  }

  /** Called when `faceDown` flips, with the sample time (ms) that completed the dwell. */
  onChange(listener: (faceDown: boolean, tMs: number) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  pushOrientation(sample: OrientationSample): void {
    const verdict = faceDownByOrientation(sample);
    if (verdict === null) return;
    this.#lastOrientationMs = sample.tMs;
    this.#read(verdict, sample.tMs);
  }

  pushMotion(sample: MotionSample): void {
    if (![sample.x, sample.y, sample.z].every(Number.isFinite)) return;
    this.#lastMotionMs = sample.tMs;
    // Orientation, where it is live, is the better judge: gravity only fills in without it.
    if (this.#lastOrientationMs >= sample.tMs - SENSOR_STALE_MS) {
      this.#settle(sample.tMs);
      return;
    }
    this.#read(faceDownByGravity(sample), sample.tMs);
  }

  #read(verdict: boolean, tMs: number): void {
    if (verdict === this.#faceDown) {
      this.#candidate = null;
      return;
    }
    if (this.#candidate !== verdict) {
      this.#candidate = verdict;
      this.#candidateSinceMs = tMs;
    }
    this.#settle(tMs);
  }

  /** Flips once the candidate reading has held for the dwell (checked on every sample). */
  #settle(tMs: number): void {
    if (this.#candidate === null || tMs - this.#candidateSinceMs < FACE_DOWN_DWELL_MS) return;
    this.#faceDown = this.#candidate;
    this.#candidate = null;
    for (const listener of [...this.#listeners]) listener(this.#faceDown, tMs);
  }
}
