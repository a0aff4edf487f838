import type { HumOptions, HumPoint, HumSegment } from '../../core/hum/hum';
import { DEFAULT_HUM_THRESHOLDS } from '../../core/hum/hum';
import { median } from '../../core/hum/robust';
import { type AnalysedHop, type HopMessage, HopAnalyser } from './hop-analysis';
import type { WorkerInit, WorkerStatsRequest } from './hum-worker';

/** Where the worklet's hops are read for humming: a Worker, or the main thread. */
export interface HopRoute {
  /** Tells the worklet to start sending hops (to the reader). */
  start(worklet: AudioWorkletNode): void;
  /** Closes the hum in progress and frees the reader; returns every hum heard. */
  finish(): readonly HumSegment[];
  /** Ms spent reading hops off the main thread so far; null on the main thread. */
  offMainMs(): Promise<number | null>;
}

/** Reads hops on the main thread, inside the worklet port's message handler. */
export function mainThreadRoute(
  sampleRate: number,
  hum: HumOptions | undefined,
  onHop: (hop: AnalysedHop, mainThreadAnalysisMs: number) => void,
): HopRoute {
  const analyser = new HopAnalyser(sampleRate, hum);
  let worklet: AudioWorkletNode | null = null;
  return {
    start(node) {
      worklet = node;
      node.port.onmessage = (event: MessageEvent<HopMessage | { type: 'stats' }>) => {
        if (event.data.type !== 'hop') return;
        const started = performance.now();
        const hop = analyser.push(event.data);
        onHop(hop, performance.now() - started);
      };
      node.port.postMessage({ type: 'start' });
    },
    finish() {
      if (worklet) worklet.port.onmessage = null;
      return analyser.finish();
    },
    offMainMs: () => Promise.resolve(null),
  };
}

/** Reads hops in a module Worker: the worklet posts straight to it, the main thread gets results. */
export function workerRoute(
  sampleRate: number,
  hum: HumOptions | undefined,
  onHop: (hop: AnalysedHop, mainThreadAnalysisMs: number) => void,
): HopRoute {
  const worker = new Worker(new URL('./hum-worker.ts', import.meta.url), { type: 'module' });
  const channel = new MessageChannel();
  const answers: ((data: unknown) => void)[] = [];
  const hums = new HeardHums(hum);
  let finished = false;
  worker.onmessage = (event: MessageEvent<AnalysedHop | { type: 'stats'; busyMs: number }>) => {
    if (event.data.type !== 'analysed') {
      answers.shift()?.(event.data);
      return;
    }
    hums.add(event.data);
    onHop(event.data, 0);
  };
  // A worker that fails to load or crashes answers nothing: settle what is waiting.
  worker.onerror = () => {
    for (const answer of answers.splice(0)) answer(undefined);
  };
  const ask = <T>(message: WorkerStatsRequest) =>
    new Promise<T>((resolve) => {
      answers.push(resolve as (data: unknown) => void);
      worker.postMessage(message);
    });
  const init: WorkerInit = { type: 'init', hops: channel.port2, sampleRate, hum };
  worker.postMessage(init, [channel.port2]);
  return {
    start(node) {
      node.port.postMessage({ type: 'start', port: channel.port1 }, [channel.port1]);
    },
    finish() {
      finished = true;
      worker.terminate();
      for (const answer of answers.splice(0)) answer(undefined);
      return hums.finish();
    },
    async offMainMs() {
      if (finished) return null;
      return (await ask<{ busyMs: number } | undefined>({ type: 'stats' }))?.busyMs ?? null;
    },
  };
}

/**
 * The hums a Worker reported, for a synchronous `finish()`: those that ended, and the one in
 * progress from its verdicts so far. That one misses the last half second or so whose verdicts
 * were still pending, and its track is not median-filtered.
 */
class HeardHums {
  readonly #minSegmentS: number;
  readonly #ended: HumSegment[] = [];
  #open: HumPoint[] = [];
  #openHumS = 0;
  #hopS = 0;

  constructor(hum: HumOptions | undefined) {
    this.#minSegmentS = hum?.thresholds?.minSegmentS ?? DEFAULT_HUM_THRESHOLDS.minSegmentS;
  }

  add(hop: AnalysedHop): void {
    this.#ended.push(...hop.ended);
    if (hop.ended.length > 0 || hop.openHumS === 0) this.#open = [];
    for (const v of hop.verdicts) {
      if (hop.openHumS > 0 && v.voiced) this.#open.push({ tS: v.tS, hz: v.hz, db: v.db });
    }
    const [a, b] = hop.verdicts;
    if (a && b) this.#hopS = b.tS - a.tS;
    this.#openHumS = hop.openHumS;
  }

  finish(): readonly HumSegment[] {
    const first = this.#open[0];
    const last = this.#open.at(-1);
    if (!first || !last || this.#openHumS < this.#minSegmentS) return [...this.#ended];
    const half = this.#hopS / 2;
    return [
      ...this.#ended,
      {
        startS: first.tS - half,
        endS: last.tS + half,
        medianHz: median(this.#open.map((p) => p.hz)),
        track: this.#open,
      },
    ];
  }
}
