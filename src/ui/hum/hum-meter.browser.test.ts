import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { HumLive } from '../../app/hum/hum-monitor';
import type { HumRoundsLive } from '../../app/hum/hum-rounds';
import type { HumResult } from '../../core/session/record';
import { beforeEach, describe, it } from '../../testing/mocha';
import type { HumMeter } from './hum-meter';
import './hum-meter';
import type { PracticeDone } from '../practice/practice-done';
import '../practice/practice-done';
import { usePageBackground } from '../testing/provide';

const rounds = (over: Partial<HumRoundsLive> = {}): HumRoundsLive => ({
  heard: false,
  round: 0,
  roundCount: 8,
  roundS: 0,
  targetS: 5.6,
  reached: 0,
  totalS: 0,
  ...over,
});

const listening = (over: Partial<HumRoundsLive> = {}): HumLive => ({
  state: { kind: 'listening' },
  rounds: rounds(over),
  result: null,
});

async function meter(live: HumLive | null) {
  const element = await fixture<HumMeter>(html`<hum-meter .live=${live}></hum-meter>`);
  const root = element.shadowRoot as ShadowRoot;
  const text = (id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent.trim();
  const announced = () => root.querySelector('[aria-live]')?.textContent ?? '';
  return { element, root, text, announced };
}

describe('hum-meter', () => {
  beforeEach(usePageBackground);

  it('shows nothing while Stay is not listening', async () => {
    const { root } = await meter({ state: { kind: 'off' }, rounds: null, result: null });
    expect(root.textContent.trim()).to.equal('');
  });

  it('marks a hum heard with the seconds of this round against its target', async () => {
    const { element, text } = await meter(listening({ heard: true, roundS: 3.7 }));
    expect(text('hum-mark')).to.equal('Hum heard');
    expect(text('hum-round')?.replace(/\s+/g, ' ')).to.equal('This round: 3 s of 6 s');
    await expect(element).to.be.accessible();
  });

  it('announces "Hum heard" once per round, not every second', async () => {
    const { element, announced } = await meter(listening({ heard: false }));
    expect(announced()).to.equal('');
    element.live = listening({ heard: true, roundS: 1 });
    await element.updateComplete;
    expect(announced()).to.equal('Hum heard');
    const node = element.shadowRoot?.querySelector('[aria-live]');
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(node?.textContent ?? ''));
    if (node) observer.observe(node, { childList: true, characterData: true, subtree: true });
    for (const roundS of [2, 3, 4]) {
      element.live = listening({ heard: true, roundS });
      await element.updateComplete;
    }
    element.live = listening({ heard: false, roundS: 4 });
    await element.updateComplete;
    element.live = listening({ heard: true, roundS: 4.5 });
    await element.updateComplete;
    await aTimeout(0);
    expect(changes).to.deep.equal([]);
    observer.disconnect();
  });

  it('says plainly why it cannot listen', async () => {
    const message = 'Microphone access is blocked. Allow it in the site settings to be heard.';
    const { element, text } = await meter({
      state: { kind: 'unavailable', message },
      rounds: null,
      result: null,
    });
    expect(text('hum-unavailable')).to.equal(message);
    await expect(element).to.be.accessible();
  });
});

describe('practice-done with a hum', () => {
  beforeEach(usePageBackground);

  it('says back the hum seconds, rounds reached and steadiness', async () => {
    const hum: HumResult = {
      seconds: 21.4,
      rounds: 3,
      roundsPlanned: 8,
      longestS: 8.1,
      steadinessCents: 14.2,
      words: 'steady',
      medianHz: 150,
    };
    const element = await fixture<PracticeDone>(
      html`<practice-done .completed=${true} .breathCount=${8} .hum=${hum}></practice-done>`,
    );
    const line = element.shadowRoot?.querySelector('[data-testid="hum-result"]')?.textContent;
    expect(line).to.equal(
      'You hummed for 21 s. 3 of 8 rounds reached their length. Your hum was steady (pitch varied by 14 cents).',
    );
    await expect(element).to.be.accessible();
  });
});
