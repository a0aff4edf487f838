import { frameSizes } from '../../core/hum/frame';
import type { HopMessage } from './hop-analysis';
import { FrameHopCutter, type FrameHopStats } from './frame-hops';

/** The parts of an audio `AudioData` (WebCodecs) read here; not in TypeScript's DOM lib. */
export interface AudioFrame {
  /** Capture time of the first sample, µs. */
  readonly timestamp: number;
  readonly numberOfFrames: number;
  readonly sampleRate: number;
  copyTo(destination: Float32Array, options: { planeIndex: number; format: 'f32-planar' }): void;
  close(): void;
}

/** Capture timestamps jitter; within this they are taken as back to back (½ ms). */
const TOLERANCE_S = 0.0005;
/** A jump back further than this is a new timestamp base, not an overlap. */
const REBASE_S = 0.1;

/**
 * Reads a MediaStreamTrackProcessor's `readable` to its end, cutting the first channel into hops
 * (FrameHopCutter) at the frames' own rate, and closes every frame. `onHop` gets each hop with
 * that rate. Resolves when the track ends or `cancel()` is called.
 */
export class TrackHopReader {
  readonly #reader: ReadableStreamDefaultReader<AudioFrame>;
  #cutter: FrameHopCutter | null = null;
  #buffer = new Float32Array(0);

  constructor(
    readable: ReadableStream<AudioFrame>,
    readonly onHop: (hop: HopMessage, sampleRate: number) => void,
  ) {
    this.#reader = readable.getReader();
  }

  get stats(): FrameHopStats | null {
    return this.#cutter?.stats ?? null;
  }

  async read(): Promise<void> {
    for (;;) {
      let result: ReadableStreamReadResult<AudioFrame>;
      try {
        result = await this.#reader.read();
      } catch {
        return;
      }
      if (result.done) return;
      this.#cut(result.value);
    }
  }

  cancel(): void {
    void this.#reader.cancel().catch(() => undefined);
  }

  #cut(frame: AudioFrame): void {
    try {
      const { sampleRate, numberOfFrames, timestamp } = frame;
      const cutter = (this.#cutter ??= new FrameHopCutter(
        frameSizes(sampleRate).hopSize,
        Math.round(sampleRate * TOLERANCE_S),
        Math.round(sampleRate * REBASE_S),
      ));
      if (this.#buffer.length < numberOfFrames) this.#buffer = new Float32Array(numberOfFrames);
      const samples = this.#buffer.subarray(0, numberOfFrames);
      frame.copyTo(samples, { planeIndex: 0, format: 'f32-planar' });
      for (const hop of cutter.push({ timestamp, numberOfFrames, sampleRate, samples })) {
        this.onHop(hop, sampleRate);
      }
    } finally {
      frame.close();
    }
  }
}
