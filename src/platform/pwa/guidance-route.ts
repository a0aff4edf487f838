// The service worker's side of media guidance: `/guidance/<id>.wav` served from the segments the
// page writes into Cache Storage (platform/audio/guidance-writer.ts), a byte range at a time, so a
// media element plays a whole practice while only a segment or two is ever in memory.
import { WAV_HEADER_BYTES } from '../../core/io/wav';
import { capRange, parseRange, rangeBytes, segmentsOf, wavSize } from '../../core/io/wav-range';
import {
  GUIDANCE_CACHE,
  GUIDANCE_CHANNEL,
  type GuidanceInfo,
  type GuidanceWritten,
  infoUrl,
  segmentUrl,
} from '../audio/guidance-file';

/** Longest wait for a segment the page has not written yet, in ms (it renders far faster than real time). */
const WAIT_MS = 30_000;
/**
 * Longest wait for a file's shape, in ms: the page writes it the moment a practice starts, so a
 * file without one belongs to a practice that stopped. (A fetch still waiting holds up a new
 * version of the worker.)
 */
const INFO_WAIT_MS = 3000;
/** The most the first response carries: 5 s at 24 kHz, there at once, so playing starts at once. */
const FIRST_RESPONSE_BYTES = 256 * 1024;
/** The most a later one carries: fewer, larger answers keep a hidden page's main thread quieter. */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** How often a wait looks again without a message (a message may come before the wait began). */
const POLL_MS = 250;

/**
 * Answer a request for guidance file `id`: 206 with the asked range (cut to the segments written so
 * far, at least one), 416 for a range outside the file, 404 when the file is unknown (its practice
 * stopped) or its next part never comes.
 */
export async function serveGuidance(request: Request, id: string): Promise<Response> {
  const cache = await caches.open(GUIDANCE_CACHE);
  const infoResponse = await waitFor(cache, id, infoUrl(id), 'info', request.signal, INFO_WAIT_MS);
  if (!infoResponse) return new Response(null, { status: 404 });
  const info = (await infoResponse.json()) as GuidanceInfo;
  const size = wavSize(info);
  const asked = parseRange(request.headers.get('Range'), size);
  if (!asked) {
    return new Response(null, {
      status: 416,
      headers: { 'Content-Range': `bytes */${String(size)}` },
    });
  }
  // The element asks again for the rest as it plays, by which time it is written.
  let range = capRange(asked, asked.start === 0 ? FIRST_RESPONSE_BYTES : MAX_RESPONSE_BYTES);
  const parts = new Map<number, Uint8Array>();
  for (const index of segmentsOf(info, range)) {
    // The first segment is waited for; later ones only if already written (the range stops short).
    const response =
      parts.size === 0
        ? await waitFor(cache, id, segmentUrl(id, index), index, request.signal, WAIT_MS)
        : await cache.match(segmentUrl(id, index));
    if (!response) {
      if (parts.size === 0) return new Response(null, { status: 404 });
      range = { start: range.start, end: WAV_HEADER_BYTES + index * info.segmentFrames * 2 - 1 };
      break;
    }
    parts.set(index, new Uint8Array(await response.arrayBuffer()));
  }
  const body = rangeBytes(info, range, (index) => parts.get(index) ?? new Uint8Array());
  return new Response(body, {
    status: 206,
    headers: {
      'Content-Type': 'audio/wav',
      'Content-Length': String(body.length),
      'Content-Range': `bytes ${String(range.start)}-${String(range.end)}/${String(size)}`,
      'Accept-Ranges': 'bytes',
      'Cache-Control': 'no-store',
    },
  });
}

/**
 * The cached part at `url`, waiting up to `waitMs` for the page to write it; null if it never does,
 * the page lets the file go, or the element gives up on the request (`signal`).
 */
async function waitFor(
  cache: Cache,
  id: string,
  url: string,
  part: GuidanceWritten['part'],
  signal: AbortSignal,
  waitMs: number,
): Promise<Response | null> {
  const deadline = Date.now() + waitMs;
  const channel = new BroadcastChannel(GUIDANCE_CHANNEL);
  // Set by a message: the page let the file go.
  const file = { gone: false };
  // Ends the current wait early; each wait sets its own.
  let wake: () => void = () => undefined;
  const onAbort = () => {
    wake();
  };
  signal.addEventListener('abort', onAbort);
  channel.onmessage = (event: MessageEvent<GuidanceWritten>) => {
    if (event.data.id !== id) return;
    file.gone ||= event.data.part === 'gone';
    if (file.gone || event.data.part === part) wake();
  };
  try {
    for (;;) {
      const found = await cache.match(url);
      if (found) return found;
      const leftMs = deadline - Date.now();
      if (leftMs <= 0 || signal.aborted || file.gone) return null;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(POLL_MS, leftMs));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    channel.close();
  }
}
