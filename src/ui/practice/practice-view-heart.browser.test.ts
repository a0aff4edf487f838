import { expect, html } from '@open-wc/testing';
import { createFakeServices } from '../../app/testing/fake-services';
import { DEFAULT_SETTINGS, type StrapChoice } from '../../core/settings/settings';
import { describe, it } from '../../testing/mocha';
import type { PracticeView } from './practice-view';
import './practice-view';
import { buttonNamed, fixtureWithServices, readyScreen, until } from '../testing/provide';

async function practice(strap: StrapChoice, startAtS = 0) {
  let skippedMs = 0;
  const fakes = createFakeServices({
    nowMs: () => Date.now() + skippedMs,
    settings: { ...DEFAULT_SETTINGS, strap },
  });
  fakes.player.startAtS = startAtS;
  if (strap === 'bluetooth') fakes.bluetooth.connect();
  const view = await fixtureWithServices<PracticeView>(
    fakes.services,
    html`<practice-view .practiceId=${'five-breaths'}></practice-view>`,
  );
  const root = view.shadowRoot as ShadowRoot;
  /** The running screen's root, or null when the practice is not running. */
  const running = () => root.querySelector('practice-running')?.shadowRoot ?? null;
  const meter = () =>
    running()?.querySelector('urge-meter')?.shadowRoot?.querySelector('[role="meter"]') ?? null;
  const rating = (host: ParentNode | null | undefined) => {
    const found = host?.querySelector('urge-rating')?.shadowRoot;
    if (!found) throw new Error('No urge rating on screen.');
    return found;
  };
  const done = () => root.querySelector('practice-done')?.shadowRoot ?? null;
  const skip = (seconds: number) => {
    skippedMs += seconds * 1000;
  };
  return { fakes, view, root, running, meter, rating, done, skip };
}

describe('practice-view with a heart-rate strap', () => {
  it('shows live bpm, the urge meter and the strap chip while running, and they follow the strap', async () => {
    const { fakes, view, root, running, meter } = await practice('bluetooth');
    buttonNamed(readyScreen(root), 'Start').click();
    await until(() => meter() !== null);
    expect(meter()?.getAttribute('aria-valuetext')).to.equal('Finding your baseline…');
    expect(running()?.querySelector('strap-chip')?.shadowRoot?.textContent).to.contain(
      'Strap: Connected',
    );

    fakes.bluetooth.emit(64);
    await view.updateComplete;
    expect(running()?.querySelector('[data-testid="bpm"]')?.textContent).to.equal('64');
    fakes.bluetooth.emit(72);
    await until(() => meter()?.getAttribute('aria-valuenow') === '40');
    expect(running()?.querySelector('[data-testid="bpm"]')?.textContent).to.equal('72');
    expect(meter()?.getAttribute('aria-valuetext')).to.equal('Rising, 40 of 100');
    expect(root.querySelectorAll('[aria-live]')).to.have.length(1);
    expect(running()?.querySelectorAll('[aria-live]')).to.have.length(0);
    await expect(view).to.be.accessible();

    fakes.bluetooth.drop();
    await view.updateComplete;
    expect(running()?.querySelector('strap-chip')?.shadowRoot?.textContent).to.contain(
      'Reconnecting',
    );
    expect(fakes.player.calls).to.deep.equal(['start', 'notify:strap-lost']);
    fakes.services.launcher.current()?.stop();
  });

  it('shows no heart block when no strap is chosen', async () => {
    const { root, view, running } = await practice('off');
    buttonNamed(readyScreen(root), 'Start').click();
    await until(() => running()?.querySelector('breath-orb') != null);
    await view.updateComplete;
    expect(root.querySelector('[data-testid="heart"]')).to.equal(null);
    expect(running()?.querySelector('[data-testid="heart"]')).to.equal(null);
  });

  it('keeps the urge rated before the start and after the end on the record, and says both back', async () => {
    const { fakes, view, root, rating, done } = await practice('off', 57.9);
    buttonNamed(rating(readyScreen(root)), '7').click();
    await view.updateComplete;
    expect(buttonNamed(rating(readyScreen(root)), '7').getAttribute('aria-pressed')).to.equal(
      'true',
    );
    buttonNamed(readyScreen(root), 'Start').click();
    await until(() => root.querySelector('closing-question') !== null);
    expect(fakes.log.list()[0]?.urgeBefore).to.equal(7);
    buttonNamed(root.querySelector('closing-question')?.shadowRoot as ShadowRoot, 'Skip').click();
    await until(() => done() !== null);
    await view.updateComplete;
    buttonNamed(rating(done()), '3').click();
    await view.updateComplete;
    expect(fakes.log.list()[0]).to.include({ urgeBefore: 7, urgeAfter: 3 });
    expect(done()?.querySelector('[data-testid="ratings"]')?.textContent).to.equal(
      'Urge to flee: Before 7, after 3',
    );
    expect(done()?.querySelector('urge-rating')).to.equal(null);
    await expect(view).to.be.accessible();
  });

  it('offers the rating during the first phase, one tap, without touching the practice', async () => {
    const { fakes, view, root, running, rating } = await practice('off');
    buttonNamed(readyScreen(root), 'Start').click();
    await until(() => running()?.querySelector('breath-orb') != null);
    await until(() =>
      Boolean(running()?.querySelector('urge-rating')?.shadowRoot?.querySelector('button')),
    );
    buttonNamed(rating(running()), '5').click();
    await view.updateComplete;
    expect(fakes.log.list()[0]?.urgeBefore).to.equal(5);
    expect(root.querySelector('urge-rating')).to.equal(null);
    expect(running()?.querySelector('urge-rating')).to.equal(null);
    expect(fakes.player.calls).to.deep.equal(['start']);
    expect(fakes.services.launcher.current()?.status).to.equal('running');
    fakes.services.launcher.current()?.stop();
  });

  it('after a practice with a strap shows the heart curve on the done screen', async () => {
    const { fakes, view, root, running, done, skip } = await practice('bluetooth');
    buttonNamed(readyScreen(root), 'Start').click();
    await until(() => running()?.querySelector('urge-meter') != null);
    for (let i = 0; i < 5; i++) {
      fakes.bluetooth.emit(i < 2 ? 64 : 80);
      skip(1.2);
    }
    buttonNamed(running() ?? root, 'Stop').click();
    await until(() => done() !== null);
    await view.updateComplete;
    const curve = done()?.querySelector('heart-curve')?.shadowRoot;
    expect(curve?.querySelector('svg[role="img"]')).to.exist;
    expect(fakes.log.list()[0]?.heart?.samples.length).to.equal(5);
  });
});
