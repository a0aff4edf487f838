// Renders Stay's icons to PNG from the one drawing in public/icons/stay.svg, with the system
// Chromium through Playwright (no online service), then writes small indexed PNGs (flat colours
// need no more). Run `npm run icons` after changing the drawing; the PNGs are committed.
/* global document, Image */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const iconsDir = join(root, 'public/icons');
const mark = readFileSync(join(iconsDir, 'stay.svg'), 'utf8');

/** The mark on a full square: launchers (maskable) and iOS apply their own mask, so no corners of our own. */
const fullBleed = mark.replace(/<rect ([^>]*?)rx="\d+"/, '<rect $1');

/**
 * A shortcut icon: the mark's background and colours around one small glyph, kept within the
 * central 80% so a round mask never cuts it.
 * @param {string} glyph SVG drawn in a 512 box
 */
const shortcut = (glyph) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="112" fill="#0d1326"/><circle cx="256" cy="256" r="192" fill="#1f2746"/>${glyph}</svg>`;

const ACCENT = '#f2b880';
/** Colours per icon: the few flat fills plus enough edge shades for smooth curves. */
const PALETTE_SIZE = Number(process.env.ICON_COLOURS ?? 32);
const SHORTCUTS = {
  // Five breaths: five beads around the still point.
  'five-breaths': [
    `<circle cx="256" cy="256" r="60" fill="${ACCENT}"/>`,
    ...[0, 1, 2, 3, 4].map((i) => {
      const a = (i / 5) * 2 * Math.PI - Math.PI / 2;
      return `<circle cx="${(256 + 132 * Math.cos(a)).toFixed(1)}" cy="${(256 + 132 * Math.sin(a)).toFixed(1)}" r="30" fill="${ACCENT}"/>`;
    }),
  ].join(''),
  // Hum reset: a long, even hum.
  'hum-reset': `<path d="M104 256c38-64 76-64 114 0s76 64 114 0 76-64 76-64" fill="none" stroke="${ACCENT}" stroke-width="40" stroke-linecap="round"/>`,
  // The five-minute pause: a short stretch of time, held.
  'five-minute-pause': `<circle cx="256" cy="256" r="128" fill="none" stroke="#3a4468" stroke-width="36"/><path d="M256 128a128 128 0 0 1 110.9 64" fill="none" stroke="${ACCENT}" stroke-width="36" stroke-linecap="round"/><circle cx="256" cy="256" r="34" fill="${ACCENT}"/>`,
};

/** [file, svg, size in px] */
const OUTPUTS = [
  ['icon-192.png', mark, 192],
  ['icon-512.png', mark, 512],
  ['maskable-512.png', fullBleed, 512],
  ['apple-touch-icon.png', fullBleed, 180],
  ...Object.entries(SHORTCUTS).map(([id, glyph]) => [`shortcut-${id}.png`, shortcut(glyph), 96]),
];

/**
 * RGBA pixels of `svg` drawn at `size` px by Chromium (sized in the SVG itself, so it is rasterised
 * at that size rather than scaled).
 * @param {import('playwright').Page} page
 * @param {string} svg
 * @param {number} size
 */
async function rasterise(page, svg, size) {
  const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
  const base64 = await page.evaluate(
    async ({ sized, size }) => {
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sized)}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('No 2D canvas');
      context.drawImage(image, 0, 0, size, size);
      const bytes = context.getImageData(0, 0, size, size).data;
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    { sized, size },
  );
  return Buffer.from(base64, 'base64');
}

/**
 * An 8-bit palette PNG of `rgba`. The most frequent colours form the palette (the flat fills are
 * the most frequent, so they stay exact); any rarer edge shade maps to its nearest entry.
 * @param {Buffer} rgba
 * @param {number} width
 * @param {number} height
 */
function encodeIndexedPng(rgba, width, height, colours = PALETTE_SIZE) {
  const counts = new Map();
  for (let i = 0; i < rgba.length; i += 4) {
    const key = rgba.readUInt32BE(i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const palette = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, colours)
    .map(([key]) => key);
  const indexOf = new Map(palette.map((key, i) => [key, i]));
  const nearest = (key) => {
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((entry, i) => {
      let distance = 0;
      for (let shift = 0; shift < 32; shift += 8) {
        const d = ((entry >>> shift) & 255) - ((key >>> shift) & 255);
        distance += d * d;
      }
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    });
    indexOf.set(key, best);
    return best;
  };
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0; // filter: none (best for palette images)
    for (let x = 0; x < width; x++) {
      const key = rgba.readUInt32BE((y * width + x) * 4);
      rows[y * (width + 1) + 1 + x] = indexOf.get(key) ?? nearest(key);
    }
  }
  const plte = Buffer.alloc(palette.length * 3);
  const alphas = palette.map((key) => key & 255);
  palette.forEach((key, i) => plte.writeUIntBE(key >>> 8, i * 3, 3));
  let lastTranslucent = alphas.length - 1;
  while (lastTranslucent >= 0 && alphas[lastTranslucent] === 255) lastTranslucent--;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8); // 8-bit, palette, deflate, adaptive filters, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    ...(lastTranslucent >= 0
      ? [chunk('tRNS', Buffer.from(alphas.slice(0, lastTranslucent + 1)))]
      : []),
    chunk('IDAT', smallestDeflate(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** zlib's default and run-length strategies at level 9, whichever is smaller. */
function smallestDeflate(bytes) {
  return [constants.Z_DEFAULT_STRATEGY, constants.Z_RLE]
    .map((strategy) => deflateSync(bytes, { level: 9, memLevel: 9, strategy }))
    .reduce((a, b) => (b.length < a.length ? b : a));
}

/** One PNG chunk: length, type, data, CRC-32 of type and data. */
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const browser = await chromium.launch({ executablePath: CHROME_PATH, args: [...CHROME_ARGS] });
try {
  const page = await browser.newPage();
  for (const [file, svg, size] of OUTPUTS) {
    const rgba = await rasterise(page, svg, size);
    const png = encodeIndexedPng(rgba, size, size);
    writeFileSync(join(iconsDir, file), png);
    console.log(`public/icons/${file}: ${size}×${size}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
