import { expect } from '@open-wc/testing';
import { compileSession, isPhaseCue } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import type { Cue, SessionPlan } from '../../core/breathing/types';
import { describe, it } from '../../testing/mocha';
import { renderSessionAudio } from './render-offline';
import { biquad, detectOnsets, onsetErrors, zeroCrossingRate } from './testing/signal';

/**
 * Renders run at 16 kHz: a sample is 0.0625 ms, so onsets still resolve far below the 1 ms asked,
 * the 2.5 kHz onset band and the 1.5 kHz bed band sit well under its 8 kHz Nyquist, and a whole
 * practice renders and filters in about a third of the time 44.1 kHz takes. The first test keeps
 * 44.1 kHz, a rate devices play at.
 */
const SAMPLE_RATE = 16000;
const CD_RATE = 44100;
const ONSET_BAND_HZ = 2500;
const BED_BAND_HZ = 1500;

/** The times the plan says a sound starts: every phase change and the end. */
function plannedOnsets(plan: SessionPlan): number[] {
  return plan.cues.filter((c) => isPhaseCue(c) || c.kind === 'end').map((c) => c.atS);
}

async function measureOnsets(
  plan: SessionPlan,
  theme: 'warm' | 'airy' = 'warm',
  sampleRate = SAMPLE_RATE,
) {
  const buffer = await renderSessionAudio(plan, { sampleRate, theme });
  const samples = buffer.getChannelData(0);
  const band = await biquad(samples, sampleRate, 'highpass', ONSET_BAND_HZ, 2);
  const detected = detectOnsets(band, sampleRate);
  return { buffer, samples, detected, errors: onsetErrors(detected, plannedOnsets(plan)) };
}

const maxAbsMs = (errors: readonly number[]) => Math.max(...errors.map((e) => Math.abs(e) * 1000));
const meanMs = (errors: readonly number[]) =>
  (errors.reduce((a, b) => a + b, 0) / errors.length) * 1000;

/** Median zero-crossing rates of the low band early and late in each phase of `kind`. */
async function riseAndFall(samples: Float32Array, plan: SessionPlan, kind: Cue['kind']) {
  const bed = await biquad(samples, SAMPLE_RATE, 'lowpass', BED_BAND_HZ);
  return plan.cues
    .filter((c) => c.kind === kind && c.durationS >= 2)
    .map((c) => ({
      early: zeroCrossingRate(
        bed,
        SAMPLE_RATE,
        c.atS + c.durationS * 0.3,
        c.atS + c.durationS * 0.45,
      ),
      late: zeroCrossingRate(
        bed,
        SAMPLE_RATE,
        c.atS + c.durationS * 0.75,
        c.atS + c.durationS * 0.9,
      ),
    }));
}

