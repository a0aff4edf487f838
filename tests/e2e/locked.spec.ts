// A locked phone, end to end: 10 s into a practice every AudioContext the page made is suspended
// (as iOS does when the screen locks) and the page is hidden (Five breaths is locked the same way
// in five-breaths.spec.ts, the five-minute pause in pause.spec.ts). The guidance must go on from a media
// element whose currentTime keeps pace with the wall clock, the screen must agree with the plan
// when shown again, vibrations and the record go on, and the practice ends on time, completed.
import { expect, test, type Page } from '@playwright/test';
import {
  expectNoStreamRoute,
  guidance,
  lock,
  lockScreen,
  openControlled,
  unlock,
  watchLockedPhone,
} from './support/locked-phone';
import { compileSession, phaseAt } from '../../src/core/breathing/plan';
import { PRACTICES } from '../../src/core/breathing/practices';
import type { SessionPlan } from '../../src/core/breathing/types';

test.beforeEach(async ({ page }) => {
  await watchLockedPhone(page);
});

/**
 * Runs `plan` to its end through a lock at 10 s: the media clock keeps pace with the wall clock
 * while locked, the shown phase matches the plan after unlocking, and it ends completed.
 */
async function throughALock(page: Page, plan: SessionPlan, finish = async () => {}) {
  await expect.poll(() => guidance(page), { timeout: 20_000 }).not.toBeNull();
  await expect.poll(async () => (await guidance(page))?.currentTime ?? 0).toBeGreaterThan(10);
  await lock(page);
  const states = await page.evaluate(() => globalThis.__contexts.map((c) => c.state));
  expect(states.every((s) => s !== 'running')).toBe(true);
  const vibrationsAtLock = await page.evaluate(() => globalThis.__lockVibrations.length);

  // Locked for 20 s of wall time: the element plays on at the wall clock's pace.
  const before = await guidance(page);
  const startedMs = Date.now();
  await page.waitForTimeout(20_000);
  const after = await guidance(page);
  const wallS = (Date.now() - startedMs) / 1000;
  expect(after?.paused).toBe(false);
  const advancedS = (after?.currentTime ?? 0) - (before?.currentTime ?? 0);
  expect(Math.abs(advancedS - wallS)).toBeLessThan(1);
  expect(await page.evaluate(() => globalThis.__lockVibrations.length)).toBeGreaterThan(
    vibrationsAtLock,
  );

  await unlock(page);
  // What the screen shows is the plan's phase at the element's time.
  await expect
    .poll(async () => {
      const nowS = (await guidance(page))?.currentTime ?? 0;
      const shown = await page.locator('practice-view').getAttribute('data-phase');
      // Near a phase change either side is right.
      const near = [nowS - 0.3, nowS, nowS + 0.3].map((t) => phaseAt(plan, t).phase as string);
      return near.includes(shown ?? '');
    })
    .toBe(true);
  await finish();
  await expect(page.getByRole('heading', { name: 'Done' })).toBeVisible({
    timeout: (plan.durationS + 20) * 1000,
  });
}

test('Resonance goes on through a locked screen, and pauses and resumes from the lock screen', async ({
  page,
}) => {
  // The shortest Resonance a person can choose (two minutes).
  const minutes = PRACTICES.resonance.lengthRange.min;
  const plan = compileSession(PRACTICES.resonance, { minutes });
  test.setTimeout((plan.durationS + 120) * 1000);
  await openControlled(page, '/settings');
  const length = page.getByRole('group', { name: 'Resonance breathing' }).getByLabel('Minutes');
  await length.fill(String(minutes));
  await length.press('Tab');
  await page.goto('/practice/resonance');
  await page.getByRole('button', { name: 'Start' }).click();
  await throughALock(page, plan, async () => {
    // From the lock screen: pause; the element and the clock stand still; play goes on.
    await lockScreen(page, 'pause');
    await expect.poll(async () => (await guidance(page))?.paused).toBe(true);
    const heldAt = (await guidance(page))?.currentTime ?? 0;
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
    await page.waitForTimeout(3000);
    expect((await guidance(page))?.currentTime).toBeCloseTo(heldAt, 1);
    await lockScreen(page, 'play');
    await expect
      .poll(async () => (await guidance(page))?.currentTime ?? 0)
      .toBeGreaterThan(heldAt + 1);
  });
  await expectNoStreamRoute(page);
});

test('Stop on the lock screen ends the practice and its sound', async ({ page }) => {
  await openControlled(page, '/practice/resonance');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect.poll(async () => (await guidance(page))?.currentTime ?? 0).toBeGreaterThan(2);
  await lockScreen(page, 'stop');
  await expect(page.getByRole('heading', { name: 'Stopped' })).toBeVisible();
  expect(await page.evaluate(() => globalThis.__media.every((m) => m.paused))).toBe(true);
});
