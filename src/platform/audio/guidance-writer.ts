import type { SessionPlan } from '../../core/breathing/types';
import { pcm16 } from '../../core/io/wav';
import {
  GUIDANCE_CACHE,
  GUIDANCE_CHANNEL,
  type GuidanceInfo,
  type GuidanceWritten,
  infoUrl,
  segmentUrl,
} from './guidance-file';
import { type RenderOptions, renderLength, renderSegments } from './render-offline';

/** The guidance file's sample rate: the voice and the breath sound lose nothing a phone plays. */
export const GUIDANCE_RATE = 24000;
/** Seconds per segment: the first is ready soon after the tap, and each is about 1 MB. */
export const GUIDANCE_SEGMENT_S = 20;

/**
 * Renders a plan's guidance into Cache Storage a segment at a time, for the service worker to serve
 * as `/guidance/<id>.wav`. `ahead(n)` renders the first n segments and waits (an opening prepared
 * before the tap); `finish()` renders the rest. Only the segment being written is in memory.
 */
export class GuidanceWriter {
  readonly info: GuidanceInfo;
  readonly #segments: AsyncGenerator<{ index: number; samples: Float32Array }>;
  readonly #abort = new AbortController();
  readonly #channel: BroadcastChannel | null;
  #written = 0;
  #chain: Promise<void>;

  constructor(
    readonly id: string,
    plan: SessionPlan,
    options: Omit<RenderOptions, 'sampleRate' | 'chunkS'>,
  ) {
    this.info = {
      frames: renderLength(plan, GUIDANCE_RATE),
      sampleRate: GUIDANCE_RATE,
      segmentFrames: GUIDANCE_SEGMENT_S * GUIDANCE_RATE,
    };
    this.#segments = renderSegments(
      plan,
      { ...options, sampleRate: GUIDANCE_RATE, chunkS: GUIDANCE_SEGMENT_S },
      this.#abort.signal,
    );
    this.#channel =
      typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(GUIDANCE_CHANNEL);
    this.#chain = this.#put(infoUrl(id), new Response(JSON.stringify(this.info)), 'info');
  }

  /** Segments written so far. */
  get written(): number {
    return this.#written;
  }

  /** Render and write until `count` segments are written (or the plan ends). */
  ahead(count: number): Promise<void> {
    this.#chain = this.#chain.then(async () => {
      while (this.#written < count && !this.#abort.signal.aborted) {
        const next = await this.#segments.next();
        if (next.done) return;
        const { index, samples } = next.value;
        await this.#put(segmentUrl(this.id, index), new Response(pcm16(samples)), index);
        this.#written = index + 1;
      }
    });
    return this.#chain;
  }

  /** Render and write the rest. */
  finish(): Promise<void> {
    return this.ahead(Infinity);
  }

  /** Stop rendering; what is written stays until `clearGuidance`. */
  cancel(): void {
    this.#abort.abort();
    this.#channel?.close();
  }

  async #put(url: string, response: Response, part: GuidanceWritten['part']): Promise<void> {
    if (this.#abort.signal.aborted) return;
    const cache = await caches.open(GUIDANCE_CACHE);
    await cache.put(url, response);
    const message: GuidanceWritten = { id: this.id, part };
    this.#channel?.postMessage(message);
  }
}

/** Write short samples as a whole guidance file of one segment (a notice). */
export async function writeWhole(
  id: string,
  samples: Float32Array,
  sampleRate: number,
): Promise<void> {
  const cache = await caches.open(GUIDANCE_CACHE);
  const info: GuidanceInfo = { frames: samples.length, sampleRate, segmentFrames: samples.length };
  await cache.put(segmentUrl(id, 0), new Response(pcm16(samples)));
  await cache.put(infoUrl(id), new Response(JSON.stringify(info)));
}

/**
 * Delete rendered guidance files: those of `ids`, or with `keep`, every one but those (what a
 * stopped or crashed practice left). Other practices' files are never touched mid-write.
 */
export async function forgetGuidance(
  which: { ids: readonly string[] } | { keep: readonly string[] },
): Promise<void> {
  if (typeof caches === 'undefined') return;
  const cache = await caches.open(GUIDANCE_CACHE);
  // A practice's id is hex; its notices' files are `<id>-<sound>`.
  const idOf = (url: string) => /^\/guidance\/([0-9a-f]+)/.exec(new URL(url).pathname)?.[1];
  const doomed = (id: string | undefined) =>
    id !== undefined && ('ids' in which ? which.ids.includes(id) : !which.keep.includes(id));
  const requests = (await cache.keys()).filter((r) => doomed(idOf(r.url)));
  await Promise.all(requests.map((r) => cache.delete(r)));
  // The worker may be waiting for a part of one of them: it need wait no longer.
  const gone = new Set([...('ids' in which ? which.ids : []), ...requests.map((r) => idOf(r.url))]);
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(GUIDANCE_CHANNEL);
  for (const id of gone) {
    if (id !== undefined) channel.postMessage({ id, part: 'gone' } satisfies GuidanceWritten);
  }
  channel.close();
}
