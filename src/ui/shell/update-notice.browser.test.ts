import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AppUpdates, UpdateState } from '../../app/app-updates';
import { describe, it } from '../../testing/mocha';
import { buttonNamed, usePageBackground } from '../testing/provide';
import './update-notice';
import type { UpdateNotice } from './update-notice';

/** A gate whose state the test sets; counts the person's accepts. */
class FakeUpdates implements AppUpdates {
  state: UpdateState = 'none';
  accepted = 0;
  private readonly listeners = new Set<(state: UpdateState) => void>();

  set(state: UpdateState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  onChange(listener: (state: UpdateState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  apply(): Promise<boolean> {
    if (this.state !== 'offered') return Promise.resolve(false);
    this.accepted++;
    this.set('applying');
    return Promise.resolve(true);
  }
}

const text = (node: Element | null | undefined) => node?.textContent.replace(/\s+/g, ' ').trim();

async function notice(state: UpdateState = 'none') {
  usePageBackground();
  const updates = new FakeUpdates();
  updates.state = state;
  const el = await fixture<UpdateNotice>(html`<update-notice .updates=${updates}></update-notice>`);
  const root = el.shadowRoot as ShadowRoot;
  const status = () => root.querySelector('[role="status"]');
  return { el, root, updates, status };
}

describe('update-notice', () => {
  it('keeps an empty live region until an update is offered, then says so quietly', async () => {
    const { el, updates, status } = await notice();
    expect(status()).to.not.equal(null);
    expect(text(status())).to.equal('');

    updates.set('offered');
    await el.updateComplete;
    expect(text(status()?.querySelector('p'))).to.equal('Update ready');
    expect(status()?.querySelectorAll('button')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('shows nothing while the update is held for a running practice', async () => {
    const { el, updates, status } = await notice('offered');
    updates.set('held');
    await el.updateComplete;
    expect(text(status())).to.equal('');
    updates.set('offered');
    await el.updateComplete;
    expect(text(status())).to.contain('Update ready');
  });

  it('is accepted from the keyboard, and says it is updating', async () => {
    const { el, root, updates } = await notice('offered');
    buttonNamed(root, 'Update now').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(updates.accepted).to.equal(1);
    const busy = buttonNamed(root, 'Updating…');
    expect(busy.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('can be put away for now without applying anything', async () => {
    const { el, root, updates, status } = await notice('offered');
    buttonNamed(root, 'Update now').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(status())).to.equal('');
    expect(updates.accepted).to.equal(0);
  });
});
