import { expect, fixture, html } from '@open-wc/testing';
import type { BodyPlace } from '../../core/reflect/body-places';
import { beforeEach, describe, it } from '../../testing/mocha';
import type { PracticeDone } from './practice-done';
import './practice-done';
import { buttonNamed, usePageBackground } from '../testing/provide';

const CHEST_AND_JAW: readonly BodyPlace[] = ['chest', 'jaw'];

async function done(template = html`<practice-done></practice-done>`) {
  const element = await fixture<PracticeDone>(template);
  return { element, root: element.shadowRoot as ShadowRoot };
}

describe('practice-done', () => {
  beforeEach(usePageBackground);

  it('links Write about this to the Reflect hub for the practice, or to Reflect before it is kept', async () => {
    const { element, root } = await done(
      html`<practice-done .completed=${true} .sessionId=${'abc-1'}></practice-done>`,
    );
    const link = [...root.querySelectorAll('a')].find(
      (a) => a.textContent.trim() === 'Write about this',
    );
    expect(link?.getAttribute('href')).to.equal('/reflect/practice/abc-1');
    element.sessionId = null;
    await element.updateComplete;
    expect(link?.getAttribute('href')).to.equal('/reflect');
  });

  it('says back a finished practice with its answer and places', async () => {
    const { element, root } = await done(
      html`<practice-done
        .completed=${true}
        .breathCount=${5}
        .answer=${'protecting'}
        .places=${CHEST_AND_JAW}
      ></practice-done>`,
    );
    expect(root.querySelector('h2')?.textContent).to.equal('Done');
    expect(root.querySelector('p')?.textContent).to.equal(
      'You stayed with 5 breaths. Take a moment before you move on.',
    );
    expect(root.querySelector('.answer')?.textContent).to.contain('protecting you');
    expect(root.querySelector('.felt')?.textContent).to.equal('You felt it in your chest and jaw.');
    await expect(element).to.be.accessible();
  });

  it('counts the breaths of a stopped practice and shows no answer or places line', async () => {
    const { element, root } = await done();
    expect(root.querySelector('h2')?.textContent).to.equal('Stopped');
    expect(root.querySelector('p')?.textContent).to.equal(
      'You stopped. Taking a moment at all counts.',
    );
    element.breathsCompleted = 1;
    element.answer = null;
    await element.updateComplete;
    expect(root.querySelector('p')?.textContent).to.equal(
      'You stopped after 1 breath. That counts too.',
    );
    expect(root.querySelector('.answer')).to.equal(null);
    expect(root.querySelector('.felt')).to.equal(null);
  });

  it('asks the page to save or start again, and shows how saving went', async () => {
    const { element, root } = await done();
    const heard: string[] = [];
    for (const type of ['save-audio', 'start-again']) {
      element.addEventListener(type, () => heard.push(type));
    }
    buttonNamed(root, 'Save as audio').click();
    buttonNamed(root, 'Start again').click();
    expect(heard).to.deep.equal(['save-audio', 'start-again']);

    element.saveState = 'busy';
    await element.updateComplete;
    const busy = buttonNamed(root, 'Preparing audio…');
    expect(busy.disabled).to.equal(true);
    expect(busy.getAttribute('aria-busy')).to.equal('true');

    element.fileName = 'stay-box.wav';
    element.saveState = 'saved';
    await element.updateComplete;
    expect(root.querySelector('[role="status"]')?.textContent.trim()).to.equal(
      'Saved as stay-box.wav.',
    );
    expect(root.querySelector('[role="alert"]')).to.equal(null);

    element.saveState = 'failed';
    await element.updateComplete;
    expect(root.querySelector('[role="alert"]')?.textContent).to.contain('could not be made');
  });

  it('moves focus to its heading', async () => {
    const { element, root } = await done();
    await element.focusHeading();
    expect(root.activeElement?.id).to.equal('done');
  });
});
