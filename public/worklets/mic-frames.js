// AudioWorklet processor for src/platform/mic/hum-listener.ts. Plain JS in public/ so the app serves
// it same-origin under `script-src 'self'` (a small Vite asset would be inlined as a data: URL,
// which that policy blocks).
/* global registerProcessor, AudioWorkletProcessor, currentFrame */

/**
 * `mic-frames`: once told `{ type: 'start', port? }`, cuts the first input channel into hops of
 * `processorOptions.hopSize` samples and posts each to `port` (a Worker's, so the main thread never
 * sees them) or else its own port, as `{ type: 'hop', samples: Float32Array, startFrame }` (its
 * buffer transferred), where
 * `startFrame` is the context's sample frame of the hop's first sample. Hops hold consecutive
 * samples: when the browser skips process() calls, the hop in progress is posted as it is (shorter)
 * and the next starts at the new frame, so the jump in `startFrame` shows the hole; it is never
 * filled with silence. A render quantum of digital silence (no input channels, or every sample
 * exactly 0) is a hole too: it is what the browser plays when the microphone delivered nothing in
 * time (an input underrun under load, a track starting or muted), and a live microphone with voice
 * processing off always carries some noise. No outputs: nothing it hears can reach the speakers.
 *
 * On `{ type: 'stats' }` it answers `{ type: 'stats', calls, busyMs, timed, gapFrames }`: calls to
 * process(), the time spent in them when `performance.now` exists in this scope (`timed`), and the
 * sample frames the browser skipped (left out of the hops). On `{ type: 'stop' }` it ends.
 */
/** Whether every sample is exactly 0: nothing was delivered (a microphone is never that quiet). */
function isDigitalSilence(channel) {
  for (let i = 0; i < channel.length; i++) if (channel[i] !== 0) return false;
  return true;
}

class MicFrames extends AudioWorkletProcessor {
  constructor(options) {
    super();
    this.hopSize = options.processorOptions.hopSize;
    this.hop = new Float32Array(this.hopSize);
    this.filled = 0;
    this.startFrame = 0;
    /** Context sample frame of the next sample to write; set by the first process() call. */
    this.nextFrame = null;
    this.gapFrames = 0;
    this.zeroFrames = 0;
    this.calls = 0;
    this.busyMs = 0;
    this.clock = typeof performance === 'object' && performance ? performance : null;
    this.stopped = false;
    /** Where hops go; null until started. */
    this.out = null;
    this.port.onmessage = (event) => {
      if (event.data.type === 'start') {
        this.out = event.data.port || this.port;
      } else if (event.data.type === 'stats') {
        this.port.postMessage({
          type: 'stats',
          calls: this.calls,
          busyMs: this.busyMs,
          timed: this.clock !== null,
          gapFrames: this.gapFrames,
          zeroFrames: this.zeroFrames,
        });
      } else if (event.data.type === 'stop') {
        this.stopped = true;
      }
    };
  }

  process(inputs) {
    const started = this.clock ? this.clock.now() : 0;
    if (this.out === null) return !this.stopped;
    const channel = inputs[0] && inputs[0][0];
    if (this.nextFrame === null) this.nextFrame = currentFrame;
    // Chromium skips calls at start-up and whenever the audio thread is late (a busy phone): what
    // was skipped was never heard, which is not silence, so the hole stays a jump in startFrame.
    if (currentFrame > this.nextFrame) {
      this.gapFrames += currentFrame - this.nextFrame;
      this.flush();
      this.nextFrame = currentFrame;
    }
    if (channel && !isDigitalSilence(channel)) {
      this.write(channel, channel.length);
    } else {
      const length = channel ? channel.length : 128;
      this.zeroFrames += length;
      this.flush();
      this.nextFrame += length;
    }
    this.calls++;
    if (this.clock) this.busyMs += this.clock.now() - started;
    return !this.stopped;
  }

  /** Posts the hop in progress, however short (before a hole). */
  flush() {
    if (this.filled === 0) return;
    const samples = this.hop.slice(0, this.filled);
    this.out.postMessage({ type: 'hop', samples, startFrame: this.startFrame }, [samples.buffer]);
    this.filled = 0;
  }

  /** Appends `length` samples of `channel`, posting each hop it completes. */
  write(channel, length) {
    let offset = 0;
    while (offset < length) {
      if (this.filled === 0) this.startFrame = this.nextFrame;
      const take = Math.min(length - offset, this.hopSize - this.filled);
      this.hop.set(channel.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      this.nextFrame += take;
      if (this.filled === this.hopSize) {
        const samples = this.hop;
        this.out.postMessage({ type: 'hop', samples, startFrame: this.startFrame }, [
          samples.buffer,
        ]);
        this.hop = new Float32Array(this.hopSize);
        this.filled = 0;
      }
    }
  }
}

registerProcessor('mic-frames', MicFrames);
