import type { HumFrame, HumOptions, HumSegment } from '../../core/hum/hum';
import type { HeardFrame, HumListener, ListenOptions, ListenResult } from '../ports/hum-listener';

/** The sample rate the fake microphone hears at. */
export const SAMPLE_RATE = 16000;

/** What the listener's tracker does, for a fake or the core one. */
export interface TrackerLike {
  push(samples: Float32Array): HumFrame[];
  readonly openHumS: number;
  readonly segments: readonly HumSegment[];
  finish(): { readonly segments: readonly HumSegment[] };
}

/** A listener as the platform's: a tracker over each hop, heard frames out, hums back on stop. */
export class FakeHumListener implements HumListener {
  readonly supported = true;
  readonly listeners = new Set<(frame: HeardFrame) => void>();
  started = 0;
  stopped = 0;
  options: ListenOptions | undefined;
  #tracker: TrackerLike | null = null;
  #index = 0;
  #heardS = 0;
  constructor(
    private readonly answer: ListenResult,
    private readonly makeTracker: (options: HumOptions) => TrackerLike,
  ) {}
  start(options?: ListenOptions): Promise<ListenResult> {
    this.started++;
    this.options = options;
    if (this.answer.kind === 'listening') this.#tracker = this.makeTracker(options?.hum ?? {});
    return Promise.resolve(this.answer);
  }
  onFrame(listener: (frame: HeardFrame) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  stop(): readonly HumSegment[] {
    this.stopped++;
    const tracker = this.#tracker;
    this.#tracker = null;
    return tracker ? tracker.finish().segments : [];
  }
  /** One hop heard just now. */
  emit(samples: Float32Array): void {
    const tracker = this.#tracker;
    if (!tracker) return;
    const verdicts = tracker.push(samples);
    const frame: HeardFrame = {
      index: this.#index++,
      startS: this.#heardS,
      unheardS: 0,
      contextTimeS: 0,
      performanceMs: Date.now() - (samples.length / SAMPLE_RATE) * 1000,
      originPerformanceMs: 0,
      samples,
      verdicts,
      openHumS: tracker.openHumS,
      ambientDb: -70,
      segments: tracker.segments,
    };
    this.#heardS += samples.length / SAMPLE_RATE;
    for (const listener of [...this.listeners]) listener(frame);
  }
}

/**
 * A tracker that reads fake frames: a chunk whose first sample is 1 is hummed at 150 Hz, any other
 * is silence. Times count from its first sample, as the core tracker's do.
 */
export class FrameTracker implements TrackerLike {
  readonly segments: HumSegment[] = [];
  #tS = 0;
  #openFromS: number | null = null;
  push(samples: Float32Array): HumFrame[] {
    const humming = samples[0] === 1;
    if (humming && this.#openFromS === null) this.#openFromS = this.#tS;
    if (!humming) this.#close(this.#tS);
    this.#tS += samples.length / SAMPLE_RATE;
    const hz = humming ? 150 : 0;
    return [{ tS: this.#tS, hz, clarity: 0.95, db: -30, voiced: humming, machine: false }];
  }
  get openHumS(): number {
    return this.#openFromS === null ? 0 : this.#tS - this.#openFromS;
  }
  finish() {
    this.#close(this.#tS);
    return { segments: this.segments };
  }
  #close(endS: number): void {
    const startS = this.#openFromS;
    this.#openFromS = null;
    if (startS === null || endS <= startS) return;
    const track = [
      { tS: startS, hz: 150, db: -30 },
      { tS: (startS + endS) / 2, hz: 150.5, db: -30 },
      { tS: endS, hz: 149.5, db: -30 },
    ];
    this.segments.push({ startS, endS, medianHz: 150, track });
  }
}
