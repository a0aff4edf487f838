import { expect, fixture, html } from '@open-wc/testing';
import { beforeEach, describe, it } from '../../testing/mocha';
import type { ClosingChoice, ClosingQuestion } from './closing-question';
import './closing-question';
import { buttonNamed, usePageBackground } from '../testing/provide';

describe('closing-question', () => {
  beforeEach(usePageBackground);

  it('sends each answer up, and null for Skip', async () => {
    const question = await fixture<ClosingQuestion>(html`<closing-question></closing-question>`);
    const root = question.shadowRoot as ShadowRoot;
    const heard: ClosingChoice[] = [];
    question.addEventListener('closing-answer', (event) => heard.push(event.answer));
    for (const name of ['Protecting', 'Isolating', 'Skip']) buttonNamed(root, name).click();
    expect(heard).to.deep.equal(['protecting', 'isolating', null]);
  });

  it('moves focus to its heading, which names the region', async () => {
    const question = await fixture<ClosingQuestion>(html`<closing-question></closing-question>`);
    await question.focusHeading();
    const root = question.shadowRoot as ShadowRoot;
    expect(root.activeElement?.localName).to.equal('h2');
    expect(root.activeElement?.textContent).to.equal(
      'Was the urge protecting you, or isolating you?',
    );
    expect(root.querySelector('section')?.getAttribute('aria-labelledby')).to.equal('question');
    await expect(question).to.be.accessible();
  });
});
