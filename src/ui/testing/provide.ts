import { ContextProvider } from '@lit/context';
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { servicesContext, type AppServices } from '../../app/contexts';

/** Gives the page the background index.html sets, so contrast checks see the real colours. */
export function usePageBackground(): void {
  document.body.style.background = '#0d1326';
}

/** Renders `template` inside an element that provides `services`, as <stay-app> does. */
export async function fixtureWithServices<T extends Element>(
  services: AppServices,
  template: TemplateResult,
): Promise<T> {
  usePageBackground();
  const parent = document.createElement('div');
  new ContextProvider(parent, { context: servicesContext, initialValue: services });
  document.body.append(parent);
  return fixture<T>(template, { parentNode: parent });
}

/**
 * `waitUntil` from @open-wc/testing with a timeout that holds while e2e tests share the machine
 * (its own default, 1 s, does not): waits until `check` returns true, for at most `timeoutMs`.
 */
export function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  return waitUntil(check, 'Timed out waiting for a condition.', { timeout: timeoutMs });
}

/** The button in `root` whose text is `name`. */
export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find(
    (b) => b.textContent.replace(/\s+/g, ' ').trim() === name,
  );
  if (!button) throw new Error(`No button named ${name}.`);
  return button;
}

/** The Start screen's root (`<practice-ready>`'s shadow root) inside a practice view's `root`. */
export function readyScreen(root: ParentNode): ShadowRoot {
  const found = root.querySelector('practice-ready')?.shadowRoot;
  if (!found) throw new Error('No Start screen on screen.');
  return found;
}
