// Packet to screen: how long from a heart-rate packet reaching the page (the emulated strap's read)
// to the new bpm in the DOM and to the next frame after it. Run by `npm run bench`, not `npm test`.
import { writeFile } from 'node:fs/promises';
import { encodeHeartRateMeasurement } from '../src/platform/bluetooth/measurement-encoder';
import { bluetoothLaunchOptions, expect, test } from '../tests/e2e/support/bluetooth-emulation';

test.use({ launchOptions: bluetoothLaunchOptions(), strapOptions: { name: 'Bench strap' } });

const RUNS = 100;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};

test('packet to screen, median of 100', async ({ page, strap }) => {
  test.setTimeout(180_000);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Pair a strap' }).click();
  await expect(page.getByTestId('strap-status')).toContainText('connected');
  await page.goto('/practice/resonance');
  await page.getByRole('button', { name: 'Start' }).click();
  await strap.waitForSubscription();
  const bpm = await page.getByTestId('bpm').elementHandle();

  const domMs: number[] = [];
  const frameMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const value = 60 + (i % 40);
    // Watch the number before the packet arrives; note when it changes and the frame after.
    await bpm.evaluate((el, expected) => {
      const w = window as unknown as { __seen?: Promise<{ domAt: number; frameAt: number }> };
      w.__seen = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (el.textContent.trim() !== String(expected)) return;
          observer.disconnect();
          const domAt = performance.now();
          requestAnimationFrame(() => {
            resolve({ domAt, frameAt: performance.now() });
          });
        });
        observer.observe(el, { childList: true, characterData: true, subtree: true });
      });
    }, value);
    const fed = await strap.feed(
      page,
      new Uint8Array(
        encodeHeartRateMeasurement({ bpm: value, contact: 'detected', energyKj: null, rrMs: [] })
          .buffer,
      ),
    );
    const seen = await page.evaluate(
      () => (window as unknown as { __seen: Promise<{ domAt: number; frameAt: number }> }).__seen,
    );
    domMs.push(seen.domAt - fed.readAtMs);
    frameMs.push(seen.frameAt - fed.readAtMs);
  }
  const result = {
    runs: RUNS,
    packetToDomMedianMs: Math.round(median(domMs) * 100) / 100,
    packetToFrameMedianMs: Math.round(median(frameMs) * 100) / 100,
    packetToFrameMaxMs: Math.round(Math.max(...frameMs) * 100) / 100,
  };
  await writeFile(new URL('out/strap-latency.json', import.meta.url), JSON.stringify(result));
  expect(domMs).toHaveLength(RUNS);
});
