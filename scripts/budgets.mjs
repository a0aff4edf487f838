// The size budgets of issue 5, measured from the build in dist/: deterministic, so CI gates them.
// Used by tests/e2e/budgets.spec.ts (the gate) and bench/run.mjs (the figures in the README).
import { readFile, readdir, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The build this module measures unless told otherwise. */
export const DIST = new URL('../dist/', import.meta.url);

/** Limit of the first download: the scripts and styles index.html loads before any tap, gzip -9. */
export const FIRST_DOWNLOAD_LIMIT_BYTES = 25 * 1024;

/**
 * Limit of everything the app ships (see `shipped`): 500 KiB since the clearer voice (32 kbit/s
 * clips), 508 KiB since guidance plays from a rendered file (the writer, the service worker's
 * range serving and the lazy player: 4.9 KB).
 */
export const SHIPPED_LIMIT_BYTES = 508 * 1024;

/** Text a server would compress: counted as its gzip -9 size. Everything else counts raw. */
const TEXT = /\.(?:js|mjs|css|html|webmanifest|json|svg|txt|xml)$/;

const gzipBytes = (bytes) => gzipSync(bytes, { level: 9 }).length;

const distUrl = (dist) =>
  dist instanceof URL ? dist : pathToFileURL(`${dist.replace(/\/?$/, '/')}`);

/** Paths (root-relative, no leading slash) of the scripts and styles `html` references. */
export function referencedAssets(html) {
  const refs = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*\bhref="([^"]+)"[^>]*\brel="(?:stylesheet|modulepreload)"/g),
  ].map((m) => m[1]);
  return [...new Set(refs)].filter((ref) => !/^(?:https?:)?\/\//.test(ref));
}

/**
 * The first download: gzip -9 bytes of each script and style dist/index.html references (script
 * src, modulepreload, stylesheet), summed. index.html itself is reported apart, not counted.
 * `files` maps each reference to its gzip bytes.
 */
export async function firstDownload(dist = DIST) {
  const root = distUrl(dist);
  const html = await readFile(new URL('index.html', root), 'utf8');
  const files = {};
  let total = 0;
  for (const ref of referencedAssets(html)) {
    const bytes = gzipBytes(await readFile(new URL(ref.replace(/^\//, ''), root)));
    files[ref] = bytes;
    total += bytes;
  }
  return { gzipBytes: total, htmlGzipBytes: gzipBytes(Buffer.from(html)), files };
}

/**
 * Everything the app ships: every file in dist/ except source maps and the manifest's install
 * screenshots (only the browser's install dialog fetches those). Scripts (the service worker
 * included), styles, HTML, the manifest and SVG count gzip -9; already-compressed media (the voice
 * clips, PNG icons) count raw. `files` lists each file, largest first.
 */
export async function shipped(dist = DIST) {
  const root = distUrl(dist);
  const screenshots = await manifestScreenshots(root);
  const names = (await readdir(root, { recursive: true })).sort();
  const files = [];
  const excluded = [];
  for (const name of names) {
    const path = `/${name.split(sep).join('/')}`;
    const url = new URL(path.slice(1), root);
    if (!(await stat(url)).isFile()) continue;
    if (path.endsWith('.map') || screenshots.has(path)) {
      excluded.push(path);
      continue;
    }
    const raw = await readFile(url);
    const compressed = TEXT.test(path);
    files.push({
      path,
      count: compressed ? 'gzip' : 'raw',
      rawBytes: raw.length,
      bytes: compressed ? gzipBytes(raw) : raw.length,
    });
  }
  files.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
  return {
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    files,
    excluded,
  };
}

async function manifestScreenshots(root) {
  let manifest;
  try {
    manifest = JSON.parse(await readFile(new URL('manifest.webmanifest', root), 'utf8'));
  } catch {
    return new Set();
  }
  const base = new URL('http://app/');
  return new Set(
    (Array.isArray(manifest.screenshots) ? manifest.screenshots : [])
      .map((s) => (typeof s?.src === 'string' ? new URL(s.src, base).pathname : null))
      .filter((p) => p !== null),
  );
}

/** KiB with one decimal. */
export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** A plain-text table of `rows` ({ path, bytes, rawBytes?, count? }) with a total against `limit`. */
export function budgetTable(title, rows, limit) {
  const total = rows.reduce((sum, r) => sum + r.bytes, 0);
  const width = Math.max(24, ...rows.map((r) => r.path.length));
  const line = (path, counted, raw, how) =>
    `  ${path.padEnd(width)}  ${counted.padStart(10)}  ${raw.padStart(10)}  ${how}`;
  return [
    `${title}: ${kib(total)} of ${kib(limit)} (${total} of ${limit} bytes)${total > limit ? ` — over by ${kib(total - limit)}` : ''}`,
    line('file', 'counted', 'raw', 'as'),
    ...rows.map((r) =>
      line(
        r.path,
        kib(r.bytes),
        r.rawBytes === undefined ? '' : kib(r.rawBytes),
        r.count ?? 'gzip',
      ),
    ),
  ].join('\n');
}
