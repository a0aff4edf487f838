// Runs in the `mic` group of web-test-runner.config.mjs: Chromium's fake microphone loops
// .tmp/fake-mic/hum-150.wav (src/platform/mic/testing/fake-mic-wav.mjs): 2 s of room noise, a
// 3 s hum at 150 Hz, 2 s of room noise.
import { expect } from '@open-wc/testing';
import type { HeardFrame, HumListener, ListenResult } from '../../app/ports/hum-listener';
import type { HumFrame } from '../../core/hum/hum';
import { afterEach, describe, it } from '../../testing/mocha';
import { createHumListener, MIC_CONSTRAINTS } from './hum-listener';
import { LISTEN_MESSAGES } from './listen-failure';

const HUM_HZ = 150;
const HUM_S = 3;
/** The worklet as the test server serves the repo root (the app serves public/ at /). */
const WORKLET_URL = '/public/worklets/mic-frames.js';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The real microphone, remembering the streams it handed out and the constraints asked. */
function recordingMedia() {
  const streams: MediaStream[] = [];
  const constraints: (MediaStreamConstraints | undefined)[] = [];
  return {
    streams,
    constraints,
    getUserMedia: async (asked?: MediaStreamConstraints) => {
      constraints.push(asked);
      const stream = await navigator.mediaDevices.getUserMedia(asked);
      streams.push(stream);
      return stream;
    },
  };
}

/** Every AudioNode.connect made while `run` runs: [from, to]. */
async function recordConnections<T>(run: () => Promise<T>): Promise<[T, [AudioNode, unknown][]]> {
  const calls: [AudioNode, unknown][] = [];
  const original = AudioNode.prototype.connect;
  // Typed loosely: connect has overloads for AudioNode and AudioParam targets; this spy passes all through.
  AudioNode.prototype.connect = function (this: AudioNode, ...args: unknown[]) {
    calls.push([this, args[0]]);
    return Reflect.apply(original, this, args) as AudioNode;
  };
  try {
    return [await run(), calls];
  } finally {
    AudioNode.prototype.connect = original;
  }
}

