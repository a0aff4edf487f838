import { expect, fixture, html } from '@open-wc/testing';
import type { UrgeLive } from '../../app/heart/heart-session';
import { beforeEach, describe, it } from '../../testing/mocha';
import { URGE_LABEL, type UrgeMeter } from './urge-meter';
import './urge-meter';
import { usePageBackground } from '../testing/provide';

const reading = (over: Partial<UrgeLive> = {}): UrgeLive => ({
  level: 0,
  high: false,
  baselineBpm: 64,
  quality: 'ok',
  reason: null,
  ...over,
});

async function meter(urge: UrgeLive | null) {
  const element = await fixture<UrgeMeter>(html`<urge-meter .urge=${urge}></urge-meter>`);
  const root = element.shadowRoot as ShadowRoot;
  const bar = root.querySelector('[role="meter"]') as HTMLElement;
  return { element, root, bar };
}

describe('urge-meter', () => {
  beforeEach(usePageBackground);

  it('is a meter from 0 to 100 whose value is also said in words', async () => {
    const { bar, root, element } = await meter(reading({ level: 22.4 }));
    expect(bar.getAttribute('aria-valuemin')).to.equal('0');
    expect(bar.getAttribute('aria-valuemax')).to.equal('100');
    expect(bar.getAttribute('aria-valuenow')).to.equal('22');
    expect(bar.getAttribute('aria-valuetext')).to.equal('Settled, 22 of 100');
    expect(root.querySelector('.word')?.textContent).to.equal('Settled');
    expect(root.querySelector('.label')?.textContent).to.equal(URGE_LABEL);
    expect(root.querySelector('[aria-live]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('says rising above 40, and high only once the meter holds it there', async () => {
    const { bar, element, root } = await meter(reading({ level: 75 }));
    expect(bar.getAttribute('aria-valuetext')).to.equal('Rising, 75 of 100');
    element.urge = reading({ level: 75, high: true });
    await element.updateComplete;
    expect(bar.getAttribute('aria-valuetext')).to.equal('High, 75 of 100');
    expect(root.querySelector('.word')?.textContent).to.equal('High');
  });

  it('greys out and says why for each kind of poor signal', async () => {
    const cases: [Partial<UrgeLive>, string][] = [
      [{ quality: 'none', reason: 'baseline', baselineBpm: null }, 'Finding your baseline…'],
      [{ quality: 'poor', reason: 'no-contact' }, 'No skin contact'],
      [{ quality: 'poor', reason: 'no-data' }, 'No data for a few seconds'],
      [{ quality: 'poor', reason: 'artefacts' }, 'Too many missed beats'],
    ];
    for (const [over, words] of cases) {
      const { bar, root, element } = await meter(reading({ level: 30, ...over }));
      expect(bar.getAttribute('aria-valuetext')).to.equal(words);
      expect(root.querySelector('.word')?.textContent).to.equal(words);
      expect(root.querySelector('[data-quality]')?.getAttribute('data-quality')).to.equal(
        over.quality,
      );
      await expect(element).to.be.accessible();
    }
  });

  it('waits for a baseline when it has no reading yet', async () => {
    const { bar } = await meter(null);
    expect(bar.getAttribute('aria-valuetext')).to.equal('Finding your baseline…');
    expect(bar.getAttribute('aria-valuenow')).to.equal('0');
  });
});
