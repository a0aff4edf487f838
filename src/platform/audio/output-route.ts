import type { Tone } from './tone-loader';

type ToneContext = InstanceType<Tone['Context']>;

/** How the session's sound leaves the page. */
export type OutputPath = 'media-element' | 'destination';

/** A connected output; `dispose` disconnects it and stops the media element. */
export interface OutputRoute {
  readonly path: OutputPath;
  dispose(): void;
}

/**
 * Send `master` to an <audio> element through a MediaStream, so mobile browsers treat the page as
 * playing media and keep it going with the screen off. Where that path is missing or `play()` is
 * refused, fall back to the context's destination (never both, so nothing plays twice).
 */
export function routeOutput(tone: Tone, context: ToneContext, master: AudioNode): OutputRoute {
  const direct = (): OutputRoute => {
    tone.connect(master, context.destination);
    return {
      path: 'destination',
      dispose: () => {
        master.disconnect();
      },
    };
  };
  if (typeof Audio === 'undefined' || typeof MediaStream === 'undefined') return direct();
  let stream: MediaStreamAudioDestinationNode;
  try {
    stream = context.createMediaStreamDestination();
  } catch {
    return direct();
  }
  const audio = new Audio();
  audio.setAttribute('playsinline', '');
  audio.srcObject = stream.stream;
  master.connect(stream);
  let fallback: OutputRoute | null = null;
  let disposed = false;
  audio.play().catch(() => {
    if (disposed) return;
    master.disconnect(stream);
    fallback = direct();
  });
  return {
    get path() {
      return fallback ? fallback.path : 'media-element';
    },
    dispose() {
      disposed = true;
      audio.pause();
      audio.srcObject = null;
      master.disconnect();
    },
  };
}
