import { expect, test } from '@playwright/test';
import { startWithSimulatedStrap } from './support/simulated-practice';

test('without a strap, the simulated one shows heart rate and the meter finding a baseline', async ({
  page,
}) => {
  await startWithSimulatedStrap(page, 'box');
  const bpm = page.getByTestId('bpm');
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
