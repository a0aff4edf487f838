import { expect } from '@open-wc/testing';
import { compileSession } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import { describe, it } from '../../testing/mocha';
import { createWavExporter } from './wav-exporter';

describe('wav exporter', () => {
  it('renders a practice to a mono 16-bit WAV of the whole plan', async () => {
    const plan = compileSession(PRACTICES['five-breaths']);
    const blob = await createWavExporter(8000).renderWav(plan, { voice: false, theme: 'warm' });
    const view = new DataView(await blob.arrayBuffer());
    expect(blob.type).to.equal('audio/wav');
    expect(view.getUint32(24, true)).to.equal(8000);
    expect(view.getUint16(22, true)).to.equal(1);
    const frames = view.getUint32(40, true) / 2;
    expect(frames / 8000).to.be.closeTo(plan.durationS + 1, 0.01);
    let peak = 0;
    for (let i = 0; i < frames; i++)
      peak = Math.max(peak, Math.abs(view.getInt16(44 + i * 2, true)));
    expect(peak).to.be.within(1000, 32767);
  });
});
