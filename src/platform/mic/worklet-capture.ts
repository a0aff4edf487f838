import { frameSizes } from '../../core/hum/frame';
import type { Capture, WorkletStats } from './capture';

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
function workletStats(node: AudioWorkletNode): Promise<WorkletStats | null> {
  return new Promise((resolve) => {
    const port = node.port;
    const answer = (event: MessageEvent<{ type: string } & WorkletStats>) => {
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

/** Where the worklet capture runs: a shared context (left open on close) or its own. */
export interface WorkletCaptureOptions {
  readonly context: AudioContext | undefined;
  readonly workletUrl: string;
  readonly trackSampleRate: number | null;
}

/**
 * The microphone through an AudioContext into the `mic-frames` worklet (no outputs: nothing can
 * reach the speakers). Resolves once the worklet is loaded; `isCurrent()` false then (a stop came
 * first) rejects with an AbortError, with the context closed. The sample clock is the context's.
 */
export async function openWorkletCapture(
  stream: MediaStream,
  options: WorkletCaptureOptions,
  isCurrent: () => boolean,
): Promise<Capture> {
  const context = options.context ?? defaultContext(options.trackSampleRate);
  const ownsContext = options.context === undefined;
  const close = () => {
    if (ownsContext) void context.close().catch(() => undefined);
  };
  try {
    await loadWorklet(context, options.workletUrl);
    if (!isCurrent()) throw new DOMException('Stopped while starting', 'AbortError');
  } catch (error) {
    close();
    throw error;
  }
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
  source.connect(node);
  // Created outside a tap the context may wait for one; the practice starts from a tap anyway.
  if (context.state !== 'running') {
    await Promise.race([context.resume(), new Promise((r) => setTimeout(r, 1000))]);
  }
  return {
    kind: 'worklet',
    source: { kind: 'worklet', node },
    sampleRate: context.sampleRate,
    performanceMs(atS) {
      const stamp = context.getOutputTimestamp();
      return (
        (stamp.performanceTime ?? performance.now()) +
        (atS - (stamp.contextTime ?? context.currentTime)) * 1000
      );
    },
    workletStats: () => workletStats(node),
    close() {
      // The processor returns false from process() once told, so a shared context lets it go.
      node.port.postMessage({ type: 'stop' });
      source.disconnect();
      node.disconnect();
      close();
    },
  };
}
