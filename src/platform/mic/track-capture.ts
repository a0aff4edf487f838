import type { Capture } from './capture';
import type { AudioFrame } from './track-hops';

/** Chromium's MediaStreamTrackProcessor for audio; not in TypeScript's DOM lib. */
interface TrackProcessor {
  readonly readable: ReadableStream<AudioFrame>;
}
type TrackProcessorConstructor = new (init: {
  track: MediaStreamTrack;
  maxBufferSize?: number;
}) => TrackProcessor;

/** Frames the processor queues for a late reader before it drops the oldest (10 ms each: 10 s). */
const MAX_BUFFERED_FRAMES = 1000;

/** MediaStreamTrackProcessor where the browser has it in Window (Chromium), else null. */
export function trackProcessorClass(): TrackProcessorConstructor | null {
  const found = (globalThis as { MediaStreamTrackProcessor?: unknown }).MediaStreamTrackProcessor;
  return typeof found === 'function' ? (found as TrackProcessorConstructor) : null;
}

/**
 * The microphone read as AudioData frames, timestamped by the capture clock, with no AudioContext:
 * under load Chromium's input context lags wall time and its FIFO drops samples unseen, while the
 * frames' timestamps show every hole. `performanceMs` places the first hop by its arrival (the
 * frame's own timestamp base is not `performance.now()`'s) and the rest by the capture clock.
 */
export function openTrackCapture(
  Processor: TrackProcessorConstructor,
  track: MediaStreamTrack,
  sampleRate: number,
): Capture {
  const processor = new Processor({ track, maxBufferSize: MAX_BUFFERED_FRAMES });
  let originMs: number | null = null;
  return {
    kind: 'track',
    source: { kind: 'track', readable: processor.readable },
    sampleRate,
    performanceMs(atS, endS) {
      originMs ??= performance.now() - endS * 1000;
      return originMs + atS * 1000;
    },
    workletStats: () => Promise.resolve(null),
    close: () => undefined,
  };
}
