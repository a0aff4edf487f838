// The worker's guidance route, run in the page (it needs only Cache Storage and BroadcastChannel):
// how it waits for what the page has not written yet, and when it stops waiting.
import { expect } from '@open-wc/testing';
import { pcm16 } from '../../core/io/wav';
import { afterEach, describe, it } from '../../testing/mocha';
import { GUIDANCE_CACHE, infoUrl, segmentUrl, type GuidanceInfo } from '../audio/guidance-file';
import { forgetGuidance } from '../audio/guidance-writer';
import { serveGuidance } from './guidance-route';

const ID = 'feed0001';
const SEGMENT_FRAMES = 1000;
const info: GuidanceInfo = {
  frames: 3 * SEGMENT_FRAMES,
  sampleRate: 8000,
  segmentFrames: SEGMENT_FRAMES,
};

async function write(url: string, body: BodyInit): Promise<void> {
  await (await caches.open(GUIDANCE_CACHE)).put(url, new Response(body));
}

const ask = (range: string, signal?: AbortSignal) =>
  new Request(`/guidance/${ID}.wav`, { headers: { Range: range }, ...(signal ? { signal } : {}) });

/** Whichever comes first: the answer, or 'still waiting' after `ms`. */
const within = <T>(answer: Promise<T>, ms: number) =>
  Promise.race([
    answer,
    new Promise<'still waiting'>((resolve) => {
      setTimeout(() => {
        resolve('still waiting');
      }, ms);
    }),
  ]);

afterEach(async () => {
  await caches.delete(GUIDANCE_CACHE);
});

describe('serveGuidance', () => {
  it('answers a range as soon as the page writes its segment', async () => {
    await write(infoUrl(ID), JSON.stringify(info));
    const answer = serveGuidance(ask('bytes=44-'), ID);
    expect(await within(answer, 300)).to.equal('still waiting');
    const samples = new Float32Array(SEGMENT_FRAMES).fill(0.5);
    await write(segmentUrl(ID, 0), pcm16(samples));
    new BroadcastChannel('stay-guidance').postMessage({ id: ID, part: 0 });
    const response = await answer;
    expect(response.status).to.equal(206);
    expect(response.headers.get('Content-Range')).to.equal(
      `bytes 44-${String(44 + 2 * SEGMENT_FRAMES - 1)}/${String(44 + 6 * SEGMENT_FRAMES)}`,
    );
    expect((await response.arrayBuffer()).byteLength).to.equal(2 * SEGMENT_FRAMES);
  });

  it('stops waiting the moment the practice lets its file go (a stop before the segment is written)', async () => {
    await write(infoUrl(ID), JSON.stringify(info));
    await write(segmentUrl(ID, 0), pcm16(new Float32Array(SEGMENT_FRAMES)));
    // Segment 1 is never written: the practice stops first.
    const answer = serveGuidance(ask(`bytes=${String(44 + 2 * SEGMENT_FRAMES)}-`), ID);
    expect(await within(answer, 300)).to.equal('still waiting');
    await forgetGuidance({ ids: [ID] });
    // Well before its own 30-s limit: a fetch left waiting holds up a new version of the worker.
    const response = await within(answer, 3000);
    expect(response).to.not.equal('still waiting');
    expect((response as Response).status).to.equal(404);
  });

  it('stops waiting when the element gives up on the request', async () => {
    await write(infoUrl(ID), JSON.stringify(info));
    const abort = new AbortController();
    const answer = serveGuidance(ask('bytes=0-', abort.signal), ID);
    expect(await within(answer, 300)).to.equal('still waiting');
    abort.abort();
    const response = await within(answer, 3000);
    expect(response).to.not.equal('still waiting');
    expect((response as Response).status).to.equal(404);
  });
});
