import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AppInstaller, InstallPath } from '../../app/ports/app-installer';
import { describe, it } from '../../testing/mocha';
import type { InstallAction } from './install-action';
import './install-action';
import { buttonNamed, usePageBackground } from '../testing/provide';

const text = (node: Element | null | undefined) => node?.textContent.replace(/\s+/g, ' ').trim();

/** An installer whose path the test sets, and whose dialog answers `outcome`. */
function fakeInstaller(path: InstallPath, outcome: 'accepted' | 'dismissed' = 'accepted') {
  const listeners = new Set<(path: InstallPath) => void>();
  let prompts = 0;
  const installer: AppInstaller & { set(path: InstallPath): void; readonly prompts: number } = {
    get path() {
      return path;
    },
    get prompts() {
      return prompts;
    },
    promptInstall() {
      if (path !== 'prompt') return Promise.resolve('unavailable');
      prompts++;
      installer.set('none');
      return Promise.resolve(outcome);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set(next) {
      path = next;
      for (const listener of listeners) listener(next);
    },
  };
  return installer;
}

async function render(installer: AppInstaller | null) {
  usePageBackground();
  const el = await fixture<InstallAction>(
    html`<install-action .installer=${installer}></install-action>`,
  );
  return { el, root: el.shadowRoot as ShadowRoot };
}

describe('install-action', () => {
  it('renders nothing without an offer, installed, or with no installer at all', async () => {
    for (const installer of [null, fakeInstaller('none')]) {
      const { root } = await render(installer);
      expect(root.querySelector('section')).to.equal(null);
      expect(text(root as unknown as Element)).to.equal('');
    }
  });

  it('appears quietly when the browser offers installing, and installs from the keyboard', async () => {
    const installer = fakeInstaller('none');
    const { el, root } = await render(installer);
    installer.set('prompt');
    await el.updateComplete;
    const heading = root.querySelector('h2');
    expect(text(heading)).to.equal('On your home screen');
    expect(root.querySelector('section')?.getAttribute('aria-labelledby')).to.equal(heading?.id);
    const button = buttonNamed(root, 'Install Stay');
    expect(button.classList.contains('primary')).to.equal(false);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await aTimeout(0);
    await el.updateComplete;
    expect(installer.prompts).to.equal(1);
    expect(text(root.querySelector('[role="status"]'))).to.equal(
      'Stay is on your home screen now.',
    );
    expect(root.querySelector('button')).to.equal(null);
    // Focus stays in the section instead of falling to the page.
    expect(root.activeElement).to.equal(root.querySelector('h2'));
    await expect(el).to.be.accessible();
  });

  it('says it can be done later when the person says no', async () => {
    const { el, root } = await render(fakeInstaller('prompt', 'dismissed'));
    buttonNamed(root, 'Install Stay').click();
    await aTimeout(0);
    await el.updateComplete;
    expect(text(root.querySelector('[role="status"]'))).to.equal(
      "You can add it later from your browser's menu.",
    );
    expect(root.activeElement).to.equal(root.querySelector('h2'));
  });

  it('gives iOS the Share → Add to Home Screen hint, with no button', async () => {
    const { el, root } = await render(fakeInstaller('ios-hint'));
    expect(root.querySelector('button')).to.equal(null);
    expect(text(root.querySelector('section'))).to.contain('Tap Share, then Add to Home Screen.');
    await expect(el).to.be.accessible();
  });

  it('disappears when the app gets installed some other way', async () => {
    const installer = fakeInstaller('prompt');
    const { el, root } = await render(installer);
    expect(root.querySelector('button')).not.to.equal(null);
    installer.set('none');
    await el.updateComplete;
    expect(root.querySelector('section')).to.equal(null);
  });
});