async function until(test: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!test()) {
    if (performance.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms`);
    await delay(50);
  }
}

const rejectingWith = (name: string) => ({
  getUserMedia: () => Promise.reject(new DOMException('refused', name)),
});

describe('HumListener (microphone → MediaStreamTrackProcessor or AudioWorklet → hum tracker)', () => {
  let listener: HumListener | null = null;
  afterEach(() => {
    listener?.stop();
    listener = null;
  });

  const ways = [
    ['track', 'worker'],
    ['track', 'main'],
    ['worklet', 'worker'],
    ['worklet', 'main'],
  ] as const;
  for (const [capture, analysis] of ways) {
    it(`hears the 150 Hz hum, voiced only while it sounds, at exact hops with processing off (${capture}, analysis on ${analysis})`, async () => {
      const media = recordingMedia();
      const mic = createHumListener({
        mediaDevices: media,
        workletUrl: WORKLET_URL,
        analysis,
        capture,
      });
      listener = mic;
      const frames: HeardFrame[] = [];
      const verdicts: HumFrame[] = [];
      mic.onFrame((frame) => {
        frames.push(frame);
        verdicts.push(...frame.verdicts);
      });
      const result = await mic.start();

      expect(media.constraints).to.deep.equal([MIC_CONSTRAINTS]);
      if (result.kind !== 'listening') throw new Error(`not listening: ${JSON.stringify(result)}`);
      expect(result.settings.echoCancellation).to.equal(false);
      expect(result.settings.noiseSuppression).to.equal(false);
      expect(result.settings.autoGainControl).to.equal(false);
      expect(result.settings.processingOff).to.be.true;
      expect(result.hopSize).to.equal(result.sampleRate >= 32000 ? 512 : 256);

      // A whole hum: one that began after at least half a second of quiet (the file loops every 7 s).
      const wholeHum = () => frames.at(-1)?.segments.find((s) => s.startS > 0.5);
      await until(() => {
        const found = wholeHum();
        return found !== undefined && verdicts.some((v) => v.tS > found.endS + 1.5);
      }, 15_000);
      const hum = wholeHum();
      if (!hum) throw new Error('no hum');
      // On a busy machine Chromium's fake microphone skips its late ticks: the capture clock jumps
      // on while the file does not, so the jump is reported unheard and the file's 3 s of hum span
      // longer on the clock. A real microphone loses the sound of such a jump instead; the hum then
      // goes on through it, as the segmenter's unit tests prove.
      const unheardAt = (tS: number) => frames.findLast((f) => f.startS <= tS)?.unheardS ?? 0;
      const unheardInsideS = unheardAt(hum.endS) - unheardAt(hum.startS);
      expect(hum.endS - hum.startS - unheardInsideS).to.be.closeTo(
        HUM_S,
        0.15,
        `a hum of ${String(hum.endS - hum.startS)} s, ${String(unheardInsideS)} s of it unheard`,
      );
      expect(hum.medianHz).to.be.closeTo(HUM_HZ, 2);

      const inside = verdicts.filter((v) => v.tS > hum.startS + 0.1 && v.tS < hum.endS - 0.1);
      const outside = verdicts.filter((v) => v.tS < hum.startS - 0.1 || v.tS > hum.endS + 0.1);
      expect(inside.every((v) => v.voiced && Math.abs(v.hz - HUM_HZ) < 5)).to.be.true;
      expect(outside.filter((v) => v.voiced)).to.deep.equal([]);
      expect(outside.length * (result.hopSize / result.sampleRate)).to.be.greaterThan(1.4);

      // Hops are back to back on the context's clock; where the audio thread skipped calls (a busy
      // machine) the hop before is shorter and the jump is reported as unheard, never as silence.
      frames.forEach((frame, i) => {
        expect(frame.index).to.equal(i);
        expect(frame.startS).to.be.closeTo(frame.contextTimeS - frames[0]!.contextTimeS, 1e-9);
        if (i === 0) return;
        const previous = frames[i - 1]!;
        const holeS = frame.unheardS - previous.unheardS;
        expect(holeS).to.be.at.least(0);
        if (holeS === 0) expect(previous.samples.length).to.equal(result.hopSize);
        expect(frame.contextTimeS - previous.contextTimeS).to.be.closeTo(
          previous.samples.length / result.sampleRate + holeS,
          1e-9,
        );
      });
      expect(frames[1]!.performanceMs - frames[0]!.performanceMs).to.be.closeTo(
        (frames[1]!.contextTimeS - frames[0]!.contextTimeS) * 1000,
        0.5,
      );

      const cost = await mic.cost();
      console.log(`listening cost (${capture}, ${analysis})`, JSON.stringify(cost));
      expect(cost?.capture).to.equal(capture);
      expect(cost?.hops).to.equal(frames.length);
      expect(cost?.workerMs === null).to.equal(analysis === 'main');
      if (capture === 'worklet') {
        expect(cost?.worklet?.calls).to.be.greaterThan(0);
      } else {
        const heardSamples = frames.reduce((sum, f) => sum + f.samples.length, 0);
        const track = cost?.track;
        if (!track) throw new Error('no track stats');
        expect(track.frames - track.overlapFrames).to.be.at.least(heardSamples);
      }
    });
  }

  for (const [capture, analysis] of ways) {
    it(`stopping mid-hum returns the hum in progress (${capture}, analysis on ${analysis})`, async () => {
      const mic = createHumListener({
        mediaDevices: recordingMedia(),
        workletUrl: WORKLET_URL,
        analysis,
        capture,
      });
      listener = mic;
      let openHumS = 0;
      let heardS = 0;
      mic.onFrame((frame) => {
        openHumS = frame.openHumS;
        heardS = frame.verdicts.at(-1)?.tS ?? heardS;
      });
      expect((await mic.start()).kind).to.equal('listening');
      // A margin over the 1 s asked of the returned hum: its end is the last voiced verdict, which
      // can trail the open hum's length by a hop or two.
      await until(() => openHumS > 1.3, 12_000);
      const hums = mic.stop();
      const last = hums.at(-1);
      if (!last) throw new Error('no hum returned');
      expect(last.endS - last.startS).to.be.greaterThan(1);
      expect(last.endS).to.be.closeTo(heardS, analysis === 'main' ? 0.7 : 0.05);
      expect(last.medianHz).to.be.closeTo(HUM_HZ, 2);
    });
  }

  /** A listener on the recorded microphone, set to `capture`, counting the frames it hands on. */
  function micWith(capture: 'track' | 'worklet') {
    const media = recordingMedia();
    const mic = createHumListener({ mediaDevices: media, workletUrl: WORKLET_URL, capture });
    listener = mic;
    let frames = 0;
    mic.onFrame(() => frames++);
    return { media, mic, frames: () => frames };
  }

  it('reads the microphone through MediaStreamTrackProcessor when asked, with no audio graph at all', async () => {
    const { mic, frames } = micWith('track');
    const [result, connections] = await recordConnections(() => mic.start());
    expect(result.kind).to.equal('listening');
    await until(() => frames() >= 10, 5000);
    expect(connections).to.deep.equal([]);
    expect((await mic.cost())?.capture).to.equal('track');
  });

  it('never routes the microphone anywhere but the worklet, which has no outputs (worklet capture)', async () => {
    const { mic } = micWith('worklet');
    const [result, connections] = await recordConnections(() => mic.start());
    expect(result.kind).to.equal('listening');
    expect(connections).to.have.length(1);
    const [[from, to]] = connections as [[AudioNode, unknown]];
    expect(from).to.be.instanceOf(MediaStreamAudioSourceNode);
    expect(to).to.be.instanceOf(AudioWorkletNode);
    expect((to as AudioWorkletNode).numberOfOutputs).to.equal(0);
  });

  for (const capture of ['track', 'worklet'] as const) {
    it(`releases the microphone the moment it stops: track ended, no more frames, no context left running (${capture} capture)`, async () => {
      const { media, mic, frames } = micWith(capture);
      const [, connections] = await recordConnections(() => mic.start());
      await until(() => frames() >= 10, 5000);

      mic.stop();
      const heard = frames();
      const [track] = media.streams[0]!.getAudioTracks();
      expect(track!.readyState).to.equal('ended');
      await delay(300);
      expect(frames()).to.equal(heard);
      // Track capture builds no audio graph; the worklet's context is closed.
      const context = connections[0]?.[0].context as AudioContext | undefined;
      expect(context?.state ?? 'closed').to.equal('closed');
    });
  }

  for (const capture of ['track', 'worklet'] as const) {
    it(`stopping while the microphone is still opening leaves nothing open (${capture} capture)`, async () => {
      const media = recordingMedia();
      const mic = createHumListener({ mediaDevices: media, workletUrl: WORKLET_URL, capture });
      listener = mic;
      const starting = mic.start();
      expect(mic.stop()).to.deep.equal([]);
      expect((await starting).kind).to.equal('stopped');
      await delay(50);
      for (const stream of media.streams) {
        expect(stream.getTracks().map((t) => t.readyState)).to.deep.equal(['ended']);
      }
    });
  }

  const refusals: [string, ListenResult['kind']][] = [
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'no-microphone'],
    ['OverconstrainedError', 'no-microphone'],
    ['NotReadableError', 'failed'],
  ];
  for (const [name, kind] of refusals) {
    it(`says why in a sentence when getUserMedia fails with ${name} (${kind})`, async () => {
      const mic = createHumListener({ mediaDevices: rejectingWith(name), workletUrl: WORKLET_URL });
      const result = await mic.start();
      expect(result).to.deep.equal({
        kind,
        message: LISTEN_MESSAGES[kind as keyof typeof LISTEN_MESSAGES],
      });
    });
  }

  it('a refused microphone tells the person how to allow it', async () => {
    const result = await createHumListener({
      mediaDevices: rejectingWith('NotAllowedError'),
    }).start();
    expect(result).to.deep.equal({
      kind: 'denied',
      message:
        "Stay can't hear you: microphone access is off for this site. You can allow it in the browser's site settings; the practice runs on its timer meanwhile.",
    });
  });

  it('is unsupported, without throwing, where there is no getUserMedia', async () => {
    const mic = createHumListener({
      mediaDevices: {} as Pick<MediaDevices, 'getUserMedia'>,
    });
    expect(mic.supported).to.be.false;
    expect(await mic.start()).to.deep.equal({
      kind: 'unsupported',
      message: LISTEN_MESSAGES.unsupported,
    });
  });
});
