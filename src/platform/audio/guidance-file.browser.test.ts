// The file a media element plays: the plan rendered a segment at a time (as the page writes it)
// and put together a byte range at a time (as the service worker serves it).
import { expect } from '@open-wc/testing';
import { compileSession, isPhaseCue } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import { encodeWav, pcm16 } from '../../core/io/wav';
import { rangeBytes, segmentsOf, wavSize } from '../../core/io/wav-range';
import { describe, it } from '../../testing/mocha';
import { GUIDANCE_RATE } from './guidance-writer';
import { renderLength, renderSegments, renderSessionAudio } from './render-offline';
import { biquad, detectOnsets, onsetErrors } from './testing/signal';

/** Short segments, so Five breaths (55 s) crosses several seams. */
const SEGMENT_S = 7;

describe('the guidance file', () => {
  it('is the whole render, sample for sample, put together from segments by byte ranges', async () => {
    const plan = compileSession(PRACTICES['five-breaths']);
    const options = { sampleRate: GUIDANCE_RATE, chunkS: SEGMENT_S, voice: false } as const;
    const whole = (await renderSessionAudio(plan, options)).getChannelData(0);
    const segments: Float32Array[] = [];
    for await (const segment of renderSegments(plan, options)) {
      expect(segment.index).to.equal(segments.length);
      expect(segment.offset).to.equal(segment.index * SEGMENT_S * GUIDANCE_RATE);
      segments.push(segment.samples);
    }
    const frames = renderLength(plan, GUIDANCE_RATE);
    expect(segments.reduce((n, s) => n + s.length, 0)).to.equal(frames);
    // Every sample of every segment is the one-piece render's: no seam can be heard. (Two offline
    // renders of the same graph differ here by up to a float's last bit, 6e-8, on about 1 % of
    // samples: far under 16-bit PCM's step of 3e-5.)
    segments.forEach((samples, k) => {
      const from = k * SEGMENT_S * GUIDANCE_RATE;
      const differing = samples.findIndex((v, i) => Math.abs(v - (whole[from + i] ?? 0)) > 1e-6);
      expect(differing, `segment ${String(k)}`).to.equal(-1);
    });

    // Served as a media element asks: from the start, a capped range at a time.
    const wav = { frames, sampleRate: GUIDANCE_RATE, segmentFrames: SEGMENT_S * GUIDANCE_RATE };
    const bytes = segments.map((s) => pcm16(s));
    const expected = encodeWav([whole], GUIDANCE_RATE);
    const served = new Uint8Array(wavSize(wav));
    for (let start = 0; start < served.length; start += 300_001) {
      const range = { start, end: Math.min(served.length, start + 300_001) - 1 };
      served.set(
        rangeBytes(wav, range, (k) => {
          expect(segmentsOf(wav, range)).to.include(k);
          return bytes[k] ?? new Uint8Array();
        }),
        start,
      );
    }
    expect(served.length).to.equal(expected.length);
    // The header exactly; each sample within one 16-bit step (the last-bit wobble may round apart).
    expect(served.subarray(0, 44)).to.deep.equal(expected.subarray(0, 44));
    const servedPcm = new Int16Array(served.buffer, 44);
    const expectedPcm = new Int16Array(expected.buffer, 44);
    expect(servedPcm.findIndex((v, i) => Math.abs(v - (expectedPcm[i] ?? 0)) > 1)).to.equal(-1);

    // Decoded as the element would, every onset is within 1 ms of the plan, across the seams.
    const decoded = await new OfflineAudioContext(1, 1, GUIDANCE_RATE).decodeAudioData(
      served.buffer,
    );
    const band = await biquad(decoded.getChannelData(0), GUIDANCE_RATE, 'highpass', 2500, 2);
    const planned = plan.cues.filter((c) => isPhaseCue(c) || c.kind === 'end').map((c) => c.atS);
    const errors = onsetErrors(detectOnsets(band, GUIDANCE_RATE), planned);
    expect(errors).to.have.length(planned.length);
    expect(Math.max(...errors.map((e) => Math.abs(e) * 1000))).to.be.below(1);
    // Several onsets fall in segments after the first: the seams are crossed.
    expect(planned.filter((t) => t > SEGMENT_S).length).to.be.above(5);
  });

  it('stops rendering when told, after the segment under way', async () => {
    const plan = compileSession(PRACTICES['five-breaths']);
    const abort = new AbortController();
    const seen: number[] = [];
    for await (const segment of renderSegments(
      plan,
      { sampleRate: 8000, chunkS: SEGMENT_S },
      abort.signal,
    )) {
      seen.push(segment.index);
      if (seen.length === 2) abort.abort();
    }
    expect(seen).to.deep.equal([0, 1]);
  });
});
