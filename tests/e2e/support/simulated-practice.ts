import { expect, type Page } from '@playwright/test';

/** Turns the simulated strap on, starts `practiceId` and waits for the first heart rate on screen. */
export async function startWithSimulatedStrap(page: Page, practiceId: string): Promise<void> {
  await page.goto('/settings');
  await page.getByRole('checkbox', { name: 'Use the simulated strap' }).check();
  await page.goto(`/practice/${practiceId}`);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByTestId('bpm')).toHaveText(/^\d{2,3}$/, { timeout: 10_000 });
}
