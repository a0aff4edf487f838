import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { compileSession } from '../../src/core/breathing/plan';
import { PRACTICES } from '../../src/core/breathing/practices';
import { RENDER_TAIL_S } from '../../src/platform/audio/render-offline';
import {
  expectNoStreamRoute,
  guidance,
  lock,
  openControlled,
  unlock,
  watchLockedPhone,
} from './support/locked-phone';
import { readWavHeader } from './wav';

interface VibrateCall {
  readonly pattern: number | number[];
  readonly atMs: number;
}

declare global {
  var __vibrations: VibrateCall[];
}

const plan = compileSession(PRACTICES['five-breaths']);

test.beforeEach(async ({ page }) => {
  // First, so the vibration log below is the one that counts.
  await watchLockedPhone(page);
  // Record vibration calls: headless Chromium has no motor, so the test keeps the log itself.
  await page.addInitScript(() => {
    globalThis.__vibrations = [];
    Object.defineProperty(Navigator.prototype, 'vibrate', {
      configurable: true,
      value(pattern: number | number[]) {
        globalThis.__vibrations.push({ pattern, atMs: performance.now() });
        return true;
      },
    });
  });
});

test('one tap on Five breaths carries a person through the whole practice by sound and touch', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const voiceRequests: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/voice/')) voiceRequests.push(path);
  });
  await openControlled(page, '/');
  await page.getByRole('button', { name: /five breaths/i }).click();
  await expect(page).toHaveURL(/\/practice\/five-breaths$/);

  // Follow what a screen reader hears: each distinct announcement, in order. From 10 s to 30 s
  // of the practice the phone is locked: every AudioContext suspended, the page hidden.
  const announcer = page.getByTestId('phase-announcer');
  const heard: string[] = [];
  const question = page.getByRole('heading', { name: /protecting you, or isolating you/i });
  const deadline = Date.now() + (plan.durationS + 20) * 1000;
  let locked: { atS: number; atMs: number } | null = null;
  let lockedFor: { mediaS: number; wallS: number } | null = null;
  while (Date.now() < deadline && !(await question.isVisible())) {
    const text = ((await announcer.textContent()) ?? '').trim();
    if (text && text !== heard.at(-1)) heard.push(text);
    const nowS = (await guidance(page))?.currentTime ?? 0;
    if (!locked && !lockedFor && nowS > 10) {
      await lock(page);
      locked = { atS: nowS, atMs: Date.now() };
    } else if (locked && nowS > 30) {
      await unlock(page);
      lockedFor = { mediaS: nowS - locked.atS, wallS: (Date.now() - locked.atMs) / 1000 };
      locked = null;
    }
    await page.waitForTimeout(150);
  }
  await expect(question).toBeVisible();
  // Locked, the guidance played on from its media element at the wall clock's pace.
  expect(lockedFor).not.toBeNull();
  expect(Math.abs((lockedFor?.mediaS ?? 0) - (lockedFor?.wallS ?? 0))).toBeLessThan(1);
  expect((await guidance(page))?.src).toMatch(/\/guidance\/[0-9a-f]+\.wav$/);
  await expectNoStreamRoute(page);

  const breaths = Array.from({ length: plan.breathCount }, () => [
    'Breathe in',
    'Breathe out',
  ]).flat();
  expect(heard.filter((t) => t !== 'Done')).toEqual(['Settle', ...breaths]);

  // One pulse for every inhale, two for every exhale, then the end: patterns told apart by feel.
  const vibrations = await page.evaluate(() => globalThis.__vibrations);
  const felt = vibrations.map((v) => JSON.stringify(v.pattern));
  const [inPattern, outPattern] = felt;
  expect(inPattern).not.toEqual(outPattern);
  const endPattern = felt.at(-1);
  expect(felt).toEqual([
    ...Array.from({ length: plan.breathCount }, () => [inPattern, outPattern]).flat(),
    endPattern,
  ]);
  expect([inPattern, outPattern]).not.toContain(endPattern);
  // They follow the audio clock: in lasts 4 s, out 6 s. Timers may be late (a second on a busy
  // machine), never drift: against the plan, the pulses' lateness spreads by under 1.5 s over the
  // practice (a timer chain drifting 0.2 s a pulse would reach 2 s; gaps checked one by one would
  // let it pass).
  const breathCues = plan.cues.filter((c) => c.kind === 'inhale' || c.kind === 'exhale');
  expect(breathCues).toHaveLength(2 * plan.breathCount);
  expect(breathCues.slice(1).map((c, i) => c.atS - breathCues[i]!.atS)).toEqual(
    breathCues.slice(1).map((_, i) => (i % 2 === 0 ? 4 : 6)),
  );
  const lateS = breathCues.map(
    (c, i) => (vibrations[i]!.atMs - vibrations[0]!.atMs) / 1000 - (c.atS - breathCues[0]!.atS),
  );
  expect(Math.max(...lateS) - Math.min(...lateS)).toBeLessThan(1.5);

  // No voices headless: the recorded clips speak instead.
  expect(voiceRequests).toContain('/voice/name-sensation.mp3');
  expect(voiceRequests).toContain('/voice/closing-question.mp3');

  await page.getByRole('button', { name: 'Isolating' }).click();
  await expect(page.getByRole('heading', { name: 'Done' })).toBeVisible();
  await expect(page.getByText(/isolating/i)).toBeVisible();
});

test('Save as audio hands over a WAV of the whole practice', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/practice/five-breaths');
  await page.getByRole('button', { name: 'Start' }).click();
  // Stop early: the done screen offers the file for the whole practice either way.
  await page.getByRole('button', { name: 'Stop' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as audio' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('stay-five-breaths.wav');
  const bytes = await readFile(await file.path());
  const wav = readWavHeader(bytes);
  expect(wav.durationS).toBeCloseTo(plan.durationS + RENDER_TAIL_S, 2);
  expect(wav.bitsPerSample).toBe(16);
  // Not silence: the practice's sound is in the file.
  expect(wav.peak).toBeGreaterThan(0.05);
});
