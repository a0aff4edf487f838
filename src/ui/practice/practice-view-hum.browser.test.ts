import { expect, html } from '@open-wc/testing';
import { createFakeServices } from '../../app/testing/fake-services';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { describe, it } from '../../testing/mocha';
import { MIC_FAILED } from '../../app/hum/hum-monitor';
import type { PracticeView } from './practice-view';
import './practice-view';
import { buttonNamed, fixtureWithServices, readyScreen, until } from '../testing/provide';

async function humReset(humListen: boolean) {
  const fakes = createFakeServices({ settings: { ...DEFAULT_SETTINGS, humListen } });
  const view = await fixtureWithServices<PracticeView>(
    fakes.services,
    html`<practice-view .practiceId=${'hum-reset'}></practice-view>`,
  );
  const root = view.shadowRoot as ShadowRoot;
  const running = () => root.querySelector('practice-running')?.shadowRoot ?? null;
  const humMeter = () => running()?.querySelector('hum-meter')?.shadowRoot ?? null;
  const done = () => root.querySelector('practice-done')?.shadowRoot ?? null;
  const checkbox = () =>
    readyScreen(root).querySelector<HTMLInputElement>('input[type="checkbox"]');
  return { fakes, view, root, running, humMeter, done, checkbox };
}

describe('practice-view for Hum reset', () => {
  it('explains humming from the science notes only, and offers listening as a quiet choice', async () => {
    const { fakes, view, root, checkbox } = await humReset(false);
    const text = `${root.textContent} ${readyScreen(root).textContent}`.replace(/\s+/g, ' ');
    expect(text).to.contain('nitric oxide');
    expect(text).to.contain('slow breathing');
    expect(text.toLowerCase()).not.to.contain('cortisol');
    const box = checkbox();
    expect(box?.checked).to.equal(false);
    expect(box?.closest('label')?.textContent.trim()).to.equal(
      'Let Stay hear your hum (microphone)',
    );
    await expect(view).to.be.accessible();
    box?.click();
    expect(fakes.settings.load().humListen).to.equal(true);
    await view.updateComplete;
    expect(checkbox()?.checked).to.equal(true);
  });

  it('does not listen when the person did not choose it', async () => {
    const { root, running, humMeter } = await humReset(false);
    buttonNamed(readyScreen(root), 'Start').click();
    await until(() => running() !== null);
    expect(humMeter()).to.equal(null);
    buttonNamed(running() as ShadowRoot, 'Stop').click();
  });

  it('runs timed and says why when no microphone can listen, during and after', async () => {
    const { view, root, running, humMeter, done } = await humReset(true);
    buttonNamed(readyScreen(root), 'Start').click();
    await until(() => humMeter()?.querySelector('[data-testid="hum-unavailable"]') != null);
    expect(humMeter()?.textContent).to.contain(MIC_FAILED);
    expect(running()?.querySelector('breath-orb')).to.exist;
    await expect(view).to.be.accessible();
    buttonNamed(running() as ShadowRoot, 'Stop').click();
    await until(() => done() !== null);
    expect(done()?.textContent).to.contain(MIC_FAILED);
  });
});
