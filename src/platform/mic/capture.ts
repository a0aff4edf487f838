import type { HopSource } from './hop-routes';

/** What the worklet reports of its own work; see public/worklets/mic-frames.js. */
export interface WorkletStats {
  readonly calls: number;
  readonly busyMs: number;
  /** False when the audio thread has no `performance.now` (then `busyMs` is 0). */
  readonly timed: boolean;
  /** Sample frames the browser skipped calling process() for (holes between hops, not silence). */
  readonly gapFrames: number;
  /** Sample frames of digital silence (nothing delivered), left out of the hops as holes too. */
  readonly zeroFrames: number;
}

/** The microphone opened for hops: by an AudioWorklet, or by a MediaStreamTrackProcessor. */
export interface Capture {
  readonly kind: 'worklet' | 'track';
  readonly source: HopSource;
  /** The rate hops are expected at (the context's, or the track's setting). */
  readonly sampleRate: number;
  /** `performance.now()` ms of the hop heard from `atS` to `endS` on the capture clock, in s. */
  performanceMs(atS: number, endS: number): number;
  /** The worklet's answer to `stats` (null after a second, or for a track). */
  workletStats(): Promise<WorkletStats | null>;
  /** Releases the microphone's nodes and context (the tracks are stopped by the listener). */
  close(): void;
}
