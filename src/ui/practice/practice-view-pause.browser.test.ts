import { expect, html } from '@open-wc/testing';
import { createFakeServices } from '../../app/testing/fake-services';
import { FakeMotion } from '../../app/testing/fake-motion';
import { afterEach, describe, it } from '../../testing/mocha';
import type { PracticeView } from './practice-view';
import './practice-view';
import { buttonNamed, fixtureWithServices, readyScreen, until } from '../testing/provide';

let feeding: ReturnType<typeof setInterval> | undefined;
afterEach(() => {
  clearInterval(feeding);
});

/** The pause on fake services, its sensor lying face up and reporting ten times a second. */
async function pause() {
  const motion = new FakeMotion();
  const fakes = createFakeServices({ motion });
  const view = await fixtureWithServices<PracticeView>(
    fakes.services,
    html`<practice-view .practiceId=${'five-minute-pause'}></practice-view>`,
  );
  const monitor = await fakes.services.loadPause();
  await monitor.prepare();
  const face = { down: false };
  feeding = setInterval(() => {
    // The clock fake services give the monitor.
    const tMs = Date.now();
    motion.orientation({ tMs, beta: face.down ? 179 : 2, gamma: 1 });
    motion.motion({ tMs, x: 0, y: 0, z: face.down ? -9.81 : 9.81 });
  }, 100);
  const root = view.shadowRoot as ShadowRoot;
  const status = () => root.querySelector('pause-status')?.shadowRoot ?? null;
  const line = () => status()?.querySelector('[data-testid="pause-line"]')?.textContent.trim();
  return { fakes, motion, view, root, status, line, face };
}

describe('practice-view for the five-minute pause', () => {
  it('asks for the sensors inside the Start tap, then asks for the phone face down', async () => {
    const { motion, root, line } = await pause();
    buttonNamed(readyScreen(root), 'Start').click();
    expect(motion.asked).to.equal(1);
    await until(() => line() === 'Turn your phone face down to begin.');
  });

  it('waits at the gate with a button to begin, reachable and named, and runs on when pressed', async () => {
    const { fakes, view, root, status, line } = await pause();
    buttonNamed(readyScreen(root), 'Start').click();
    await until(() => fakes.services.launcher.current()?.status === 'waiting', 8000);
    await view.updateComplete;
    expect(line()).to.contain('Waiting for your phone');
    await expect(view).to.be.accessible();
    buttonNamed(status() as ShadowRoot, 'Begin the still minute').click();
    await until(() => fakes.services.launcher.current()?.status === 'running');
    buttonNamed(root.querySelector('practice-running')?.shadowRoot as ShadowRoot, 'Stop').click();
  });

  it('runs on at once when the phone is turned face down while waiting', async () => {
    const { fakes, view, line, face } = await pause();
    buttonNamed(readyScreen(view.shadowRoot as ShadowRoot), 'Start').click();
    await until(() => fakes.services.launcher.current()?.status === 'waiting', 8000);
    face.down = true;
    await until(() => fakes.services.launcher.current()?.status === 'running');
    await until(() => line() === 'Face down. Let your hands rest.');
    fakes.services.launcher.current()?.stop();
  });
});
