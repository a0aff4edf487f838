import { expect, html } from '@open-wc/testing';
import type { StrapFailure } from '../../app/ports/heart-rate-source';
import { createFakeServices } from '../../app/testing/fake-services';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/settings';
import { describe, it } from '../../testing/mocha';
import { NO_BLUETOOTH_TEXT, type StrapSettings } from './strap-settings';
import './strap-settings';
import { buttonNamed, fixtureWithServices } from '../testing/provide';

async function strapSettings(settings: Partial<Settings> = {}, available = true) {
  const fakes = createFakeServices({ settings: { ...DEFAULT_SETTINGS, ...settings } });
  fakes.bluetooth.available = available;
  const element = await fixtureWithServices<StrapSettings>(
    fakes.services,
    html`<strap-settings></strap-settings>`,
  );
  const root = element.shadowRoot as ShadowRoot;
  const status = () => root.querySelector('[data-testid="strap-status"]')?.textContent.trim();
  return { fakes, element, root, status };
}

/** Messages as the strap words them (the real ones live in platform/bluetooth). */
const STRAP_MESSAGES: Record<StrapFailure, string> = {
  unsupported: 'Heart-rate straps need Chrome or Edge on Android, ChromeOS, macOS or Windows.',
  'bluetooth-off': 'Bluetooth is off. Turn it on in your device’s settings, then try again.',
  'permission-denied': 'This browser is not allowed to use Bluetooth here.',
  cancelled: 'No strap was chosen.',
  'no-heart-rate-service': 'That device does not share a heart rate.',
  'connection-failed': 'Could not connect to the strap.',
};

describe('strap-settings', () => {
  it('Pair calls the strap’s pair() inside the tap, then shows it connected with its battery', async () => {
    const { fakes, element, root, status } = await strapSettings();
    buttonNamed(root, 'Pair a strap').click();
    expect(fakes.bluetooth.calls).to.deep.equal(['pair']);
    await element.updateComplete;
    await Promise.resolve();
    await element.updateComplete;
    expect(status()).to.equal('Polar H10: connected · battery 80 %');
    expect(fakes.settings.load().strap).to.equal('bluetooth');
    fakes.bluetooth.emit(71);
    await element.updateComplete;
    expect(status()).to.equal('Polar H10: connected · battery 80 % · skin contact good · 71 bpm');
    await expect(element).to.be.accessible();
  });

  it('shows reconnecting with the attempt and the next try, and Reconnect once it is lost', async () => {
    const { fakes, element, root, status } = await strapSettings({ strap: 'bluetooth' });
    fakes.bluetooth.connect();
    fakes.bluetooth.drop(2, 4);
    await element.updateComplete;
    expect(status()).to.equal('Polar H10: reconnecting (attempt 2, next try in 4 s)');
    fakes.bluetooth.setState({ kind: 'lost', name: 'Polar H10' });
    await element.updateComplete;
    buttonNamed(root, 'Reconnect').click();
    expect(fakes.bluetooth.calls).to.deep.equal(['retry']);
    await element.updateComplete;
    expect(status()).to.contain('connected');
  });

  it('Forget forgets the strap and goes back to no strap', async () => {
    const { fakes, element, root } = await strapSettings({ strap: 'bluetooth' });
    fakes.bluetooth.connect();
    await element.updateComplete;
    buttonNamed(root, 'Forget this strap').click();
    await element.updateComplete;
    expect(fakes.bluetooth.calls).to.deep.equal(['forget']);
    expect(fakes.settings.load().strap).to.equal('off');
  });

  it('shows each failure’s plain message in an alert', async () => {
    const reasons = Object.keys(STRAP_MESSAGES) as StrapFailure[];
    for (const reason of reasons) {
      const { fakes, element, root } = await strapSettings();
      fakes.bluetooth.failPairWith = { reason, message: STRAP_MESSAGES[reason] };
      buttonNamed(root, 'Pair a strap').click();
      await element.updateComplete;
      expect(root.querySelector('[role="alert"]')?.textContent.trim()).to.equal(
        STRAP_MESSAGES[reason],
      );
      expect(fakes.settings.load().strap).to.equal('off');
      await expect(element).to.be.accessible();
    }
  });

  it('without Web Bluetooth says which browsers have it, and offers no Pair button', async () => {
    const { root, element } = await strapSettings({}, false);
    expect(root.textContent).to.contain(NO_BLUETOOTH_TEXT);
    expect(NO_BLUETOOTH_TEXT).to.contain('Chrome or Edge on Android, ChromeOS, macOS or Windows');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent.trim())).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('the simulated strap can be turned on, stressed, and off again', async () => {
    const { fakes, element, root } = await strapSettings();
    const simulated = root.querySelector<HTMLInputElement>('#simulated');
    simulated?.click();
    await element.updateComplete;
    expect(fakes.settings.load().strap).to.equal('simulated');
    expect(fakes.simulated.calls).to.deep.equal(['pair']);
    root.querySelector<HTMLInputElement>('#stressed')?.click();
    await element.updateComplete;
    expect(fakes.settings.load().simulatedStress).to.equal(true);
    expect(fakes.simulated.stressed).to.equal(true);
    await expect(element).to.be.accessible();
    simulated?.click();
    await element.updateComplete;
    expect(fakes.settings.load().strap).to.equal('off');
    expect(fakes.simulated.calls).to.deep.equal(['pair', 'forget']);
    expect(root.querySelector('#stressed')).to.equal(null);
  });
});
