import type {
  HeardFrame,
  HumListener,
  ListenFailure,
  ListenOptions,
  ListenResult,
} from '../../app/ports/hum-listener';
import { frameSizes } from '../../core/hum/frame';
import type { HumSegment } from '../../core/hum/hum';
import type { AnalysedHop } from './hop-analysis';
import { type HopRoute, mainThreadRoute, workerRoute } from './hop-routes';
import { LISTEN_MESSAGES, listenFailureOf } from './listen-failure';
import { MIC_CONSTRAINTS, micSettingsOf } from './mic-settings';

export { MIC_CONSTRAINTS } from './mic-settings';

/** Where the app serves the worklet processor (public/worklets/mic-frames.js). */
export const MIC_WORKLET_URL = '/worklets/mic-frames.js';

/** What the listener is built on; every field defaults to the browser's own. */
export interface HumListenerDeps {
  readonly mediaDevices?: Pick<MediaDevices, 'getUserMedia'> | undefined;
  /** URL of public/worklets/mic-frames.js as served (tests serve the repo root, not public/). */
  readonly workletUrl?: string;
  /**
   * An input context to share (left open on stop). By default each start makes its own
   * AudioContext at the microphone's rate and closes it on stop.
   */
  readonly context?: AudioContext;
  /**
   * Where hops are read for humming. `worker` (default): the main thread only dispatches frames;
   * a hum still going at `stop()` comes back without its last ~0.5 s (verdicts still pending).
   * `main`: exact to the last sample, at about 3 % of the main thread.
   */
  readonly analysis?: 'worker' | 'main';
}

/** What listening has cost so far. */
export interface ListenCost {
  readonly hops: number;
  /** Seconds of audio delivered. */
  readonly heardS: number;
  /** Main-thread ms spent per hop (analysis when on the main thread, plus frame listeners). */
  readonly handlerMs: number;
  readonly maxHandlerMs: number;
  /** Worker ms spent reading hops; null when they are read on the main thread. */
  readonly workerMs: number | null;
  /** Calls to the worklet's process() and ms spent in them; `timed` false when the audio thread
   * has no `performance.now` (then `busyMs` is 0). Null when the worklet did not answer. */
  readonly worklet: {
    readonly calls: number;
    readonly busyMs: number;
    readonly timed: boolean;
    /** Sample frames the browser skipped calling process() for (holes between hops, not silence). */
    readonly gapFrames: number;
    /** Sample frames of digital silence (nothing delivered), left out of the hops as holes too. */
    readonly zeroFrames: number;
  } | null;
}

/** A HumListener that can also report its cost (for the bench). */
export interface MeasuredHumListener extends HumListener {
  cost(): Promise<ListenCost | null>;
}

interface Session {
  readonly stream: MediaStream;
  readonly context: AudioContext;
  readonly ownsContext: boolean;
  readonly source: MediaStreamAudioSourceNode;
  readonly node: AudioWorkletNode;
  readonly route: HopRoute;
  readonly hopSize: number;
  readonly segments: HumSegment[];
  hops: number;
  originPerformanceMs: number;
  handlerMs: number;
  maxHandlerMs: number;
}

const failure = (kind: ListenFailure): ListenResult => ({ kind, message: LISTEN_MESSAGES[kind] });

function defaultContext(sampleRate: number | null): AudioContext {
  // At the microphone's rate nothing is resampled (and Firefox refuses to connect across rates).
  try {
    return new AudioContext({ latencyHint: 'playback', ...(sampleRate ? { sampleRate } : {}) });
  } catch {
    return new AudioContext({ latencyHint: 'playback' });
  }
}

const workletsLoaded = new WeakMap<BaseAudioContext, Promise<void>>();

function loadWorklet(context: AudioContext, url: string): Promise<void> {
  let loading = workletsLoaded.get(context);
  if (!loading) {
    loading = context.audioWorklet.addModule(url);
    workletsLoaded.set(context, loading);
  }
  return loading;
}

/** The worklet's answer to `{ type: 'stats' }`, or null after a second. */
function workletStats(node: AudioWorkletNode): Promise<ListenCost['worklet']> {
  return new Promise((resolve) => {
    const port = node.port;
    const answer = (event: MessageEvent<{ type: string } & NonNullable<ListenCost['worklet']>>) => {
      if (event.data.type !== 'stats') return;
      port.removeEventListener('message', answer);
      clearTimeout(timer);
      const { calls, busyMs, timed, gapFrames, zeroFrames } = event.data;
      resolve({ calls, busyMs, timed, gapFrames, zeroFrames });
    };
    const timer = setTimeout(() => {
      port.removeEventListener('message', answer);
      resolve(null);
    }, 1000);
    port.addEventListener('message', answer);
    port.start();
    port.postMessage({ type: 'stats' });
  });
}

/**
 * The microphone through an AudioWorklet into the hum tracker (src/core/hum), hop by hop. The worklet has no outputs, so the microphone can never reach the speakers; `stop()`
 * releases it at once. `start()` never throws: every failure is a ListenResult with words for the
 * person.
 */
