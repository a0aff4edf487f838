import { expect, test, type Page } from '@playwright/test';
import { startWithSimulatedStrap } from './support/simulated-practice';

/** What the database holds of one session, read straight from IndexedDB. */
interface Stored {
  readonly status: string;
  readonly startedAt: string;
  readonly practisedS: number;
  /** Plan seconds of every stored heart sample, in order. */
  readonly sampleTimes: number[];
  readonly rrCount: number;
}

/** Reads every session in the app's database with its sample times, bypassing the app. */
function readDatabase(page: Page): Promise<Stored[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('stay');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(new Error(String(request.error)));
      };
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => {
          resolve(request.result as T[]);
        };
        request.onerror = () => {
          reject(new Error(String(request.error)));
        };
      });
    const sessions = await all<{
      id: string;
      status: string;
      startedAt: string;
      practisedS: number;
    }>('sessions');
    const chunks = await all<{ sessionId: string; seq: number; tCs: Uint32Array; rr: Uint16Array }>(
      'samples',
    );
    db.close();
    return sessions.map((s) => {
      const mine = chunks.filter((c) => c.sessionId === s.id).sort((a, b) => a.seq - b.seq);
      return {
        status: s.status,
        startedAt: s.startedAt,
        practisedS: s.practisedS,
        sampleTimes: mine.flatMap((c) => [...c.tCs].map((cs) => cs / 100)),
        rrCount: mine.reduce((sum, c) => sum + c.rr.length, 0),
      };
    });
  });
}

test('a practice cut short by a crash is kept as interrupted, with everything up to 5 s before', async ({
  browser,
  context,
  page,
}) => {
  test.setTimeout(120_000);
  await startWithSimulatedStrap(page, 'resonance');
  await page.waitForTimeout(14_000);
  // A slow start on a loaded machine leaves fewer samples by now: wait until ten are kept.
  await expect
    .poll(async () => (await readDatabase(page))[0]?.sampleTimes.length ?? 0, { timeout: 30_000 })
    .toBeGreaterThan(9);

  // The page's process is killed: no pagehide, no unload, nothing more from this page. (CDP's
  // Page.crash takes the whole headless browser down with it here, so the renderer gets SIGKILL.)
  const [running] = await readDatabase(page);
  expect(running?.status).toBe('running');
  const crashedAtMs = await page.evaluate(() => Date.now());
  const crashed = new Promise((resolve) => page.once('crash', resolve));
  const browserSession = await browser.newBrowserCDPSession();
  const { processInfo } = await browserSession.send('SystemInfo.getProcessInfo');
  for (const renderer of processInfo.filter((p) => p.type === 'renderer')) {
    process.kill(renderer.id, 'SIGKILL');
  }
  await crashed;

  const reopened = await context.newPage();
  await reopened.goto('/history');
  await expect(reopened.getByText('Interrupted')).toBeVisible();
  const [kept] = await readDatabase(reopened);
  expect(kept?.status).toBe('interrupted');
  const ranS = (crashedAtMs - Date.parse(kept?.startedAt ?? '')) / 1000;
  expect(ranS).toBeGreaterThan(14);
  // Saved at least every 5 s: progress and samples reach to within 5 s of the crash.
  expect(kept?.practisedS).toBeGreaterThanOrEqual(ranS - 5);
  const times = kept?.sampleTimes ?? [];
  expect(times.at(-1)).toBeGreaterThanOrEqual(ranS - 5);
  // About one sample a second from the first reading on, none lost or doubled in between (a packet
  // late on a loaded machine may leave two seconds between two samples, a lost one more).
  expect(times.length).toBeGreaterThan(8);
  for (let i = 1; i < times.length; i++) {
    const step = (times[i] ?? 0) - (times[i - 1] ?? 0);
    expect(step).toBeGreaterThan(0.5);
    expect(step).toBeLessThan(2.5);
  }
  expect(kept?.rrCount).toBeGreaterThan(times.length / 2);
});
