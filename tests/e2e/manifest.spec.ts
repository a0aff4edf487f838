import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { createServer } from 'vite';

const REPO_MANIFEST = new URL('../../manifest.webmanifest', import.meta.url);
const DIST_MANIFEST = new URL('../../dist/manifest.webmanifest', import.meta.url);
const CONFIG = new URL('../../vite.config.ts', import.meta.url);
const DEV_PORT = Number(process.env.STAY_E2E_PORT ?? 4173) + 1000;

test.describe('the web app manifest', () => {
  test('the build holds the repo-root file byte for byte', async () => {
    expect(await readFile(DIST_MANIFEST)).toEqual(await readFile(REPO_MANIFEST));
  });

  test('vite preview serves those bytes as application/manifest+json', async ({ request }) => {
    const response = await request.get('/manifest.webmanifest');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/manifest+json');
    expect(await response.body()).toEqual(await readFile(REPO_MANIFEST));
  });

  test('the dev server serves the same bytes as application/manifest+json', async ({ request }) => {
    const server = await createServer({
      configFile: CONFIG.pathname,
      logLevel: 'silent',
      server: { port: DEV_PORT, strictPort: true },
    });
    try {
      await server.listen();
      const response = await request.get(`http://127.0.0.1:${DEV_PORT}/manifest.webmanifest`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/manifest+json');
      expect(await response.body()).toEqual(await readFile(REPO_MANIFEST));
    } finally {
      await server.close();
    }
  });
});