export function createHumListener(deps: HumListenerDeps = {}): MeasuredHumListener {
  const media =
    deps.mediaDevices ?? (typeof navigator === 'object' ? navigator.mediaDevices : undefined);
  const workletUrl = deps.workletUrl ?? MIC_WORKLET_URL;
  const supported =
    typeof media?.getUserMedia === 'function' && typeof AudioWorkletNode === 'function';
  const listeners = new Set<(frame: HeardFrame) => void>();
  let session: Session | null = null;
  let generation = 0;

  function onHop(s: Session, hop: AnalysedHop, analysisMs: number): void {
    if (session !== s) return;
    const started = performance.now();
    const contextTimeS = hop.startFrame / s.context.sampleRate;
    const stamp = s.context.getOutputTimestamp();
    const performanceMs =
      (stamp.performanceTime ?? started) +
      (contextTimeS - (stamp.contextTime ?? s.context.currentTime)) * 1000;
    if (s.hops === 0) s.originPerformanceMs = performanceMs;
    s.hops++;
    s.segments.push(...hop.ended);
    const frame: HeardFrame = {
      index: hop.index,
      startS: hop.startS,
      unheardS: hop.unheardS,
      contextTimeS,
      performanceMs,
      samples: hop.samples,
      verdicts: hop.verdicts,
      originPerformanceMs: s.originPerformanceMs,
      openHumS: hop.openHumS,
      ambientDb: hop.ambientDb,
      segments: s.segments,
    };
    for (const listener of listeners) {
      try {
        listener(frame);
      } catch (error) {
        reportError(error);
      }
    }
    const spentMs = performance.now() - started + analysisMs;
    s.handlerMs += spentMs;
    s.maxHandlerMs = Math.max(s.maxHandlerMs, spentMs);
  }

  async function open(
    stream: MediaStream,
    options: ListenOptions,
    mine: number,
  ): Promise<ListenResult> {
    const [track] = stream.getAudioTracks();
    if (!track) return failure('no-microphone');
    const settings = micSettingsOf(track);
    const context = deps.context ?? defaultContext(settings.trackSampleRate);
    const ownsContext = deps.context === undefined;
    let route: HopRoute | null = null;
    try {
      await loadWorklet(context, workletUrl);
      if (mine !== generation) throw new DOMException('Stopped while starting', 'AbortError');
      const { hopSize } = frameSizes(context.sampleRate);
      const source = context.createMediaStreamSource(stream);
      const node = new AudioWorkletNode(context, 'mic-frames', {
        numberOfInputs: 1,
        numberOfOutputs: 0,
        channelCount: 1,
        channelCountMode: 'explicit',
        channelInterpretation: 'speakers',
        processorOptions: { hopSize },
      });
      const deliver = (hop: AnalysedHop, analysisMs: number) => {
        onHop(s, hop, analysisMs);
      };
      route =
        deps.analysis === 'main'
          ? mainThreadRoute(context.sampleRate, options.hum, deliver)
          : workerRoute(context.sampleRate, options.hum, deliver);
      const s: Session = {
        stream,
        context,
        ownsContext,
        source,
        node,
        route,
        hopSize,
        segments: [],
        hops: 0,
        originPerformanceMs: NaN,
        handlerMs: 0,
        maxHandlerMs: 0,
      };
      source.connect(node);
      route.start(node);
      session = s;
      // Created outside a tap the context may wait for one; the practice starts from a tap anyway.
      if (context.state !== 'running') {
        await Promise.race([context.resume(), new Promise((r) => setTimeout(r, 1000))]);
      }
      if (mine !== generation) return { kind: 'stopped' };
      return { kind: 'listening', settings, sampleRate: context.sampleRate, hopSize };
    } catch (error) {
      if (session?.stream === stream) session = null;
      route?.finish();
      for (const t of stream.getTracks()) t.stop();
      if (ownsContext) void context.close().catch(() => undefined);
      return mine === generation ? failure(listenFailureOf(error)) : { kind: 'stopped' };
    }
  }

  function stop(): readonly HumSegment[] {
    generation++;
    const s = session;
    session = null;
    if (!s) return [];
    // The processor returns false from process() once told, so a shared context lets it go.
    s.node.port.postMessage({ type: 'stop' });
    s.source.disconnect();
    s.node.disconnect();
    for (const track of s.stream.getTracks()) track.stop();
    if (s.ownsContext) void s.context.close().catch(() => undefined);
    return s.route.finish();
  }

  return {
    supported,
    async start(options = {}) {
      stop();
      const mine = generation;
      // Without a secure context `navigator.mediaDevices` is undefined: `supported` is false then.
      if (!supported) return failure('unsupported');
      let stream: MediaStream;
      try {
        stream = await media.getUserMedia(MIC_CONSTRAINTS);
      } catch (error) {
        return mine === generation ? failure(listenFailureOf(error)) : { kind: 'stopped' };
      }
      if (mine !== generation) {
        for (const t of stream.getTracks()) t.stop();
        return { kind: 'stopped' };
      }
      return open(stream, options, mine);
    },
    stop,
    onFrame(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async cost() {
      const s = session;
      if (!s) return null;
      const [worklet, workerMs] = await Promise.all([workletStats(s.node), s.route.offMainMs()]);
      return {
        hops: s.hops,
        heardS: (s.hops * s.hopSize) / s.context.sampleRate,
        handlerMs: s.handlerMs,
        maxHandlerMs: s.maxHandlerMs,
        workerMs,
        worklet,
      };
    },
  };
}
