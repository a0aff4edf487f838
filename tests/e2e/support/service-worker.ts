import { expect, type Page } from '@playwright/test';

/** Waits until the app's service worker is active and controls `page` (the app registers it when idle). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return (
            registration?.active?.state === 'activated' &&
            navigator.serviceWorker.controller !== null
          );
        }),
      { timeout: 90_000 },
    )
    .toBe(true);
}

/** Asks the browser to look for a new service worker now, as the app does when shown again. */
export async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}
