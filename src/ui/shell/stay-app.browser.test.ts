import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createFakeServices } from '../../app/testing/fake-services';
import { afterEach, describe, it } from '../../testing/mocha';
import type { StayApp } from './stay-app';
import './stay-app';
import { until } from '../testing/provide';

const original = location.pathname + location.search;

/** The deepest focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('stay-app', () => {
  afterEach(() => {
    history.replaceState(null, '', original);
  });

  it('follows links without reloading and moves focus to the new view’s heading', async () => {
    history.replaceState(null, '', '/');
    const { services } = createFakeServices();
    const app = await fixture<StayApp>(html`<stay-app .services=${services}></stay-app>`);
    const root = app.shadowRoot as ShadowRoot;
    expect(root.querySelector('stay-home')).to.exist;

    root.querySelector<HTMLAnchorElement>('nav a[href="/settings"]')?.click();
    // The first visit fetches the settings view's module, which can take over a second here.
    await waitUntil(() => deepActive()?.textContent === 'Settings', 'Settings has focus', {
      timeout: 5000,
    });
    expect(location.pathname).to.equal('/settings');
    expect(deepActive()?.localName).to.equal('h1');
    expect(document.title).to.equal('Settings · Stay');

    history.back();
    await until(() => root.querySelector('stay-home') !== null);
  });

  it('shows home for an unknown path', async () => {
    history.replaceState(null, '', '/no/such/page');
    const { services } = createFakeServices();
    const app = await fixture<StayApp>(html`<stay-app .services=${services}></stay-app>`);
    expect(app.shadowRoot?.querySelector('stay-home')).to.exist;
    await expect(app).to.be.accessible();
  });
});
