import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${String(v.nodes.length)})`)).toEqual([]);
}

test.describe('every view, for every person', () => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    test(`home, a practice and settings have no axe violations (motion: ${reducedMotion})`, async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion, colorScheme: 'dark' });
      await page.goto('/');
      await expect(page.getByRole('button', { name: /five breaths/i })).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto('/practice/box');
      await expect(page.getByRole('heading', { level: 1, name: 'Box breathing' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Start' }).click();
      await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Stop' }).click();
      await expect(page.getByRole('heading', { name: 'Stopped' })).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto('/settings');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('the keyboard alone starts Five breaths, pauses and resumes it', async ({ page }) => {
    await page.goto('/');
    const start = page.getByRole('button', { name: /five breaths/i });
    for (let i = 0; i < 10 && !(await start.evaluate((el) => el.matches(':focus'))); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(start).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/practice\/five-breaths$/);
    const pause = page.getByRole('button', { name: 'Pause' });
    await expect(pause).toBeVisible();
    await pause.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
    await page.getByRole('button', { name: 'Resume' }).press('Enter');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.getByRole('button', { name: 'Stop' }).press('Enter');
    await expect(page.getByRole('heading', { name: 'Stopped' })).toBeVisible();
  });

  test('a deep link opens a practice ready to start with one tap', async ({ page }) => {
    await page.goto('/practice/cyclic-sigh');
    await expect(page.getByRole('heading', { level: 1, name: 'Cyclic sigh' })).toBeVisible();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByTestId('phase-announcer')).toHaveText('Settle');
    await page.getByRole('button', { name: 'Stop' }).click();
  });
});

test('settings and custom patterns persist across a reload', async ({ page }) => {
  await page.goto('/settings');
  const voice = page.getByRole('checkbox', { name: 'Spoken guidance' });
  await expect(voice).toBeChecked();
  await voice.uncheck();

  await page.getByRole('button', { name: 'New pattern' }).click();
  await page.getByLabel('Name').fill('Before the call');
  await page.getByLabel('Breathe in (seconds)').fill('3');
  await page.getByLabel('Breathe out (seconds)').fill('7');
  await page.getByLabel('Length (minutes)').fill('2');
  await page.getByRole('button', { name: 'Save pattern' }).click();

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Spoken guidance' })).not.toBeChecked();
  await page.goto('/');
  await page.getByRole('link', { name: /before the call/i }).click();
  await expect(page).toHaveURL(/\/practice\/custom:before-the-call$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Before the call' })).toBeVisible();
  await expect(page.getByText('3 in · 7 out')).toBeVisible();
});

test('Tone.js is prefetched while the page is idle, never in the first download', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/')).text();
  expect(html).not.toMatch(/tone-[\d.]+\.js/);
  const tone = page.waitForResponse((r) => /\/assets\/tone-[\d.]+\.js$/.test(r.url()));
  await page.goto('/');
  expect((await tone).status()).toBe(200);
  // Fetched and compiled, not run: running Tone would create an AudioContext before any tap.
  expect(await page.evaluate(() => performance.getEntriesByName('stay:first-sound').length)).toBe(
    0,
  );
});
