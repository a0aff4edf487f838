import type * as ToneModule from 'tone';

/** The Tone.js module namespace, loaded on demand. */
export type Tone = typeof ToneModule;

let loading: Promise<Tone> | undefined;

/** Load Tone.js (a separate chunk, about 58 KiB gzip) once; call early to warm it before a tap. */
export function loadTone(): Promise<Tone> {
  loading ??= import('tone');
  return loading;
}
