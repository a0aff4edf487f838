// The five-minute pause, hands-free, end to end: Chromium's sensor emulation (DevTools
// `DeviceOrientation` and `Emulation` sensor overrides) plays the phone. It lies face up at Start,
// so the pause waits; turning it over starts the still minute; a pickup with some handling lowers
// the stillness; stopped early it keeps no small win; history shows the stillness.
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { PRACTICES } from '../../src/core/breathing/practices';
import { guidance, lock, openControlled, unlock, watchLockedPhone } from './support/locked-phone';
import { readStore } from './support/database';

const MOTION_SENSORS = ['accelerometer', 'linear-acceleration', 'gyroscope', 'gravity'] as const;

/** The emulated phone: orientation and acceleration including gravity. */
async function phone(
  cdp: CDPSession,
  pose: { beta: number; gamma: number; z: number; x?: number },
) {
  await cdp.send('DeviceOrientation.setDeviceOrientationOverride', {
    alpha: 0,
    beta: pose.beta,
    gamma: pose.gamma,
  });
  await cdp.send('Emulation.setSensorOverrideReadings', {
    type: 'accelerometer',
    reading: { xyz: { x: pose.x ?? 0, y: 0, z: pose.z } },
  });
}

const FACE_UP = { beta: 2, gamma: 1, z: 9.81 };
const FACE_DOWN = { beta: 179, gamma: 1, z: -9.81 };

/** Moves the phone about in a hand for `ms`: tilted, with the reading changing every 50 ms. */
async function handle(
  cdp: CDPSession,
  page: Page,
  ms: number,
  pose = { beta: 40, gamma: 8, z: 7 },
) {
  // By the wall clock: on a busy machine 120 steps of 50 ms would stretch well past `ms`.
  const started = Date.now();
  for (let t = 0; t < ms; t = Date.now() - started) {
    const wobble = Math.sin(t / 90);
    await phone(cdp, { ...pose, x: wobble * 0.8, z: pose.z + wobble * 0.5 });
    await page.waitForTimeout(50);
  }
}

/** The whole-percent stillness shown live ("Still so far: 83 %"). */
async function stillPercent(page: Page): Promise<number> {
  const text = (await page.getByTestId('pause-stillness').textContent()) ?? '';
  const match = /(\d+) %/.exec(text);
  if (!match) throw new Error(`No stillness in ${JSON.stringify(text)}.`);
  return Number(match[1]);
}

test('the pause waits for the phone face down, notices a pickup, and keeps the stillness', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await watchLockedPhone(page);
  await openControlled(page, '/practice/five-minute-pause');
  await expect(
    page.getByRole('heading', { level: 1, name: 'The five-minute pause' }),
  ).toBeVisible();
  // The emulated sensors must exist before the page listens (at Start), or Chromium reports none.
  const cdp = await page.context().newCDPSession(page);
  for (const type of MOTION_SENSORS) {
    await cdp.send('Emulation.setSensorOverrideEnabled', { enabled: true, type });
    // DeviceMotion fires only once every sensor it combines has a reading.
    await cdp.send('Emulation.setSensorOverrideReadings', {
      type,
      reading: { xyz: { x: 0, y: 0, z: 0 } },
    });
  }
  await phone(cdp, FACE_UP);
  await page.getByRole('button', { name: 'Start' }).click();

  const line = page.getByTestId('pause-line');
  await expect(line).toHaveText('Turn your phone face down to begin.', { timeout: 5_000 });
  // At the gate, face up: the practice waits, hands-free, with a way to begin anyway.
  await expect(line).toHaveText(/Waiting for your phone to lie face down/, { timeout: 10_000 });
  const begin = page.getByRole('button', { name: 'Begin the still minute' });
  await expect(begin).toBeVisible();
  await page.waitForTimeout(3_000);
  await expect(line).toHaveText(/Waiting/);
  // The guidance plays from a media element, held at the gate: its time is the session clock.
  const gateS = PRACTICES['five-minute-pause'].settle?.faceDownGateS ?? 0;
  const held = await guidance(page);
  expect(held?.paused).toBe(true);
  expect(Math.abs((held?.currentTime ?? 0) - gateS)).toBeLessThan(0.5);

  // Turning it over starts the still minute without a touch.
  const turnedAt = Date.now();
  await phone(cdp, FACE_DOWN);
  await expect(line).toHaveText('Face down. Let your hands rest.', { timeout: 3_000 });
  expect(Date.now() - turnedAt).toBeLessThan(3_000);
  await expect(begin).toHaveCount(0);

  // The screen locks (Web Audio suspended, the page hidden): the still minute's guidance goes on.
  const before = await guidance(page);
  await lock(page);
  const lockedAt = Date.now();
  await page.waitForTimeout(12_000);
  const after = await guidance(page);
  const advancedS = (after?.currentTime ?? 0) - (before?.currentTime ?? 0);
  expect(Math.abs(advancedS - (Date.now() - lockedAt) / 1000)).toBeLessThan(1);
  await unlock(page);
  await expect.poll(() => stillPercent(page)).toBe(100);

  // Picked up in the still minute: noticed kindly, and the handling lowers the stillness.
  await handle(cdp, page, 6_000);
  await expect(line).toHaveText('That’s all right. Put it down again whenever you’re ready.');
  await phone(cdp, FACE_DOWN);
  await expect(line).toHaveText('Face down. Let your hands rest.', { timeout: 3_000 });
  await page.waitForTimeout(2_000);
  const afterHandling = await stillPercent(page);
  expect(afterHandling).toBeLessThan(90);
  expect(afterHandling).toBeGreaterThan(40);

  // Stopped inside the still minute: no small win yet (three minutes of plan time earn one, which
  // app/pause/pause-monitor.test.ts proves on the monitor's own clock), and the stillness is kept.
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByTestId('pause-result')).toHaveText(/^You stayed for \d+ seconds\./);
  const wins = await readStore(page, 'wins');
  expect(wins).toEqual([]);

  // History: the stillness, as a curve with a text alternative and the facts in words.
  await page.goto('/history');
  await page
    .getByRole('link', { name: /five-minute pause/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/history\/[^/]+$/);
  // The time practised is the session clock's at Stop (it was 0 s once the media element let go).
  await expect(page.locator('dt', { hasText: 'Length' }).locator('+ dd')).not.toHaveText('0 s');
  await expect(page.getByRole('heading', { name: 'Stillness' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Stillness over (\d+ seconds|1 minute)/ }),
  ).toBeVisible();
  const facts = page.getByTestId('pause-facts');
  await expect(facts).toContainText('You picked it up once in the still minute.');
  await expect(facts).toContainText(/The pause waited \d+ seconds/);
  await expect(facts).toContainText(/Still for \d+ % of the still minute\./);
});
