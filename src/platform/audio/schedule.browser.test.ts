import { expect } from '@open-wc/testing';
import { compileSession, isPhaseCue } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import { describe, it } from '../../testing/mocha';
import { createCueGraph, scheduleEntry, scheduleWindow, type ScheduleResult } from './schedule';
import { biquad, detectOnsets } from './testing/signal';
import { loadTone } from './tone-loader';

const SAMPLE_RATE = 22050;

describe('scheduleWindow', () => {
  it('schedules only the cues inside its window, at t0 + atS', async () => {
    const Tone = await loadTone();
    const plan = compileSession(PRACTICES.resonance, { minutes: 2 });
    const t0 = 0.25;
    let result: ScheduleResult | undefined;
    const rendered = await Tone.Offline(
      (context) => {
        const master = context.createGain();
        Tone.connect(master, context.destination);
        result = scheduleWindow(createCueGraph(context, master, 'warm'), plan, t0, 20, 40);
      },
      45,
      1,
      SAMPLE_RATE,
    );
    const expected = plan.cues.filter((c) => isPhaseCue(c) && c.atS >= 20 && c.atS < 40);
    expect(result!.sounds.map((s) => s.atS)).to.deep.equal(expected.map((c) => c.atS));
    for (const sound of result!.sounds) expect(sound.atTime).to.equal(t0 + sound.atS);

    const band = await biquad(rendered.getChannelData(0), SAMPLE_RATE, 'highpass', 2500, 2);
    const onsets = detectOnsets(band, SAMPLE_RATE);
    expect(onsets.length).to.equal(expected.length);
    for (const [i, onset] of onsets.entries()) {
      expect(onset).to.be.closeTo(t0 + expected[i]!.atS, 0.001);
    }
  });

  it('enters a plan part-way with an onset at the entry time', async () => {
    const Tone = await loadTone();
    const plan = compileSession(PRACTICES.resonance, { minutes: 2 });
    const rendered = await Tone.Offline(
      (context) => {
        const master = context.createGain();
        Tone.connect(master, context.destination);
        const graph = createCueGraph(context, master, 'airy');
        scheduleEntry(graph, plan, -10, 12.3);
        scheduleWindow(graph, plan, -10, 12.3, 25);
      },
      16,
      1,
      SAMPLE_RATE,
    );
    const band = await biquad(rendered.getChannelData(0), SAMPLE_RATE, 'highpass', 2500, 2);
    const onsets = detectOnsets(band, SAMPLE_RATE);
    const next = plan.cues.filter((c) => isPhaseCue(c) && c.atS > 12.3 && c.atS < 26);
    expect(onsets[0]).to.be.closeTo(2.3, 0.001);
    expect(onsets.slice(1)).to.have.length(next.length);
  });
});
