// Bench page: the cost of listening for hums, on the main thread and on the audio thread.
import { HumTracker } from '../src/core/hum/hum';
import { frameSizes } from '../src/core/hum/frame';
import { createHumListener, MIC_WORKLET_URL } from '../src/platform/mic/hum-listener';

const SAMPLE_RATE = 48000;
const HUM_HZ = 150;

/** Busy time of one way of listening, as a percentage of the wall-clock time listened. */
export interface LiveCost {
  readonly hops: number;
  /** Main-thread time in the hop handler (analysis when on the main thread, and dispatch). */
  readonly mainBusyPercent: number;
  readonly mainMaxHopMs: number;
  /** Worker time reading hops; null when they are read on the main thread. */
  readonly workerBusyPercent: number | null;
  /** Audio thread, timed inside process() when the worklet scope has `performance.now`, else null. */
  readonly workletBusyPercent: number | null;
}

/** Listening costs over `seconds` of a synthetic microphone, each way. */
export interface ListeningResult {
  readonly seconds: number;
  /** Hops read on the main thread (the default) and in a Worker. */
  readonly main: LiveCost;
  readonly worker: LiveCost;
  /** Analysis alone, hops fed in a loop: mean ms per hop. */
  readonly analysisMsPerHop: number;
  /** Audio thread, offline: extra render time with the worklet over the same graph without it, as
   * a percentage of the audio's duration. */
  readonly workletOfflineBusyPercent: number;
}

/** A fake microphone: 3 s of a 150 Hz hum (with two harmonics), 2 s of quiet, repeated. */
function syntheticMic(): { stream: MediaStream; close: () => Promise<void> } {
  const context = new AudioContext({ sampleRate: SAMPLE_RATE });
  const destination = context.createMediaStreamDestination();
  const gate = context.createGain();
  gate.gain.value = 0;
  const vibrato = new OscillatorNode(context, { frequency: 5 });
  for (const [k, level] of [
    [1, 0.15],
    [2, 0.07],
    [3, 0.03],
  ] as const) {
    const osc = new OscillatorNode(context, { frequency: HUM_HZ * k });
    const gain = new GainNode(context, { gain: level });
    osc.connect(gain).connect(gate);
    // ±20 cent vibrato at 5 Hz: a perfectly steady tone would be taken for a machine.
    vibrato.connect(new GainNode(context, { gain: HUM_HZ * k * 0.0116 })).connect(osc.frequency);
    osc.start();
  }
  vibrato.start();
  for (let t = 0; t < 3600; t += 5) {
    gate.gain.setValueAtTime(1, context.currentTime + t);
    gate.gain.setValueAtTime(0, context.currentTime + t + 3);
  }
  gate.connect(destination);
  return { stream: destination.stream, close: () => context.close() };
}

async function live(seconds: number, analysis: 'main' | 'worker'): Promise<LiveCost> {
  const mic = syntheticMic();
  const listener = createHumListener({
    mediaDevices: { getUserMedia: () => Promise.resolve(mic.stream) },
    analysis,
  });
  const result = await listener.start();
  if (result.kind !== 'listening') throw new Error(`not listening: ${result.kind}`);
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const wallMs = performance.now() - started;
  const cost = await listener.cost();
  listener.stop();
  await mic.close();
  if (!cost) throw new Error('no cost');
  const worklet = cost.worklet;
  return {
    hops: cost.hops,
    mainBusyPercent: (100 * cost.handlerMs) / wallMs,
    mainMaxHopMs: cost.maxHandlerMs,
    workerBusyPercent: cost.workerMs === null ? null : (100 * cost.workerMs) / wallMs,
    workletBusyPercent:
      worklet?.timed && cost.heardS > 0 ? (100 * worklet.busyMs) / (cost.heardS * 1000) : null,
  };
}

/** Mean ms per hop of the hum tracker alone, on `seconds` of hum-and-quiet hops. */
function analysis(seconds: number): number {
  const { hopSize } = frameSizes(SAMPLE_RATE);
  const tracker = new HumTracker(SAMPLE_RATE);
  const hops = Math.floor((seconds * SAMPLE_RATE) / hopSize);
  const hop = new Float32Array(hopSize);
  const started = performance.now();
  for (let h = 0; h < hops; h++) {
    const humming = ((h * hopSize) / SAMPLE_RATE) % 5 < 3;
    for (let i = 0; i < hopSize; i++) {
      const phase = (2 * Math.PI * HUM_HZ * (h * hopSize + i)) / SAMPLE_RATE;
      hop[i] = humming ? 0.15 * Math.sin(phase) + 0.07 * Math.sin(2 * phase) : 1e-4 * Math.random();
    }
    tracker.push(hop);
  }
  return (performance.now() - started) / hops;
}

/** Offline render time of an oscillator with and without the mic-frames worklet listening to it. */
async function offlineWorkletPercent(seconds: number): Promise<number> {
  const render = async (withWorklet: boolean) => {
    const context = new OfflineAudioContext(1, seconds * SAMPLE_RATE, SAMPLE_RATE);
    await context.audioWorklet.addModule(MIC_WORKLET_URL);
    const osc = new OscillatorNode(context, { frequency: HUM_HZ });
    osc.connect(context.destination);
    if (withWorklet) {
      const node = new AudioWorkletNode(context, 'mic-frames', {
        numberOfOutputs: 0,
        processorOptions: { hopSize: frameSizes(SAMPLE_RATE).hopSize },
      });
      node.port.onmessage = () => undefined;
      osc.connect(node);
    }
    osc.start();
    const started = performance.now();
    await context.startRendering();
    return performance.now() - started;
  };
  await render(true); // warm up
  const without = Math.min(await render(false), await render(false));
  const withWorklet = Math.min(await render(true), await render(true));
  return (100 * Math.max(0, withWorklet - without)) / (seconds * 1000);
}

/** Listens to a synthetic microphone for `seconds` each way and measures what it costs. */
async function measureListening(seconds = 60): Promise<ListeningResult> {
  return {
    seconds,
    main: await live(seconds, 'main'),
    worker: await live(seconds, 'worker'),
    analysisMsPerHop: analysis(seconds),
    workletOfflineBusyPercent: await offlineWorkletPercent(seconds),
  };
}

declare global {
  var measureListening: (seconds?: number) => Promise<ListeningResult>;
}
globalThis.measureListening = measureListening;
