import type * as ToneModule from 'tone';

/** The Tone.js module namespace, loaded on demand. */
export type Tone = typeof ToneModule;

let loading: Promise<Tone> | undefined;
/** The native context Tone made when it loaded (the only one `quietDefaultContext` replaces). */
let madeOnLoad: unknown;

/** Load Tone.js (a separate chunk, about 58 KiB gzip) once; call early to warm it before a tap. */
export function loadTone(): Promise<Tone> {
  loading ??= import('tone').then((tone) => {
    madeOnLoad = tone.getContext().rawContext;
    return tone;
  });
  return loading;
}

/**
 * Tone.js makes a running AudioContext when it loads, whose clock ticks from a Worker every few
 * milliseconds: on the main thread all practice long, even where Tone only renders offline (media
 * guidance; measured: most of a hidden practice's main-thread time). Renderers call this: that
 * context is closed and Tone left on a small offline one until a live practice sets its own.
 */
export function quietDefaultContext(tone: Tone): void {
  const current = tone.getContext();
  if (!(current instanceof tone.Context) || current instanceof tone.OfflineContext) return;
  if (current.rawContext !== madeOnLoad) return;
  tone.setContext(new tone.OfflineContext(1, 0.01, 8000));
  current.dispose();
  current.close().catch(() => undefined);
}
