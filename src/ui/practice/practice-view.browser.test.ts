import { expect, html } from '@open-wc/testing';
import { createFakeServices } from '../../app/testing/fake-services';
import { describe, it } from '../../testing/mocha';
import type { PracticeView } from './practice-view';
import './practice-view';
import { buttonNamed, fixtureWithServices, readyScreen, until } from '../testing/provide';

async function practice(id = 'five-breaths', startAtS = 0) {
  let skippedMs = 0;
  const fakes = createFakeServices({ nowMs: () => Date.now() + skippedMs });
  fakes.player.startAtS = startAtS;
  /** Moves the session clock on by `seconds`; the coach sees it at its next phase change. */
  const skip = (seconds: number) => {
    skippedMs += seconds * 1000;
  };
  const view = await fixtureWithServices<PracticeView>(
    fakes.services,
    html`<practice-view .practiceId=${id}></practice-view>`,
  );
  const root = view.shadowRoot as ShadowRoot;
  const announcer = () =>
    root.querySelector('[data-testid="phase-announcer"]')?.textContent.trim() ?? null;
  /** The running screen's root, while the practice runs. */
  const running = () => {
    const found = root.querySelector('practice-running')?.shadowRoot;
    if (!found) throw new Error('No running screen on screen.');
    return found;
  };
  const orbWord = () =>
    root
      .querySelector('practice-running')
      ?.shadowRoot?.querySelector('breath-orb')
      ?.shadowRoot?.querySelector('.word');
  /** The chips while settling (on the running screen) or with the closing question. */
  const chips = () => {
    const host =
      root.querySelector('practice-running')?.shadowRoot?.querySelector('body-place-chips') ??
      root.querySelector('body-place-chips');
    return host?.shadowRoot ?? null;
  };
  const chip = (name: string) => {
    const found = chips();
    if (!found) throw new Error('No body-place chips on screen.');
    return buttonNamed(found, name);
  };
  const question = () => root.querySelector('closing-question')?.shadowRoot ?? null;
  const done = () => root.querySelector('practice-done')?.shadowRoot ?? null;
  /** The root of whichever end screen is showing. */
  const screen = () => {
    const found = question() ?? done();
    if (!found) throw new Error('No question or done screen on screen.');
    return found;
  };
  return {
    fakes,
    view,
    root,
    running,
    announcer,
    orbWord,
    skip,
    chips,
    chip,
    question,
    done,
    screen,
  };
}

