// A person pairs a chest strap through the browser's chooser and watches the urge to flee rise and
// settle during a practice; the link drops and comes back without stopping anything. The strap is
// Chromium's emulated Bluetooth peripheral (tests/e2e/support/bluetooth-emulation.ts).
import type { Page } from '@playwright/test';
import { encodeHeartRateMeasurement } from '../../src/platform/bluetooth/measurement-encoder';
import type { EmulatedStrap } from './support/bluetooth-emulation';
import { bluetoothLaunchOptions, expect, test } from './support/bluetooth-emulation';

test.use({
  launchOptions: bluetoothLaunchOptions(),
  strapOptions: { name: 'Polar H10 E2E', batteryLevel: 87 },
});

/** One second of a strap at `bpm`: a packet with contact and the RR interval that fits. */
function packet(bpm: number, wobbleMs = 0): Uint8Array {
  const view = encodeHeartRateMeasurement({
    bpm: Math.round(bpm),
    contact: 'detected',
    energyKj: null,
    rrMs: [60_000 / bpm + wobbleMs],
  });
  return new Uint8Array(view.buffer);
}

/** Feed `bpms` one a second, as a strap sends them. */
async function feedTrace(page: Page, strap: EmulatedStrap, bpms: readonly number[]): Promise<void> {
  for (const [i, bpm] of bpms.entries()) {
    const started = Date.now();
    await strap.feed(page, packet(bpm, i % 2 ? 6 : -6));
    await page.waitForTimeout(Math.max(0, 1000 - (Date.now() - started)));
  }
}

const steady = (bpm: number, seconds: number) => Array.from({ length: seconds }, () => bpm);
const ramp = (from: number, to: number, seconds: number) =>
  Array.from({ length: seconds }, (_, i) => from + ((to - from) * (i + 1)) / seconds);

test('pair a strap, see the urge rise, turn high and settle, and ride out a dropped link', async ({
  page,
  strap,
}) => {
  test.setTimeout(300_000);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Pair a strap' }).click();
  const status = page.getByTestId('strap-status');
  await expect(status).toContainText('connected');
  await expect(status).toContainText('battery 87 %');
  await strap.waitForSubscription();

  await page.goto('/practice/resonance');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByTestId('phase-announcer')).toHaveText('Settle');
  // The strap reconnects on its own after the navigation (the chooser is not shown again).
  await strap.waitForSubscription();
  const meter = page.getByRole('meter', { name: 'Urge to flee' });
  const bpm = page.getByTestId('bpm');

  // A minute at rest: the meter learns this person's baseline.
  await feedTrace(page, strap, steady(64, 62));
  await expect(bpm).toHaveText('64');
  await expect(meter).toHaveAttribute('aria-valuetext', /^Settled/);

  // The body arms itself to leave: about 30 % above baseline.
  await feedTrace(page, strap, [...ramp(64, 84, 15), ...steady(84, 14)]);
  await expect(bpm).toHaveText('84');
  await expect(meter).toHaveAttribute('aria-valuetext', /^High/);
  expect(Number(await meter.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(70);

  // Breathing settles it; "high" clears only after it has stayed low for a while.
  await feedTrace(page, strap, [...ramp(84, 65, 10), ...steady(64, 40)]);
  await expect(meter).not.toHaveAttribute('aria-valuetext', /^High/);
  expect(Number(await meter.getAttribute('aria-valuenow'))).toBeLessThan(50);

  // The link drops mid-practice: it reconnects and the practice carries on.
  await strap.disconnect();
  await expect(page.getByText('Strap: Reconnecting…')).toBeVisible();
  await strap.waitForSubscription(20_000);
  await expect(page.getByText('Strap: Connected')).toBeVisible();
  await feedTrace(page, strap, steady(63, 3));
  await expect(bpm).toHaveText('63');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('heading', { name: 'Stopped' })).toBeVisible();
  // After: the curve with its peak and baseline, the gap where the strap dropped, and the outcome.
  const curve = page.getByRole('img', { name: /heart rate/i });
  await expect(curve).toBeVisible();
  await expect(curve).toHaveAccessibleName(/peak 84 bpm/i);
  await expect(curve).toHaveAccessibleName(/baseline 64 bpm/i);
  await expect(page.getByTestId('gap')).toHaveCount(1);
  await expect(page.getByText(/came back to baseline in \d/)).toBeVisible();
});
