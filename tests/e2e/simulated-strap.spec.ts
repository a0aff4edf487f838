import { expect, test } from '@playwright/test';

test('without a strap, the simulated one shows heart rate and the meter finding a baseline', async ({
  page,
}) => {
  await page.goto('/settings');
  await page.getByRole('checkbox', { name: 'Use the simulated strap' }).check();
  await page.goto('/practice/box');
  await page.getByRole('button', { name: 'Start' }).click();
  const bpm = page.getByTestId('bpm');
  await expect(bpm).toHaveText(/^\d{2,3}$/, { timeout: 10_000 });
  const first = Number(await bpm.textContent());
  expect(first).toBeGreaterThan(50);
  expect(first).toBeLessThan(90);
  await expect(page.getByRole('meter', { name: 'Urge to flee' })).toHaveAttribute(
    'aria-valuetext',
    'Finding your baseline…',
  );
  await expect(page.getByText('Simulated strap: Connected')).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('img', { name: /heart rate over the practice/i })).toBeVisible();
});
