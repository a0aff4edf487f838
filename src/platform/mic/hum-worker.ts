// Module Worker: reads the microphone's hops for humming off the main thread (about 0.3 ms a hop,
// 94 hops a second at 48 kHz, which would keep the main thread ~3 % busy).
import type { HumOptions } from '../../core/hum/hum';
import { type HopMessage, HopAnalyser } from './hop-analysis';

/** From the listener: where hops arrive (the worklet's channel), and how to read them. */
export interface WorkerInit {
  readonly type: 'init';
  readonly hops: MessagePort;
  readonly sampleRate: number;
  readonly hum: HumOptions | undefined;
}

/** From the listener: answer with the time spent analysing (`stats`). */
export interface WorkerStatsRequest {
  readonly type: 'stats';
}

/** The parts of DedicatedWorkerGlobalScope used here (tsconfig.json carries the DOM lib, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerInit | WorkerStatsRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
let busyMs = 0;
let hops = 0;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'init') {
    const reader = new HopAnalyser(message.sampleRate, message.hum);
    message.hops.onmessage = (hop: MessageEvent<HopMessage>) => {
      const started = performance.now();
      const analysed = reader.push(hop.data);
      scope.postMessage(analysed, [analysed.samples.buffer]);
      busyMs += performance.now() - started;
      hops++;
    };
  } else {
    scope.postMessage({ type: 'stats', busyMs, hops });
  }
};
