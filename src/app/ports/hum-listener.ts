import type { HumFrame, HumOptions, HumSegment } from '../../core/hum/hum';

/** Why Stay cannot hear the person; the result's `message` says so in words for them. */
export type ListenFailure = 'unsupported' | 'denied' | 'no-microphone' | 'failed';

/** The microphone as the browser opened it (`track.getSettings()`; null where not reported). */
export interface MicSettings {
  readonly trackSampleRate: number | null;
  readonly channelCount: number | null;
  readonly echoCancellation: boolean | null;
  readonly noiseSuppression: boolean | null;
  readonly autoGainControl: boolean | null;
  /** True when none of the three voice-processing stages reports itself on. */
  readonly processingOff: boolean;
}

/** How `HumListener.start` ended. `stopped`: `stop()` came first; nothing to tell the person. */
export type ListenResult =
  | {
      readonly kind: 'listening';
      readonly settings: MicSettings;
      /** Rate (Hz) of the audio analysed, and the hop (samples) between frames. */
      readonly sampleRate: number;
      readonly hopSize: number;
    }
  | { readonly kind: ListenFailure; readonly message: string }
  | { readonly kind: 'stopped' };

/** What to listen for: the drone to ignore, the ambient level, thresholds (see core/hum). */
export interface ListenOptions {
  readonly hum?: HumOptions;
}

/**
 * One hop of microphone audio and what the hum tracker made of it. Hum times (`verdicts[].tS`,
 * `segments[].startS/endS`) are seconds from the first sample heard, which was at
 * `originPerformanceMs` on the `performance.now()` clock.
 */
export interface HeardFrame {
  /** Hop number since listening started (0, 1, 2…); not a clock: hops skip what was never heard. */
  readonly index: number;
  /** Seconds from the first hop's first sample to this hop's (the hum times' clock), holes included. */
  readonly startS: number;
  /** Seconds the audio thread skipped so far: never heard, neither hum nor silence. */
  readonly unheardS: number;
  /** Input-context time (s) of the hop's first sample. */
  readonly contextTimeS: number;
  /** The same instant on the `performance.now()` clock (ms), to line it up with other clocks. */
  readonly performanceMs: number;
  readonly originPerformanceMs: number;
  /** The hop's mono samples (−1..1); the listener may keep them. */
  readonly samples: Float32Array;
  /** Frames whose verdict became final with this hop (verdicts lag about half a second). */
  readonly verdicts: readonly HumFrame[];
  /** Seconds of the hum in progress (0 when none). */
  readonly openHumS: number;
  /** Ambient band level (dBFS) the tracker is using. */
  readonly ambientDb: number;
  /** Hums that have ended so far. */
  readonly segments: readonly HumSegment[];
}

/** The microphone, heard hop by hop and read for humming. */
export interface HumListener {
  /** False where the browser has no getUserMedia or AudioWorklet. */
  readonly supported: boolean;
  /** Opens the microphone (ask from a tap) with voice processing off; never throws. */
  start(options?: ListenOptions): Promise<ListenResult>;
  /** Called for every hop while listening; returns unsubscribe. */
  onFrame(listener: (frame: HeardFrame) => void): () => void;
  /** Releases the microphone at once; returns every hum heard (one in progress included). */
  stop(): readonly HumSegment[];
}
