import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PauseLive } from '../../app/pause/pause-monitor';
import { PAUSE_OFF } from '../../app/pause/pause-run';
import type { MotionResult } from '../../core/session/record';
import { beforeEach, describe, it } from '../../testing/mocha';
import type { PauseCurve } from './pause-curve';
import './pause-curve';
import type { PauseStatus } from './pause-status';
import './pause-status';
import { buttonNamed, usePageBackground } from '../testing/provide';

/** A running pause's live state: the off state with the sensors live, changed by `over`. */
const live = (over: Partial<PauseLive> = {}): PauseLive => ({
  ...PAUSE_OFF,
  sensors: 'live',
  ...over,
});

async function status(state: PauseLive | null, beforeGate = false) {
  const element = await fixture<PauseStatus>(
    html`<pause-status .live=${state} ?before-gate=${beforeGate}></pause-status>`,
  );
  const root = element.shadowRoot as ShadowRoot;
  const announced = () => root.querySelector('[aria-live="polite"]')?.textContent.trim() ?? '';
  return { element, root, announced };
}

describe('pause-status', () => {
  beforeEach(usePageBackground);

  it('asks, politely, for the phone face down before the still minute', async () => {
    const { element, announced } = await status(live(), true);
    expect(announced()).to.equal('Turn your phone face down to begin.');
    await expect(element).to.be.accessible();
  });

  it('while waiting offers a keyboard-reachable button that begins the still minute', async () => {
    const { element, root, announced } = await status(live({ waiting: true }), true);
    expect(announced()).to.contain('Waiting for your phone');
    await expect(element).to.be.accessible();
    let begun = 0;
    element.addEventListener('begin-still-minute', () => begun++);
    const button = buttonNamed(root, 'Begin the still minute');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(begun).to.equal(1);
  });

  it('says a kind line after a pickup, and shows the stillness so far', async () => {
    const { element, root, announced } = await status(
      live({ pickedUp: true, pickups: 1, stillness: 0.83 }),
    );
    expect(announced()).to.equal('That’s all right. Put it down again whenever you’re ready.');
    expect(root.querySelector('[data-testid="pause-stillness"]')?.textContent.trim()).to.equal(
      'Still so far: 83 %',
    );
    expect(root.querySelector('button')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('says plainly when the sensors may not be read, and nothing when there are none', async () => {
    expect((await status(live({ sensors: 'denied' }))).announced()).to.contain('runs on its timer');
    const off = await status(live({ sensors: 'off' }));
    expect(off.root.textContent.trim()).to.equal('');
    const silent = await status(live({ sensors: 'silent' }), true);
    expect(silent.announced()).to.equal('');
  });
});

describe('pause-curve', () => {
  beforeEach(usePageBackground);

  const motion: MotionResult = {
    firstMinute: 0.9,
    curve: [0.2, 1, 1, 0.6, 1],
    bucketS: 10,
    faceDownAtS: 6.2,
    waitedS: 4,
    pickups: 1,
  };

  it('draws the stillness as an image with a text alternative, and the facts in words', async () => {
    const element = await fixture<PauseCurve>(html`<pause-curve .motion=${motion}></pause-curve>`);
    const root = element.shadowRoot as ShadowRoot;
    const image = root.querySelector('svg[role="img"]');
    expect(image?.getAttribute('aria-label')).to.equal(
      'Stillness over 50 seconds, every 10 seconds: from 20 % to 100 %, ending at 100 %.',
    );
    expect(root.querySelector('polyline')?.getAttribute('points')?.split(' ')).to.have.length(5);
    const facts = [...root.querySelectorAll('li')].map((li) => li.textContent.trim());
    expect(facts).to.deep.equal([
      'Still for 90 % of the still minute.',
      'Your phone lay face down 6 seconds in.',
      'The pause waited 4 seconds for the phone to be turned over.',
      'You picked it up once in the still minute.',
    ]);
    expect(root.querySelector('[style]')).to.equal(null);
    await expect(element).to.be.accessible();
  });
});
