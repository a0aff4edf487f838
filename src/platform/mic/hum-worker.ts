// Module Worker: reads the microphone's hops for humming off the main thread (about 0.3 ms a hop,
// 94 hops a second at 48 kHz, which would keep the main thread ~3 % busy).
import type { HumOptions } from '../../core/hum/hum';
import type { FrameHopStats } from './frame-hops';
import { type HopMessage, HopAnalyser } from './hop-analysis';
import { type AudioFrame, TrackHopReader } from './track-hops';

/**
 * From the listener: where hops come from (the worklet's channel, or a MediaStreamTrackProcessor's
 * transferred `readable`), and how to read them. For a track the Worker answers
 * `{ type: 'format', sampleRate }` at the first frame, and analyses at that rate.
 */
export interface WorkerInit {
  readonly type: 'init';
  readonly source:
    | { readonly kind: 'port'; readonly port: MessagePort }
    | { readonly kind: 'track'; readonly readable: ReadableStream<AudioFrame> };
  readonly sampleRate: number;
  readonly hum: HumOptions | undefined;
}

/** From the listener: answer with the time spent analysing (`stats`). */
export interface WorkerStatsRequest {
  readonly type: 'stats';
}

/** The answer to WorkerStatsRequest. */
export interface WorkerStats {
  readonly type: 'stats';
  readonly busyMs: number;
  readonly hops: number;
  /** Frames read from the track, with the holes and overlaps in their timestamps. */
  readonly track: FrameHopStats | null;
}

/** The parts of DedicatedWorkerGlobalScope used here (tsconfig.json carries the DOM lib, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerInit | WorkerStatsRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
let busyMs = 0;
let hops = 0;
let analyser: HopAnalyser | null = null;
let track: TrackHopReader | null = null;

function read(hop: HopMessage, sampleRate: number, hum: HumOptions | undefined): void {
  const started = performance.now();
  if (!analyser) {
    analyser = new HopAnalyser(sampleRate, hum);
    scope.postMessage({ type: 'format', sampleRate });
  }
  const analysed = analyser.push(hop);
  scope.postMessage(analysed, [analysed.samples.buffer]);
  busyMs += performance.now() - started;
  hops++;
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'init') {
    const { source, sampleRate, hum } = message;
    if (source.kind === 'track') {
      track = new TrackHopReader(source.readable, (hop, rate) => {
        read(hop, rate, hum);
      });
      void track.read();
    } else {
      source.port.onmessage = (hop: MessageEvent<HopMessage>) => {
        read(hop.data, sampleRate, hum);
      };
    }
  } else {
    const stats: WorkerStats = { type: 'stats', busyMs, hops, track: track?.stats ?? null };
    scope.postMessage(stats);
  }
};
