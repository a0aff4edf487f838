// The size budgets, measured from dist/ (`npm run test:e2e` builds first): sizes are
// deterministic, so CI gates on them. scripts/budgets.mjs says exactly what counts; bench/run.mjs
// reports the same figures.
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  DIST,
  FIRST_DOWNLOAD_LIMIT_BYTES,
  SHIPPED_LIMIT_BYTES,
  budgetTable,
  firstDownload,
  shipped,
} from '../../scripts/budgets.mjs';

test.beforeAll(() => {
  if (!existsSync(new URL('index.html', DIST)))
    throw new Error('dist/index.html is missing: run `npx vite build` first');
});

test('the first download (scripts and styles before any tap) is at most 25 KiB gzip', async () => {
  const measured = await firstDownload();
  const rows = Object.entries(measured.files).map(([path, bytes]) => ({ path, bytes }));
  const table = budgetTable('first download, gzip -9', rows, FIRST_DOWNLOAD_LIMIT_BYTES);
  console.log(table.split('\n')[0]);
  expect(rows.length, 'index.html references no script').toBeGreaterThan(0);
  expect(measured.gzipBytes, table).toBeLessThanOrEqual(FIRST_DOWNLOAD_LIMIT_BYTES);
});

test('everything the app ships (code gzip, clips and icons raw) is at most 508 KiB', async () => {
  const measured = await shipped();
  const table = budgetTable(
    'everything shipped (text gzip -9, media raw)',
    measured.files,
    SHIPPED_LIMIT_BYTES,
  );
  console.log(table.split('\n')[0]);
  expect(measured.bytes, table).toBeLessThanOrEqual(SHIPPED_LIMIT_BYTES);
});
