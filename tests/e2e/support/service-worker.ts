import { expect, type Page } from '@playwright/test';

/**
 * Waits until the app's service worker is active and controls `page` (the app registers it when
 * idle). On a timeout the failure shows where it stood: no registration yet, or the state of the
 * installing, waiting and active workers.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          // The app registers once the page has loaded and fallen idle: say which it is waiting for.
          if (!registration) return `no registration (document ${document.readyState})`;
          const { installing, waiting, active } = registration;
          if (active?.state === 'activated' && navigator.serviceWorker.controller)
            return 'controls';
          return `installing ${installing?.state ?? '-'}, waiting ${waiting?.state ?? '-'}, active ${active?.state ?? '-'}, controller ${navigator.serviceWorker.controller ? 'yes' : 'no'}`;
        }),
      { timeout: 90_000 },
    )
    .toBe('controls');
}

/** Asks the browser to look for a new service worker now, as the app does when shown again. */
export async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}
