import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { readStore } from './support/database';
import { startWithSimulatedStrap } from './support/simulated-practice';

let exports = 0;

/** Clicks an export button in settings and returns the file's name and parsed JSON. */
async function exportEverything(
  page: Page,
): Promise<{ name: string; path: string; data: unknown }> {
  await page.goto('/settings');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything (JSON)' }).click();
  const download = await downloading;
  // Every export of a day has the same name; keep each in its own file.
  exports += 1;
  const path = test.info().outputPath(`${String(exports)}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return {
    name: download.suggestedFilename(),
    path,
    data: JSON.parse(await readFile(path, 'utf8')),
  };
}

/** The export without the moment it was made. */
function content(data: unknown): unknown {
  const { exportedAt, ...rest } = data as { exportedAt: string };
  expect(Date.parse(exportedAt)).not.toBeNaN();
  return rest;
}

test('export, delete everything, import: the same data; a hostile file changes nothing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Something in every part of the file: a setting, a custom pattern, a practice with a heart trace.
  await startWithSimulatedStrap(page, 'resonance');
  await page.waitForTimeout(6000);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('img', { name: /heart rate over the practice/i })).toBeVisible();
  // The export below loads a new page, which would cut short a write still under way on a busy
  // machine (the practice is then kept as interrupted, as after a crash): wait until it is stored.
  await expect
    .poll(async () => (await readStore<{ status: string }>(page, 'sessions')).map((s) => s.status))
    .toEqual(['stopped']);

  const first = await exportEverything(page);
  expect(first.name).toMatch(/^stay-export-\d{4}-\d{2}-\d{2}\.json$/);
  const data = first.data as {
    format: string;
    version: number;
    settings: { strap: string } | null;
    sessions: { status: string; heart: { tS: number[] } | null }[];
  };
  expect(data).toMatchObject({ format: 'stay-export', version: 1 });
  expect(data.settings?.strap).toBe('simulated');
  expect(data.sessions).toHaveLength(1);
  expect(data.sessions[0]?.status).toBe('stopped');
  expect(data.sessions[0]?.heart?.tS.length).toBeGreaterThan(3);

  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await expect(page.getByText(/This deletes 1 practice/)).toBeVisible();
  await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
  // Leaving before the deletion is done would abort it; the person is told when it is.
  await expect(page.getByText('Everything Stay kept on this device is gone.')).toBeVisible();
  await page.goto('/history');
  await expect(page.getByRole('link', { name: /Five breaths/ })).toBeVisible();
  expect(content((await exportEverything(page)).data)).toMatchObject({ sessions: [] });

  await page.getByLabel('Import a Stay export').setInputFiles(first.path);
  await expect(page.getByText(/holds 1 practice/)).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/Added 1 practice/)).toBeVisible();
  const restored = await exportEverything(page);
  expect(content(restored.data)).toEqual(content(first.data));

  // A file that tries to pollute prototypes is refused whole, and the data stays as it was.
  const hostile = (await readFile(first.path, 'utf8')).replace(
    '"sessions": [',
    '"sessions": [{"__proto__":{"polluted":true}},',
  );
  expect(hostile).toContain('__proto__');
  await page.getByLabel('Import a Stay export').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(hostile),
  });
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
  expect(content((await exportEverything(page)).data)).toEqual(content(first.data));
});
