declare const __STAY_TONE_CHUNK__: string;

/**
 * Fetch and compile the Tone.js chunk without running it (a modulepreload link), so the tap that
 * starts a practice only has to evaluate it. Running it early is not an option: Tone creates an
 * AudioContext on import, and browsers refuse one before a user gesture. Production builds only.
 */
export function prefetchTone(doc: Document = document): void {
  if (!import.meta.env.PROD) return;
  const href = __STAY_TONE_CHUNK__;
  if (doc.head.querySelector(`link[rel="modulepreload"][href="${href}"]`)) return;
  const link = doc.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  doc.head.append(link);
}
