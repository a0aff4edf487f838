import { expect, html } from '@open-wc/testing';
import { createFakeServices } from '../app/testing/fake-services';
import type { PracticeView } from './practice-view';
import './practice-view';
import { describe, it } from './testing/mocha';
import { buttonNamed, fixtureWithServices, until } from './testing/provide';

async function practice(id = 'five-breaths', startAtS = 0) {
  const fakes = createFakeServices();
  fakes.player.startAtS = startAtS;
  const view = await fixtureWithServices<PracticeView>(
    fakes.services,
    html`<practice-view .practiceId=${id}></practice-view>`,
  );
  const root = view.shadowRoot as ShadowRoot;
  const announcer = () =>
    root.querySelector('[data-testid="phase-announcer"]')?.textContent.trim() ?? null;
  const orbWord = () => root.querySelector('breath-orb')?.shadowRoot?.querySelector('.word');
  return { fakes, view, root, announcer, orbWord };
}

describe('practice-view', () => {
  it('shows the practice and one Start button before it runs', async () => {
    const { root, fakes, view } = await practice();
    expect(root.querySelector('h1')?.textContent).to.equal('Five breaths');
    expect(buttonNamed(root, 'Start')).to.exist;
    expect(fakes.player.calls).to.deep.equal([]);
    await expect(view).to.be.accessible();
  });

  it('one tap on Start runs the practice; the phase word and live region follow the clock', async () => {
    const { root, view, fakes, announcer, orbWord } = await practice('five-breaths', 7.85);
    buttonNamed(root, 'Start').click();
    expect(fakes.player.calls).to.deep.equal(['start']);
    await until(() => announcer() === 'Settle');
    expect(view.dataset.phase).to.equal('settle');
    expect(orbWord()?.textContent).to.equal('Settle');

    await until(() => announcer() === 'Breathe in');
    await view.updateComplete;
    expect(view.dataset.phase).to.equal('inhale');
    expect(orbWord()?.textContent).to.equal('Breathe in');
    expect(root.querySelector('.count')?.textContent.trim()).to.equal('Breath 1 of 5');
    expect(root.querySelectorAll('[aria-live]')).to.have.length(1);
    expect(fakes.screen.held).to.equal(1);

    buttonNamed(root, 'Pause').click();
    await until(() => root.querySelector('#toggle')?.textContent.trim() === 'Resume');
    expect(fakes.player.calls).to.deep.equal(['start', 'pause']);
    buttonNamed(root, 'Stop').click();
    await view.updateComplete;
    expect(fakes.player.calls).to.deep.equal(['start', 'pause', 'stop']);
    expect(root.querySelector('h2')?.textContent).to.equal('Stopped');
    expect(fakes.screen.held).to.equal(0);
  });

  it('at the end of Five breaths asks the question and records the answer', async () => {
    const { root, view, fakes } = await practice('five-breaths', 57.9);
    buttonNamed(root, 'Start').click();
    await until(() => root.querySelector('#question') !== null);
    expect(root.querySelector('#question')?.textContent).to.contain('protecting you, or isolating');
    expect(view.shadowRoot?.activeElement?.id).to.equal('question');

    buttonNamed(root, 'Isolating').click();
    await view.updateComplete;
    expect(fakes.log.list()).to.have.length(1);
    expect(fakes.log.list()[0]).to.include({
      practiceId: 'five-breaths',
      completed: true,
      breathsCompleted: 5,
      answer: 'isolating',
    });
    expect(root.querySelector('h2')?.textContent).to.equal('Done');
    expect(root.querySelector('.answer')?.textContent).to.contain('isolating you');
    await expect(view).to.be.accessible();
  });

  it('Skip keeps no answer; Save as audio hands the WAV to the file saver', async () => {
    const { root, view, fakes } = await practice('five-breaths', 57.9);
    buttonNamed(root, 'Start').click();
    await until(() => root.querySelector('#question') !== null);
    buttonNamed(root, 'Skip').click();
    await view.updateComplete;
    expect(fakes.log.list()[0]?.answer).to.equal(null);
    expect(root.querySelector('.answer')).to.equal(null);

    buttonNamed(root, 'Save as audio').click();
    await until(() => fakes.files.saved.length === 1);
    expect(fakes.files.saved[0]?.fileName).to.equal('stay-five-breaths.wav');
    expect(fakes.files.saved[0]?.blob.type).to.equal('audio/wav');
  });

  it('says so when the audio file cannot be made', async () => {
    const { root, view, fakes } = await practice('box', 1000);
    fakes.exporter.failWith = new Error('render failed');
    buttonNamed(root, 'Start').click();
    await until(() => root.querySelector('#done') !== null);
    buttonNamed(root, 'Save as audio').click();
    await until(() => root.querySelector('[role="alert"]') !== null);
    await view.updateComplete;
    expect(root.querySelector('[role="alert"]')?.textContent).to.contain('could not be made');
    expect(fakes.files.saved).to.have.length(0);
  });

  it('an unknown practice says it is not here', async () => {
    const { root } = await practice('custom:gone');
    expect(root.querySelector('h1')?.textContent).to.equal('This practice is not here');
  });
});
