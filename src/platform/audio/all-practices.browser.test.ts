import { expect } from '@open-wc/testing';
import { compileSession, isPhaseCue } from '../../core/breathing/plan';
import { PRACTICE_IDS, PRACTICES } from '../../core/breathing/practices';
import { describe, it } from '../../testing/mocha';
import { renderSessionAudio } from './render-offline';
import { biquad, detectOnsets, onsetErrors } from './testing/signal';

// Low enough to keep the renders quick, high enough for the 2.5 kHz onset band.
const SAMPLE_RATE = 16000;

describe('every practice, rendered whole', () => {
  for (const id of PRACTICE_IDS) {
    it(`${id}: every phase change and the end sound where the plan puts them`, async () => {
      const plan = compileSession(PRACTICES[id]);
      const planned = plan.cues.filter((c) => isPhaseCue(c) || c.kind === 'end').map((c) => c.atS);
      const buffer = await renderSessionAudio(plan, { sampleRate: SAMPLE_RATE });
      const band = await biquad(buffer.getChannelData(0), SAMPLE_RATE, 'highpass', 2500, 2);
      const detected = detectOnsets(band, SAMPLE_RATE);
      const worstMs = Math.max(...onsetErrors(detected, planned).map((e) => Math.abs(e) * 1000));
      expect(detected).to.have.length(planned.length);
      expect(worstMs).to.be.below(1);
    });
  }
});
