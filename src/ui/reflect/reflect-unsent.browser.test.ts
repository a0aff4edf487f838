import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { afterEach, beforeEach, describe, it } from '../../testing/mocha';
import type { ReflectUnsent } from './reflect-unsent';
import './reflect-unsent';
import { buttonNamed, until, usePageBackground } from '../testing/provide';

const MARKER = 'unsent-marker-7f3a9c';

/** Every text and form value in `root` and the shadow roots below it. */
function everything(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) out += node.value;
    if (node instanceof Element) {
      out += node.outerHTML;
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return out;
}

async function unsent(burnMs = 300) {
  usePageBackground();
  const element = await fixture<ReflectUnsent>(
    html`<reflect-unsent .burnMs=${burnMs}></reflect-unsent>`,
  );
  const root = element.shadowRoot as ShadowRoot;
  const area = () => root.querySelector('textarea');
  const status = () => root.querySelector('[role="status"]')?.textContent.trim();
  return { element, root, area, status };
}

describe('reflect-unsent', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('says it is never saved, burns the words, and leaves no trace in the page or storage', async () => {
    const { element, root, area, status } = await unsent();
    expect(root.textContent).to.contain('This is never saved.');
    const box = area();
    expect(box?.getAttribute('autocomplete')).to.equal('off');
    expect(root.querySelector(`label[for="${box?.id ?? ''}"]`)?.textContent).to.equal(
      'Your unsent message',
    );
    await expect(element).to.be.accessible();
    box?.focus();
    await sendKeys({ type: `I am done with you. ${MARKER}` });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    // While it burns, the words are on screen (hidden from screen readers) and not in the box.
    expect(root.querySelector('.burning')?.textContent).to.contain(MARKER);
    expect(root.querySelector('.burning')?.getAttribute('aria-hidden')).to.equal('true');
    expect(status()).to.equal('Burning…');
    expect(getComputedStyle(root.querySelector('.burning') as Element).animationName).to.equal(
      'burn',
    );
    await until(() => status() === 'It is gone. Nothing was kept.');
    expect(everything(document.body)).not.to.contain(MARKER);
    expect(JSON.stringify(Object.entries(localStorage))).not.to.contain(MARKER);
    expect(JSON.stringify(Object.entries(sessionStorage))).not.to.contain(MARKER);
    expect(history.state).to.equal(null);
    expect(root.activeElement?.textContent.trim()).to.equal('Write another');
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await until(() => area() !== null);
    expect(area()?.value).to.equal('');
    expect(root.activeElement).to.equal(area());
  });

  it('fades calmly instead of burning when motion is reduced', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { root, area, status } = await unsent();
    (area() as HTMLTextAreaElement).value = MARKER;
    buttonNamed(root, 'Let it burn').click();
    await until(() => root.querySelector('.burning') !== null);
    expect(getComputedStyle(root.querySelector('.burning') as Element).animationName).to.equal(
      'fade',
    );
    await until(() => status() === 'It is gone. Nothing was kept.');
    expect(everything(root)).not.to.contain(MARKER);
  });

  it('asks for words before burning an empty box', async () => {
    const { root, area, status } = await unsent();
    buttonNamed(root, 'Let it burn').click();
    await until(() => status() !== '');
    expect(status()).to.equal('Write something first, then let it burn.');
    expect(area()).not.to.equal(null);
  });

  it('forgets the words when the page is left, mid-burn or before', async () => {
    const { element, root, area } = await unsent(60_000);
    (area() as HTMLTextAreaElement).value = MARKER;
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(area()?.value).to.equal('');

    (area() as HTMLTextAreaElement).value = MARKER;
    buttonNamed(root, 'Let it burn').click();
    await until(() => root.querySelector('.burning') !== null);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await element.updateComplete;
    expect(everything(root)).not.to.contain(MARKER);

    const again = await unsent();
    (again.area() as HTMLTextAreaElement).value = MARKER;
    const box = again.area() as HTMLTextAreaElement;
    again.element.remove();
    expect(box.value).to.equal('');
  });
});
