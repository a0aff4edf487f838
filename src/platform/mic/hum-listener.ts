import type {
  HeardFrame,
  HumListener,
  ListenFailure,
  ListenOptions,
  ListenResult,
} from '../../app/ports/hum-listener';
import { frameSizes } from '../../core/hum/frame';
import type { HumSegment } from '../../core/hum/hum';
import type { Capture, WorkletStats } from './capture';
import type { FrameHopStats } from './frame-hops';
import type { AnalysedHop } from './hop-analysis';
import { type HopRoute, mainThreadRoute, workerRoute } from './hop-routes';
import { LISTEN_MESSAGES, listenFailureOf } from './listen-failure';
import { MIC_CONSTRAINTS, micSettingsOf } from './mic-settings';
import { openTrackCapture, trackProcessorClass } from './track-capture';
import { openWorkletCapture } from './worklet-capture';

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
  /**
   * How the microphone is read. `worklet` (the default): an AudioContext and the mic-frames
   * worklet. `track` (where the browser has MediaStreamTrackProcessor, Chromium): AudioData frames
   * on the capture clock, every hole seen in their timestamps; not the default yet, because its
   * hums are timed on the capture clock while the practice runs on the output context's, and under
   * load the two part (hums land in the wrong rounds). See src/platform/mic/README.md.
   */
  readonly capture?: 'track' | 'worklet';
}

/** What listening has cost so far. */
export interface ListenCost {
  /** How the microphone is read: a MediaStreamTrackProcessor, or the mic-frames worklet. */
  readonly capture: 'track' | 'worklet';
  readonly hops: number;
  /** Seconds of audio delivered. */
  readonly heardS: number;
  /** Main-thread ms spent per hop (analysis when on the main thread, plus frame listeners). */
  readonly handlerMs: number;
  readonly maxHandlerMs: number;
  /** Worker ms spent reading hops; null when they are read on the main thread. */
  readonly workerMs: number | null;
  /** The worklet's calls and time (see WorkletStats); null for a track, or when it did not answer. */
  readonly worklet: WorkletStats | null;
  /** Sample frames the track delivered, and the holes and overlaps in their timestamps. */
  readonly track: FrameHopStats | null;
}

/** A HumListener that can also report its cost (for the bench). */
export interface MeasuredHumListener extends HumListener {
  cost(): Promise<ListenCost | null>;
}

interface Session {
  readonly stream: MediaStream;
  readonly capture: Capture;
  readonly route: HopRoute;
  readonly segments: HumSegment[];
  hops: number;
  heardS: number;
  originPerformanceMs: number;
  handlerMs: number;
  maxHandlerMs: number;
}

const failure = (kind: ListenFailure): ListenResult => ({ kind, message: LISTEN_MESSAGES[kind] });

/**
 * The microphone into the hum tracker (src/core/hum), hop by hop: through a
 * MediaStreamTrackProcessor where the browser has one, else an AudioWorklet with no outputs; either
 * way the microphone can never reach the speakers. `stop()` releases it at once. `start()` never
 * throws: every failure is a ListenResult with words for the person.
 */
export function createHumListener(deps: HumListenerDeps = {}): MeasuredHumListener {
  const media =
    deps.mediaDevices ?? (typeof navigator === 'object' ? navigator.mediaDevices : undefined);
  const workletUrl = deps.workletUrl ?? MIC_WORKLET_URL;
  const Processor = deps.capture === 'track' ? trackProcessorClass() : null;
  const supported =
    typeof media?.getUserMedia === 'function' &&
    (Processor !== null || typeof AudioWorkletNode === 'function');
  const listeners = new Set<(frame: HeardFrame) => void>();
  let session: Session | null = null;
  let generation = 0;

  function onHop(s: Session, hop: AnalysedHop, analysisMs: number): void {
    if (session !== s) return;
    const started = performance.now();
    const hopS = hop.samples.length / hop.sampleRate;
    const contextTimeS = hop.startFrame / hop.sampleRate;
    const performanceMs = s.capture.performanceMs(contextTimeS, contextTimeS + hopS);
    if (s.hops === 0) s.originPerformanceMs = performanceMs;
    s.hops++;
    s.heardS += hopS;
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
    let capture: Capture | null = null;
    let route: HopRoute | null = null;
    try {
      capture = Processor
        ? openTrackCapture(Processor, track, settings.trackSampleRate ?? 48000)
        : await openWorkletCapture(
            stream,
            { context: deps.context, workletUrl, trackSampleRate: settings.trackSampleRate },
            () => mine === generation,
          );
      const deliver = (hop: AnalysedHop, analysisMs: number) => {
        onHop(s, hop, analysisMs);
      };
      route = (deps.analysis === 'main' ? mainThreadRoute : workerRoute)(
        capture.sampleRate,
        options.hum,
        deliver,
      );
      const s: Session = {
        stream,
        capture,
        route,
        segments: [],
        hops: 0,
        heardS: 0,
        originPerformanceMs: NaN,
        handlerMs: 0,
        maxHandlerMs: 0,
      };
      session = s;
      // A track's frames may come at another rate than its settings said: hops are read at theirs.
      const sampleRate = await route.start(capture.source);
      if (mine !== generation) return { kind: 'stopped' };
      const { hopSize } = frameSizes(sampleRate);
      return { kind: 'listening', settings, sampleRate, hopSize };
    } catch (error) {
      if (session?.stream === stream) session = null;
      route?.finish();
      capture?.close();
      for (const t of stream.getTracks()) t.stop();
      return mine === generation ? failure(listenFailureOf(error)) : { kind: 'stopped' };
    }
  }

  function stop(): readonly HumSegment[] {
    generation++;
    const s = session;
    session = null;
    if (!s) return [];
    s.capture.close();
    for (const track of s.stream.getTracks()) track.stop();
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
      const [worklet, route] = await Promise.all([s.capture.workletStats(), s.route.stats()]);
      return {
        capture: s.capture.kind,
        hops: s.hops,
        heardS: s.heardS,
        handlerMs: s.handlerMs,
        maxHandlerMs: s.maxHandlerMs,
        workerMs: route.workerMs,
        worklet,
        track: route.track,
      };
    },
  };
}
