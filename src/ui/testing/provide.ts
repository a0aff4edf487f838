import { ContextProvider } from '@lit/context';
import { fixture } from '@open-wc/testing';
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

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until `check` returns true, polling every 10 ms, for at most `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error('Timed out waiting for a condition.');
    await sleep(10);
  }
}

/** The button in `root` whose text is `name`. */
export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find(
    (b) => b.textContent.replace(/\s+/g, ' ').trim() === name,
  );
  if (!button) throw new Error(`No button named ${name}.`);
  return button;
}
