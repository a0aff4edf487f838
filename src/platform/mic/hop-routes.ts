import type { HumOptions, HumPoint, HumSegment } from '../../core/hum/hum';
import { DEFAULT_HUM_THRESHOLDS } from '../../core/hum/hum';
import { median } from '../../core/hum/robust';
import type { FrameHopStats } from './frame-hops';
import { type AnalysedHop, type HopMessage, HopAnalyser } from './hop-analysis';
import type { WorkerInit, WorkerStats, WorkerStatsRequest } from './hum-worker';
import { type AudioFrame, TrackHopReader } from './track-hops';

/** Where hops come from: the mic-frames worklet, or a MediaStreamTrackProcessor's frames. */
export type HopSource =
  | { readonly kind: 'worklet'; readonly node: AudioWorkletNode }
  | { readonly kind: 'track'; readonly readable: ReadableStream<AudioFrame> };

/** What reading hops has cost off the main thread, and what the track's timestamps showed. */
export interface RouteStats {
  /** Ms spent reading hops in the Worker; null on the main thread. */
  readonly workerMs: number | null;
  /** Sample frames from the track, and the holes and overlaps in its timestamps; null for the worklet. */
  readonly track: FrameHopStats | null;
}

/** Where hops are read for humming: a Worker, or the main thread. */
export interface HopRoute {
  /**
   * Starts reading `source`; resolves to the sample rate hops are analysed at: `sampleRate` for
   * the worklet, the first frame's own rate for a track (`sampleRate` if none came within 1 s).
   */
  start(source: HopSource): Promise<number>;
  /** Closes the hum in progress and frees the reader; returns every hum heard. */
  finish(): readonly HumSegment[];
  stats(): Promise<RouteStats>;
}

/** `rate`, or `fallback` if it has not come within a second. */
const withinASecond = (rate: Promise<number>, fallback: number) =>
  Promise.race([
    rate,
    new Promise<number>((resolve) => {
      setTimeout(() => {
        resolve(fallback);
      }, 1000);
    }),
  ]);

/** Reads hops on the main thread, as the worklet posts them or the track's frames arrive. */
export function mainThreadRoute(
  sampleRate: number,
  hum: HumOptions | undefined,
  onHop: (hop: AnalysedHop, mainThreadAnalysisMs: number) => void,
): HopRoute {
  let analyser: HopAnalyser | null = null;
  let worklet: AudioWorkletNode | null = null;
  let track: TrackHopReader | null = null;
  const read = (message: HopMessage, rate: number) => {
    const started = performance.now();
    analyser ??= new HopAnalyser(rate, hum);
    const hop = analyser.push(message);
    onHop(hop, performance.now() - started);
  };
  return {
    start(source) {
      if (source.kind === 'track') {
        return withinASecond(
          new Promise<number>((resolve) => {
            track = new TrackHopReader(source.readable, (hop, rate) => {
              resolve(rate);
              read(hop, rate);
            });
            void track.read();
          }),
          sampleRate,
        );
      }
      worklet = source.node;
      worklet.port.onmessage = (event: MessageEvent<HopMessage | { type: 'stats' }>) => {
        if (event.data.type === 'hop') read(event.data, sampleRate);
      };
      worklet.port.postMessage({ type: 'start' });
      return Promise.resolve(sampleRate);
    },
    finish() {
      if (worklet) worklet.port.onmessage = null;
      track?.cancel();
      return analyser?.finish() ?? [];
    },
    stats: () => Promise.resolve({ workerMs: null, track: track?.stats ?? null }),
  };
}

/** Reads hops in a module Worker: the worklet or the track's frames go straight to it. */
export function workerRoute(
  sampleRate: number,
  hum: HumOptions | undefined,
  onHop: (hop: AnalysedHop, mainThreadAnalysisMs: number) => void,
): HopRoute {
  const worker = new Worker(new URL('./hum-worker.ts', import.meta.url), { type: 'module' });
  const answers: ((data: WorkerStats | undefined) => void)[] = [];
  const hums = new HeardHums(hum);
  let finished = false;
  let formatKnown: (rate: number) => void = () => undefined;
  worker.onmessage = (
    event: MessageEvent<AnalysedHop | WorkerStats | { type: 'format'; sampleRate: number }>,
  ) => {
    const data = event.data;
    if (data.type === 'analysed') {
      hums.add(data);
      onHop(data, 0);
    } else if (data.type === 'format') {
      formatKnown(data.sampleRate);
    } else {
      answers.shift()?.(data);
    }
  };
  // A worker that fails to load or crashes answers nothing: settle what is waiting.
  worker.onerror = () => {
    for (const answer of answers.splice(0)) answer(undefined);
  };
  const ask = (message: WorkerStatsRequest) =>
    new Promise<WorkerStats | undefined>((resolve) => {
      answers.push(resolve);
      worker.postMessage(message);
    });
  return {
    start(source) {
      if (source.kind === 'track') {
        const init: WorkerInit = { type: 'init', source, sampleRate, hum };
        // ReadableStream is transferable in Chromium, where MediaStreamTrackProcessor exists.
        worker.postMessage(init, [source.readable]);
        return withinASecond(
          new Promise<number>((resolve) => {
            formatKnown = resolve;
          }),
          sampleRate,
        );
      }
      const channel = new MessageChannel();
      const init: WorkerInit = {
        type: 'init',
        source: { kind: 'port', port: channel.port2 },
        sampleRate,
        hum,
      };
      worker.postMessage(init, [channel.port2]);
      source.node.port.postMessage({ type: 'start', port: channel.port1 }, [channel.port1]);
      return Promise.resolve(sampleRate);
    },
    finish() {
      finished = true;
      worker.terminate();
      for (const answer of answers.splice(0)) answer(undefined);
      return hums.finish();
    },
    async stats() {
      const answer = finished ? undefined : await ask({ type: 'stats' });
      return { workerMs: answer?.busyMs ?? null, track: answer?.track ?? null };
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
