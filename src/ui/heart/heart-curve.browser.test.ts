import { expect, fixture, html } from '@open-wc/testing';
import type { HeartSample, HeartTrace } from '../../core/session/record';
import { compileSession } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import { beforeEach, describe, it } from '../../testing/mocha';
import type { HeartCurve } from './heart-curve';
import './heart-curve';
import { usePageBackground } from '../testing/provide';

const plan = compileSession(PRACTICES.resonance, { minutes: 5 });

/** One sample a second for `seconds`, bpm from `bpmAt(t)`. */
function trace(seconds: number, bpmAt: (tS: number) => number, baselineBpm = 64): HeartTrace {
  const samples: HeartSample[] = Array.from({ length: seconds }, (_, tS) => ({
    tS,
    bpm: bpmAt(tS),
    level: Math.max(0, Math.min(100, (bpmAt(tS) - baselineBpm) * 4)),
  }));
  return { samples, gaps: [{ fromS: 200, toS: 210 }], baselineBpm };
}

async function curve(value: HeartTrace) {
  const element = await fixture<HeartCurve>(
    html`<heart-curve .trace=${value} .plan=${plan}></heart-curve>`,
  );
  return { element, root: element.shadowRoot as ShadowRoot };
}

describe('heart-curve', () => {
  beforeEach(usePageBackground);

  it('draws the baseline, marks the peak and says when the heart came back to baseline', async () => {
    // Rest at 64, up to 90 at 60 s, down again by 220 s (160 s after the peak), then rest.
    const bpmAt = (t: number) =>
      t < 30 ? 64 : t <= 60 ? 64 + ((t - 30) / 30) * 26 : t < 220 ? 90 - ((t - 60) / 160) * 26 : 64;
    const { root, element } = await curve(trace(300, bpmAt));
    const svg = root.querySelector('svg');
    expect(svg?.getAttribute('role')).to.equal('img');
    expect(svg?.getAttribute('aria-label')).to.contain('baseline 64 bpm');
    // The peak is read from the smoothed trace.
    expect(svg?.getAttribute('aria-label')).to.match(/peak (89|90) bpm at 1 min/);
    const baseline = root.querySelector('[data-testid="baseline"]');
    const peak = root.querySelector('[data-testid="peak"]');
    expect(baseline).to.exist;
    expect(peak).to.exist;
    expect(Number(peak?.getAttribute('cy'))).to.be.below(Number(baseline?.getAttribute('y1')));
    expect(root.querySelector('[data-testid="recovery"]')?.textContent).to.match(
      /^Your heart rate came back to baseline in 2 min \d+ s\.$/,
    );
    expect(root.querySelector('figcaption')?.textContent.replace(/\s+/g, ' ')).to.contain(
      'Heart rate peaked at 89 bpm. The urge meter peaked at 100 of 100.',
    );
    expect(root.querySelectorAll('rect.inhale').length).to.be.greaterThan(10);
    expect(root.querySelectorAll('[data-testid="gap"]')).to.have.length(1);
    expect(root.querySelectorAll('polyline')).to.have.length(2);
    await expect(element).to.be.accessible();
  });

  it('says honestly when it had not come back yet', async () => {
    const { root } = await curve(trace(120, (t) => (t < 30 ? 64 : 85)));
    expect(root.querySelector('[data-testid="recovery"]')?.textContent).to.equal(
      'It had not come back to baseline yet when the practice ended.',
    );
    expect(root.querySelector('[data-testid="peak"]')).to.exist;
  });

  it('shows nothing without samples', async () => {
    const { root } = await curve({ samples: [], gaps: [], baselineBpm: null });
    expect(root.querySelector('svg')).to.equal(null);
  });
});
