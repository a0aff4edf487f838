import { expect } from '@open-wc/testing';
import { compileSession, isPhaseCue } from '../../core/breathing/plan';
import { PRACTICE_IDS, PRACTICES } from '../../core/breathing/practices';
import { describe, it } from '../../testing/mocha';
import { renderSessionAudio } from './render-offline';
import { breathDips, planOpening } from './testing/mix';
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

// The breath sound lies below 1.5 kHz: a low rate keeps fourteen whole renders quick.
const BED_SAMPLE_RATE = 8000;

describe('the breath sound across phase changes', () => {
  for (const theme of ['warm', 'airy'] as const) {
    for (const id of PRACTICE_IDS) {
      it(`${id}, ${theme}: never drops by more than 3 dB where one phase hands over to the next`, async () => {
        // The first 100 s hold every kind of change each practice makes (its settle included).
        const plan = planOpening(compileSession(PRACTICES[id]), 100);
        const dips = await breathDips(plan, theme, BED_SAMPLE_RATE);
        const worst = dips.reduce((a, b) => (b.dipDb < a.dipDb ? b : a));
        expect(dips.length).to.be.above(3);
        expect(worst.dipDb, `worst at ${worst.atS.toFixed(2)} s`).to.be.above(-3);
      });
    }
  }
});
