import { expect, fixture, html } from '@open-wc/testing';
import { PRACTICE_VIEW_WORDS, PRACTICE_WORDS } from '../../core/content/practice';
import { beforeEach, describe, it } from '../../testing/mocha';
import type { PracticeReady } from './practice-ready';
import './practice-ready';
import { buttonNamed, usePageBackground } from '../testing/provide';

/** The urge-rating row inside the Start screen. */
function ratingRow(root: ShadowRoot): ShadowRoot {
  const found = root.querySelector('urge-rating')?.shadowRoot;
  if (!found) throw new Error('No urge rating on screen.');
  return found;
}

describe('practice-ready', () => {
  beforeEach(usePageBackground);

  it('shows one Start button, the hint and the optional rating, and no hum choice', async () => {
    const ready = await fixture<PracticeReady>(html`<practice-ready></practice-ready>`);
    const root = ready.shadowRoot as ShadowRoot;
    expect(root.querySelectorAll('button.primary')).to.have.length(1);
    expect(buttonNamed(root, 'Start')).to.exist;
    expect(root.textContent).to.contain(PRACTICE_VIEW_WORDS.startHint);
    expect(ratingRow(root).textContent).to.contain(PRACTICE_WORDS.optional);
    expect(root.querySelector('input[type="checkbox"]')).to.equal(null);
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    await expect(ready).to.be.accessible();
  });

  it('Start sends start-practice up, from inside the tap', async () => {
    const ready = await fixture<PracticeReady>(html`<practice-ready></practice-ready>`);
    const heard: { type: string; bubbles: boolean; composed: boolean; inTap: boolean }[] = [];
    let tapping = false;
    ready.addEventListener('start-practice', (event) => {
      heard.push({
        type: event.type,
        bubbles: event.bubbles,
        composed: event.composed,
        inTap: tapping,
      });
    });
    tapping = true;
    buttonNamed(ready.shadowRoot as ShadowRoot, 'Start').click();
    tapping = false;
    expect(heard).to.deep.equal([
      { type: 'start-practice', bubbles: true, composed: true, inTap: true },
    ]);
  });

  it('a tap on the rating sends urge-rate up for before, null for Skip, and shows the value pressed', async () => {
    const ready = await fixture<PracticeReady>(html`<practice-ready></practice-ready>`);
    const root = ready.shadowRoot as ShadowRoot;
    const heard: { when: string; rating: number | null }[] = [];
    ready.addEventListener('urge-rate', (event) =>
      heard.push({ when: event.when, rating: event.rating }),
    );
    buttonNamed(ratingRow(root), '6').click();
    buttonNamed(ratingRow(root), 'Skip').click();
    expect(heard).to.deep.equal([
      { when: 'before', rating: 6 },
      { when: 'before', rating: null },
    ]);

    ready.urgeBefore = 6;
    await ready.updateComplete;
    const row = root.querySelector('urge-rating');
    await row?.updateComplete;
    expect(buttonNamed(ratingRow(root), '6').getAttribute('aria-pressed')).to.equal('true');
    expect(buttonNamed(ratingRow(root), '5').getAttribute('aria-pressed')).to.equal('false');
  });

  it('for a hummed practice says why humming helps and offers listening, sending the choice up', async () => {
    const ready = await fixture<PracticeReady>(html`<practice-ready hums></practice-ready>`);
    const root = ready.shadowRoot as ShadowRoot;
    expect(root.textContent).to.contain('nitric oxide');
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(box?.checked).to.equal(false);
    expect(box?.closest('label')?.textContent.trim()).to.equal(
      'Let Stay hear your hum (microphone)',
    );
    const heard: boolean[] = [];
    ready.addEventListener('listen-change', (event) => heard.push(event.listening));
    box?.click();
    box?.click();
    expect(heard).to.deep.equal([true, false]);

    ready.listening = true;
    await ready.updateComplete;
    expect(box?.checked).to.equal(true);
    await expect(ready).to.be.accessible();
  });

  it('says why the last start failed, as an alert', async () => {
    const ready = await fixture<PracticeReady>(
      html`<practice-ready .error=${PRACTICE_VIEW_WORDS.startFailed}></practice-ready>`,
    );
    const alert = ready.shadowRoot?.querySelector('[role="alert"]');
    expect(alert?.textContent).to.equal(PRACTICE_VIEW_WORDS.startFailed);
  });
});