describe('practice-view', () => {
  it('picks up a session the home button started before this view loaded, and says where it is', async () => {
    const fakes = createFakeServices();
    const coach = fakes.services.launcher.start('five-breaths');
    await until(() => coach.status === 'running');
    const view = await fixtureWithServices<PracticeView>(
      fakes.services,
      html`<practice-view .practiceId=${'five-breaths'}></practice-view>`,
    );
    const root = view.shadowRoot as ShadowRoot;
    await until(
      () => root.querySelector('[data-testid="phase-announcer"]')?.textContent.trim() === 'Settle',
    );
    expect(view.dataset.phase).to.equal('settle');
    expect(fakes.player.calls).to.deep.equal(['start']);
  });

  it('shows the practice and one Start button before it runs', async () => {
    const { root, fakes, view } = await practice();
    expect(root.querySelector('h1')?.textContent).to.equal('Five breaths');
    expect(buttonNamed(readyScreen(root), 'Start')).to.exist;
    expect(fakes.player.calls).to.deep.equal([]);
    await expect(view).to.be.accessible();
  });

  it('one tap on Start runs the practice; the phase word and live region follow the clock', async () => {
    const { root, view, fakes, running, announcer, orbWord, done } = await practice(
      'five-breaths',
      7.85,
    );
    buttonNamed(readyScreen(root), 'Start').click();
    expect(fakes.player.calls).to.deep.equal(['start']);
    await until(() => announcer() === 'Settle');
    expect(view.dataset.phase).to.equal('settle');
    expect(orbWord()?.textContent).to.equal('Settle');

    await until(() => announcer() === 'Breathe in');
    await view.updateComplete;
    expect(view.dataset.phase).to.equal('inhale');
    expect(orbWord()?.textContent).to.equal('Breathe in');
    expect(running().querySelector('.count')?.textContent.trim()).to.equal('Breath 1 of 5');
    expect(root.querySelectorAll('[aria-live]')).to.have.length(1);
    expect(running().querySelectorAll('[aria-live]')).to.have.length(0);
    expect(fakes.screen.held).to.equal(1);

    buttonNamed(running(), 'Pause').click();
    await until(() => running().querySelector('#toggle')?.textContent.trim() === 'Resume');
    expect(fakes.player.calls).to.deep.equal(['start', 'pause']);
    buttonNamed(running(), 'Stop').click();
    await view.updateComplete;
    expect(fakes.player.calls).to.deep.equal(['start', 'pause', 'stop']);
    expect(done()?.querySelector('h2')?.textContent).to.equal('Stopped');
    expect(fakes.screen.held).to.equal(0);
  });

  it('at the end of Five breaths asks the question and records the answer', async () => {
    const { root, view, fakes, question, done, screen } = await practice('five-breaths', 57.9);
    buttonNamed(readyScreen(root), 'Start').click();
    await until(() => Boolean(question()?.querySelector('#question')));
    expect(question()?.querySelector('#question')?.textContent).to.contain(
      'protecting you, or isolating',
    );
    expect(view.shadowRoot?.activeElement?.localName).to.equal('closing-question');
    expect(question()?.activeElement?.id).to.equal('question');

    buttonNamed(screen(), 'Isolating').click();
    await view.updateComplete;
    expect(fakes.log.list()).to.have.length(1);
    expect(fakes.log.list()[0]).to.include({
      practiceId: 'five-breaths',
      status: 'completed',
      breathsCompleted: 5,
      answer: 'isolating',
    });
    expect(done()?.querySelector('h2')?.textContent).to.equal('Done');
    expect(view.shadowRoot?.activeElement?.localName).to.equal('practice-done');
    expect(done()?.activeElement?.id).to.equal('done');
    expect(done()?.querySelector('.answer')?.textContent).to.contain('isolating you');
    await expect(view).to.be.accessible();
  });

  it('Skip keeps no answer; Save as audio hands the WAV to the file saver', async () => {
    const { root, view, fakes, question, done, screen } = await practice('five-breaths', 57.9);
    buttonNamed(readyScreen(root), 'Start').click();
    await until(() => Boolean(question()?.querySelector('#question')));
    buttonNamed(screen(), 'Skip').click();
    await view.updateComplete;
    expect(fakes.log.list()[0]?.answer).to.equal(null);
    expect(done()?.querySelector('.answer')).to.equal(null);

    buttonNamed(screen(), 'Save as audio').click();
    await until(() => fakes.files.saved.length === 1);
    expect(fakes.files.saved[0]?.fileName).to.equal('stay-five-breaths.wav');
    expect(fakes.files.saved[0]?.blob.type).to.equal('audio/wav');
  });

  it('says so when the audio file cannot be made', async () => {
    const { root, view, fakes, done, screen } = await practice('box', 1000);
    fakes.exporter.failWith = new Error('render failed');
    buttonNamed(readyScreen(root), 'Start').click();
    await until(() => Boolean(done()?.querySelector('#done')));
    buttonNamed(screen(), 'Save as audio').click();
    await until(() => Boolean(done()?.querySelector('[role="alert"]')));
    await view.updateComplete;
    expect(done()?.querySelector('[role="alert"]')?.textContent).to.contain('could not be made');
    expect(fakes.files.saved).to.have.length(0);
  });

  it('places chosen while settling are pressed, kept on the record and said back at the end', async () => {
    const { root, view, fakes, announcer, skip, chips, chip, question, done, screen } =
      await practice('five-breaths', 6);
    buttonNamed(readyScreen(root), 'Start').click();
    await until(() => chips() !== null);
    expect(announcer()).to.equal('Settle');
    expect(chips()?.querySelector('legend')?.textContent).to.equal('Where do you feel it?');
    expect(chip('Chest').getAttribute('aria-pressed')).to.equal('false');

    chip('Chest').click();
    await view.updateComplete;
    chip('Jaw').focus();
    chip('Jaw').click();
    await view.updateComplete;
    expect(chip('Chest').getAttribute('aria-pressed')).to.equal('true');
    expect(chip('Jaw').getAttribute('aria-pressed')).to.equal('true');
    expect(chip('Throat').getAttribute('aria-pressed')).to.equal('false');
    expect(fakes.log.list()[0]?.bodyPlaces).to.deep.equal(['chest', 'jaw']);

    // Nothing about the practice moved: no pause, no cancelled vibration, no new word, focus stays put.
    expect(fakes.player.calls).to.deep.equal(['start']);
    expect(fakes.haptics.calls.map((c) => c.kind)).to.deep.equal(['settle']);
    expect(fakes.services.launcher.current()?.status).to.equal('running');
    expect(view.dataset.phase).to.equal('settle');
    expect(announcer()).to.equal('Settle');
    expect(chips()?.activeElement?.textContent.trim()).to.equal('Jaw');

    skip(60);
    await until(() => Boolean(question()?.querySelector('#question')));
    await view.updateComplete;
    expect(chip('Chest').getAttribute('aria-pressed')).to.equal('true');
    expect(chip('Jaw').getAttribute('aria-pressed')).to.equal('true');
    await expect(view).to.be.accessible();

    buttonNamed(screen(), 'Protecting').click();
    await view.updateComplete;
    expect(fakes.log.list()[0]).to.deep.include({
      status: 'completed',
      answer: 'protecting',
      bodyPlaces: ['chest', 'jaw'],
    });
    expect(done()?.querySelector('h2')?.textContent).to.equal('Done');
    expect(done()?.querySelector('.felt')?.textContent).to.equal(
      'You felt it in your chest and jaw.',
    );
    expect(chips()).to.equal(null);
  });

  it('the chips can be used after the practice too, on the question screen', async () => {
    const { root, view, fakes, chip, question, done, screen } = await practice(
      'five-breaths',
      57.9,
    );
    buttonNamed(readyScreen(root), 'Start').click();
    await until(() => Boolean(question()?.querySelector('#question')));
    chip('Hands').click();
    await view.updateComplete;
    chip('Hands').click();
    chip('Stomach').click();
    await view.updateComplete;
    expect(chip('Stomach').getAttribute('aria-pressed')).to.equal('true');
    expect(chip('Hands').getAttribute('aria-pressed')).to.equal('false');
    buttonNamed(screen(), 'Skip').click();
    await view.updateComplete;
    expect(fakes.log.list()[0]?.bodyPlaces).to.deep.equal(['stomach']);
    expect(done()?.querySelector('.felt')?.textContent).to.equal('You felt it in your stomach.');
  });

  it('offers the chips with room to tap and keeps them accessible while settling', async () => {
    const { root, view, chips, chip } = await practice('five-breaths', 0);
    buttonNamed(readyScreen(root), 'Start').click();
    await until(() => chips() !== null);
    const buttons = [...(chips()?.querySelectorAll('button') ?? [])];
    expect(buttons.map((b) => b.textContent.trim())).to.deep.equal([
      'Chest',
      'Throat',
      'Stomach',
      'Shoulders',
      'Jaw',
      'Hands',
    ]);
    for (const button of buttons) expect(button.getBoundingClientRect().height).to.be.at.least(48);
    chip('Shoulders').click();
    await view.updateComplete;
    await expect(view).to.be.accessible();
  });

  it('the chips leave when breathing starts, and keyboard focus stays in the view', async () => {
    const { root, view, announcer, chips, chip } = await practice('five-breaths', 7.5);
    buttonNamed(readyScreen(root), 'Start').click();
    await until(() => chips() !== null);
    chip('Throat').focus();
    await until(() => announcer() === 'Breathe in');
    await view.updateComplete;
    expect(chips()).to.equal(null);
    expect(view.shadowRoot?.activeElement?.localName).to.equal('h1');
  });

  it('practices that do not ask where the urge sits show no chips', async () => {
    const { root, view, running, announcer, done } = await practice('box', 0);
    buttonNamed(readyScreen(root), 'Start').click();
    await until(() => announcer() === 'Settle');
    await view.updateComplete;
    expect(root.querySelector('body-place-chips')).to.equal(null);
    expect(running().querySelector('body-place-chips')).to.equal(null);
    buttonNamed(running(), 'Stop').click();
    await view.updateComplete;
    expect(done()?.querySelector('.felt')).to.equal(null);
  });

  it('an unknown practice says it is not here', async () => {
    const { root } = await practice('custom:gone');
    expect(root.querySelector('h1')?.textContent).to.equal('This practice is not here');
  });
});
