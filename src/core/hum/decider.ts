import { AmbientEstimator } from './ambient';
import type { FrameReading } from './frame';
import type { UnheardSpan } from './frame-reader';
import { isMachineTone, nearDrone } from './machine-tone';
import { median } from './robust';
import {
  DEFAULT_HUM_THRESHOLDS,
  type DroneInfo,
  type HumOptions,
  type HumThresholds,
} from './options';
import { type HumSegment, HumSegmenter } from './segmenter';

/** One frame's final verdict. `machine`: pitched and loud enough, but explained by a synthetic tone. */
export interface HumFrame extends FrameReading {
  /** Frame centre (s from the first sample). */
  readonly tS: number;
  readonly voiced: boolean;
  readonly machine: boolean;
}

/** Pitches, as multiples of a known drone's root, at which a frame is taken for the drone. */
const KNOWN_DRONE_RATIOS = [0.5, 1, 2, 3] as const;

interface Pending {
  readonly reading: FrameReading;
  readonly tS: number;
  readonly candidate: boolean;
  machine: boolean;
}

/**
 * Turns frame readings into voiced/unvoiced verdicts and hum segments. A verdict is final once the
 * steadiness window (`steadyWindowS`) has passed over the frame, so verdicts lag by that much.
 */
export class HumDecider {
  readonly #t: HumThresholds;
  readonly #drones: DroneInfo[];
  readonly #knownDrone: DroneInfo | null;
  readonly #fixedAmbientDb: number | undefined;
  readonly #ambient = new AmbientEstimator();
  readonly #windowFrames: number;
  readonly #segmenter: HumSegmenter;
  readonly #pending: Pending[] = [];
  #count = 0;

  constructor(
    readonly hopS: number,
    readonly firstFrameS: number,
    options: HumOptions = {},
  ) {
    this.#t = { ...DEFAULT_HUM_THRESHOLDS, ...options.thresholds };
    this.#knownDrone = options.drone ?? null;
    this.#drones = options.drone ? [options.drone] : [];
    this.#fixedAmbientDb = options.ambientDb;
    this.#windowFrames = Math.max(3, Math.round(this.#t.steadyWindowS / hopS));
    this.#segmenter = new HumSegmenter(hopS, this.#t);
  }

  /** The ambient level (dBFS) in use: the given one, or the running estimate. */
  get ambientDb(): number {
    return this.#fixedAmbientDb ?? this.#ambient.estimateDb();
  }

  /**
   * Adds the next frame's reading, centred at `tS` (s; by default `hopS` after the last); returns
   * the frames whose verdict became final.
   */
  push(reading: FrameReading, tS = this.firstFrameS + this.#count * this.hopS): HumFrame[] {
    if (this.#fixedAmbientDb === undefined) this.#ambient.push(reading);
    const t = this.#t;
    const candidate =
      reading.clarity >= t.minClarity &&
      reading.hz >= t.minHz &&
      reading.hz <= t.maxHz &&
      reading.db >= this.ambientDb + t.marginDb;
    // The known drone is notched out before analysis, so what remains at its pitches is its
    // residue (ramps smear it past the notches), and a voice there has lost its fundamental anyway.
    const known = this.#knownDrone;
    const atDrone =
      known !== null && nearDrone(reading.hz, known, t.droneCents, KNOWN_DRONE_RATIOS);
    this.#pending.push({
      reading,
      tS,
      candidate,
      machine: candidate && atDrone,
    });
    const window = this.#pending.slice(-this.#windowFrames);
    if (
      window.length === this.#windowFrames &&
      window.every((p) => p.candidate) &&
      isMachineTone(
        window.map((p) => p.reading),
        this.#drones,
        t,
      )
    ) {
      for (const p of window) p.machine = true;
      this.#learnDrone(median(window.map((p) => p.reading.hz)));
    }
    this.#count++;
    return this.#pending.length >= this.#windowFrames ? this.#emit(1) : [];
  }

  /** A stretch never heard (see `FrameReader.skip`): neither hum nor silence. */
  unheard(span: UnheardSpan): void {
    this.#segmenter.unheard(span);
  }

  /** Seconds of the hum in progress (verdicts lag by `steadyWindowS`). */
  get openHumS(): number {
    return this.#segmenter.openS;
  }

  /** Segments closed so far. */
  get segments(): readonly HumSegment[] {
    return this.#segmenter.segments;
  }

  /** Finalises every pending frame and closes any hum in progress. */
  finish(): { frames: HumFrame[]; segments: readonly HumSegment[] } {
    const frames = this.#emit(this.#pending.length);
    return { frames, segments: this.#segmenter.finish() };
  }

  /** A machine tone is remembered as a drone, so its ramps and noisier stretches are caught too. */
  #learnDrone(hz: number): void {
    if (!this.#drones.some((d) => nearDrone(hz, d, this.#t.droneCents))) this.#drones.push({ hz });
  }

  #emit(count: number): HumFrame[] {
    return this.#pending.splice(0, count).map((p) => {
      const frame = {
        ...p.reading,
        tS: p.tS,
        voiced: p.candidate && !p.machine,
        machine: p.machine,
      };
      this.#segmenter.push(frame);
      return frame;
    });
  }
}
