// The built app carries a Content-Security-Policy, and nothing the app does trips it: every view,
// the practices with their sound, the simulated strap, the WAV and JSON exports, the reflection
// tools and the five-minute pause. Text a person typed is shown as text, never parsed as HTML.
import { expect, test, type Page } from '@playwright/test';
import { startWithSimulatedStrap } from './support/simulated-practice';

declare global {
  var __xss: unknown;
  function __stayCspViolation(report: string): void;
}

/** Every `securitypolicyviolation` and CSP console message of `page`, across navigations. */
async function watchPolicy(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('__stayCspViolation', (report: string) => {
    seen.push(report);
  });
  await page.addInitScript(() => {
    // The event is composed: a capturing listener on the document hears those in shadow roots.
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        globalThis.__stayCspViolation(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${String(e.lineNumber)} ${e.sample}`,
        );
      },
      { capture: true },
    );
  });
  page.on('console', (message) => {
    if (/content[- ]security[- ]policy/i.test(message.text()))
      seen.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    if (/content[- ]security[- ]policy|unsafe-eval/i.test(error.message))
      seen.push(`page error: ${error.message}`);
  });
  return seen;
}

test('the built page carries the policy in a meta, before anything it governs', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta, 'dist/index.html has no Content-Security-Policy meta').not.toBeNull();
  const directives = new Map(
    meta![1]!.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources] as const;
    }),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  const styles = directives.get('style-src') ?? [];
  expect(styles).not.toContain("'unsafe-inline'");
  expect(styles.filter((s) => s.startsWith("'sha256-"))).toHaveLength(
    [...html.matchAll(/<style\b/g)].length,
  );
  // A meta policy applies only to what follows it.
  const policyAt = html.indexOf('http-equiv="Content-Security-Policy"');
  for (const tag of ['<script', '<link', '<style']) {
    const at = html.indexOf(tag);
    if (at >= 0) expect(policyAt, `${tag} comes before the policy`).toBeLessThan(at);
  }
});

test('every view, practices with sound, the simulated strap, both exports and the reflection tools trip no policy', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const violations = await watchPolicy(page);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Five breaths for a few seconds (Tone.js loads, the voice clips play), then its WAV.
  await page.getByRole('button', { name: /five breaths/i }).click();
  await expect(page.getByTestId('phase-announcer')).toHaveText('Settle');
  await page.waitForTimeout(4000);
  await page.getByRole('button', { name: 'Stop' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as audio' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.wav$/);

  await page.goto('/practice/hum-reset');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.waitForTimeout(4000);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('heading', { name: 'Stopped' })).toBeVisible();

  await startWithSimulatedStrap(page, 'box');
  await page.waitForTimeout(3000);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('img', { name: /heart rate over the practice/i })).toBeVisible();

  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await page.getByRole('main').getByRole('link').filter({ hasText: /box/i }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything (JSON)' }).click();
  expect((await exported).suggestedFilename()).toMatch(/\.json$/);

  // Reflect: the hub and every tool, then an unsent message burnt (its animation included).
  for (const tool of ['', '/three-column', '/capacity', '/ladder', '/challenge', '/wins']) {
    await page.goto(`/reflect${tool}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto('/reflect/unsent');
  await page.getByLabel('Your unsent message').fill('Not sent, not kept.');
  await page.getByRole('button', { name: 'Let it burn' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'It is gone. Nothing was kept.' }),
  ).toBeVisible();

  // The five-minute pause, for a few seconds (no sensors here: it runs on its timer).
  await page.goto('/practice/five-minute-pause');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
  await page.waitForTimeout(3000);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('heading', { name: 'Stopped' })).toBeVisible();

  expect(violations).toEqual([]);
});

test('a pattern named like markup shows as text and runs nothing', async ({ page }) => {
  const violations = await watchPolicy(page);
  const name = '<img src=x onerror="window.__xss=1">';
  await page.goto('/settings');
  await page.getByRole('button', { name: 'New pattern' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Save pattern' }).click();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();

  await page.goto('/');
  const link = page.getByRole('link', { name: new RegExp(escapeRegExp(name)) });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  // Under way on the session clock (a practice stopped before its first sound keeps no record).
  await expect(page.locator('practice-view')).toHaveAttribute(
    'data-phase',
    /^(settle|inhale|top-up|hold|exhale|hum)$/,
  );
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('heading', { name: 'Stopped' })).toBeVisible();
  await page.goto('/history');
  await expect(page.getByText(name).first()).toBeVisible();

  // Playwright's CSS locators pierce open shadow roots: no <img> anywhere in the app.
  await expect(page.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => globalThis.__xss)).toBeUndefined();
  expect(violations).toEqual([]);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