describe('renderSessionAudio', () => {
  it('places every phase-change onset of Five breaths within 1 ms of its planned time', async () => {
    const plan = compileSession(PRACTICES['five-breaths']);
    const { buffer, detected, errors } = await measureOnsets(plan, 'warm', CD_RATE);
    console.log(
      `five-breaths: ${errors.length} onsets, max error ${maxAbsMs(errors).toFixed(3)} ms, mean ${meanMs(errors).toFixed(3)} ms`,
    );
    expect(buffer.duration).to.be.closeTo(plan.durationS + 1, 0.01);
    expect(buffer.sampleRate).to.equal(CD_RATE);
    expect(detected.length).to.equal(errors.length);
    expect(maxAbsMs(errors)).to.be.below(1);
  });

  it('places every onset of a 10-minute resonance practice within 1 ms', async () => {
    const plan = compileSession(PRACTICES.resonance, { minutes: 10 });
    const { detected, errors, samples } = await measureOnsets(plan);
    console.log(
      `resonance 10 min: ${errors.length} onsets, max error ${maxAbsMs(errors).toFixed(3)} ms`,
    );
    expect(errors.length).to.be.above(100);
    expect(detected.length).to.equal(errors.length);
    expect(maxAbsMs(errors)).to.be.below(1);

    for (const { early, late } of await riseAndFall(samples, plan, 'inhale')) {
      expect(late).to.be.above(early * 1.1);
    }
    for (const { early, late } of await riseAndFall(samples, plan, 'exhale')) {
      expect(late).to.be.below(early / 1.1);
    }
  });

  it('rises on inhales and falls on exhales in both themes', async () => {
    const plan = compileSession(PRACTICES['five-breaths']);
    for (const theme of ['warm', 'airy'] as const) {
      const { samples, errors } = await measureOnsets(plan, theme);
      expect(maxAbsMs(errors), theme).to.be.below(1);
      const inhales = await riseAndFall(samples, plan, 'inhale');
      const exhales = await riseAndFall(samples, plan, 'exhale');
      console.log(theme, JSON.stringify({ inhales, exhales }));
      expect(
        inhales.every((r) => r.late > r.early * 1.1),
        `${theme} inhales`,
      ).to.be.true;
      expect(
        exhales.every((r) => r.late < r.early / 1.1),
        `${theme} exhales`,
      ).to.be.true;
    }
  });

  it('has an onset detector that reports a cue moved by 3 ms', async () => {
    const plan = compileSession(PRACTICES['five-breaths']);
    const moved = plan.cues.findIndex((c) => c.kind === 'exhale');
    const shifted: SessionPlan = {
      ...plan,
      cues: plan.cues.map((c, i) => (i === moved ? { ...c, atS: c.atS + 0.003 } : c)),
    };
    const { detected, errors } = await measureOnsets(shifted);
    const expected = plannedOnsets(plan);
    const movedIndex = expected.indexOf(plan.cues[moved]!.atS);
    const againstPlan = onsetErrors(detected, expected);
    const others = againstPlan.filter((_, i) => i !== movedIndex);
    const meanOtherMs = (others.reduce((a, b) => a + b, 0) / others.length) * 1000;
    expect(maxAbsMs(errors)).to.be.below(1);
    expect(againstPlan[movedIndex]! * 1000 - meanOtherMs).to.be.closeTo(3, 0.1);
    expect(maxAbsMs(againstPlan)).to.be.above(2);
    expect(maxAbsMs(others)).to.be.below(1);
  });

  it('keeps the hum-along drone flowing, without a dip at any phase change or chunk seam', async () => {
    const plan = compileSession(PRACTICES['hum-reset']);
    const rate = 16000;
    // The airy theme's breath sound sits well above the drone's 131 Hz root.
    const buffer = await renderSessionAudio(plan, { sampleRate: rate, theme: 'airy' });
    const drone = await biquad(buffer.getChannelData(0), rate, 'lowpass', 160, 4);
    const firstBreathS = plan.cues.find((c) => c.kind === 'inhale')!.atS;
    const frameN = Math.round(0.02 * rate);
    const rms: number[] = [];
    for (let t = firstBreathS + 1.5; t < plan.breathingEndS - 0.5; t += 0.02) {
      const from = Math.round(t * rate);
      let sum = 0;
      for (let i = from; i < from + frameN; i++) sum += drone[i]! ** 2;
      rms.push(Math.sqrt(sum / frameN));
    }
    const sorted = [...rms].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1]!;
    expect(plan.breathingEndS).to.be.above(60);
    expect(median).to.be.above(0.02);
    // Ducked hum phases sit at about 0.7 of the full level; a seam out of phase would fall far lower.
    expect(sorted[0]! / median).to.be.above(0.5);
  });

  it('tunes the drone to the root it is given (a fourth below the usual hum)', async () => {
    const plan = compileSession(PRACTICES['hum-reset'], { breaths: 2 });
    const rate = 16000;
    /** Zero crossings a second of the drone band over the first inhale's middle second. */
    const crossingsPerS = async (droneHz?: number) => {
      const buffer = await renderSessionAudio(plan, {
        sampleRate: rate,
        theme: 'airy',
        ...(droneHz === undefined ? {} : { droneHz }),
      });
      const drone = await biquad(buffer.getChannelData(0), rate, 'lowpass', 150, 4);
      const inhale = plan.cues.find((c) => c.kind === 'inhale')!;
      const from = Math.round((inhale.atS + inhale.durationS / 2 - 0.5) * rate);
      let crossings = 0;
      for (let i = from + 1; i < from + rate; i++)
        if (drone[i - 1]! < 0 !== drone[i]! < 0) crossings++;
      return crossings;
    };
    // A sine crosses zero twice a period.
    expect(await crossingsPerS()).to.be.closeTo(2 * 130.81, 6);
    expect(await crossingsPerS(112.5)).to.be.closeTo(2 * 112.5, 6);
  });
});
