// Where a practice's rendered guidance lives while it plays: the page writes the segments into
// Cache Storage as it renders them, and the service worker serves them to a media element as one
// WAV file (`/guidance/<id>.wav`), a byte range at a time. Shared by the page and the worker.
import type { SegmentedWav } from '../../core/io/wav-range';

/** The Cache Storage cache holding rendered guidance (only the running practice's). */
export const GUIDANCE_CACHE = 'stay-guidance';
/** Path prefix of everything in it; the service worker answers requests under it. */
export const GUIDANCE_PATH = '/guidance/';
/** The channel on which the page says a segment is written (the worker may be waiting for it). */
export const GUIDANCE_CHANNEL = 'stay-guidance';

/** What the worker needs to serve a file: its shape. Written before any segment. */
export type GuidanceInfo = SegmentedWav;

/** A message on GUIDANCE_CHANNEL. */
export interface GuidanceWritten {
  readonly id: string;
  /** The segment written, 'info', or 'gone': the file was let go and nothing more will come. */
  readonly part: number | 'info' | 'gone';
}

/** The file a media element plays. */
export const fileUrl = (id: string): string => `${GUIDANCE_PATH}${id}.wav`;
/** The file's shape (JSON). */
export const infoUrl = (id: string): string => `${GUIDANCE_PATH}${id}/info`;
/** Segment `index`'s 16-bit PCM bytes. */
export const segmentUrl = (id: string, index: number): string =>
  `${GUIDANCE_PATH}${id}/${String(index)}`;

/** The id of a guidance file path (`/guidance/<id>.wav`), or null for any other path. */
export function fileIdOf(pathname: string): string | null {
  const match = /^\/guidance\/([\w-]+)\.wav$/.exec(pathname);
  return match?.[1] ?? null;
}
