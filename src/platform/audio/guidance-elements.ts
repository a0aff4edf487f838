// The media elements a practice's guidance plays from, and the ids of the files they play.
import { fileUrl } from './guidance-file';

/** An element for guidance file `id`, asking for its start at once. */
export function guidanceElement(
  id: string,
  preload: 'auto' | 'metadata' = 'auto',
): HTMLAudioElement {
  const audio = new Audio();
  audio.setAttribute('playsinline', '');
  audio.preload = preload;
  audio.src = fileUrl(id);
  return audio;
}

/** Stop an element and let go of its source. */
export function release(element: HTMLAudioElement): void {
  element.pause();
  element.removeAttribute('src');
  element.load();
}

/** A volume the element accepts (0 to 1). */
export const clampVolume = (volume: number) => Math.min(1, Math.max(0, volume));

/** A fresh file id (hex): a practice's file is never one an element has cached. */
export function newId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}
