import { html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { createFakeServices } from '../../app/testing/fake-services';
import type { MemoryStorage } from '../../platform/storage/memory-storage';
import { sendKeys } from '@web/test-runner-commands';
import { fixtureWithServices, until } from './provide';

/** Text with runs of white space made one space. */
export const text = (node: Element | ShadowRoot | null | undefined) =>
  node?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Mounts `<tag>` inside a services provider on `storage` (a fresh element each call, as after a
 * reload) and waits until `ready` says its first load is done.
 */
export async function mountTool(
  tag: string,
  storage: MemoryStorage,
  ready: (root: ShadowRoot) => boolean,
  sessionId: string | null = null,
) {
  const { services } = createFakeServices({ storage });
  const t = unsafeStatic(tag);
  const wrapper = await fixtureWithServices<HTMLElement>(
    services,
    html`<main>${staticHtml`<${t} .sessionId=${sessionId}></${t}>`}</main>`,
  );
  const el = wrapper.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  const root = el.shadowRoot as ShadowRoot;
  await until(() => ready(root));
  await el.updateComplete;
  return { el, root, wrapper };
}

/** Presses Tab until `target` has focus inside `root` (at most `max` times); fails otherwise. */
export async function tabTo(root: ShadowRoot, target: Element, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (root.activeElement === target) return;
    await sendKeys({ press: 'Tab' });
  }
  if (root.activeElement !== target) throw new Error('Tab never reached the element.');
}

/** Types `value` into whatever has focus. */
export async function type(value: string): Promise<void> {
  await sendKeys({ type: value });
}
