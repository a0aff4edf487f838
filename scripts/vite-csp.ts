import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy the built app carries, directive by directive. Everything not
 * listed falls back to `default-src 'self'`: no fonts, analytics, CDNs or error reporting from
 * elsewhere can load.
 *
 * Delivered as `<meta http-equiv>` so any static host serves it. A meta policy cannot carry
 * `frame-ancestors` (nor `report-uri`/`report-to` or `sandbox`): a host that wants clickjacking
 * protection must also send `Content-Security-Policy: frame-ancestors 'none'` as a header.
 *
 * Checked and not needed (tests/e2e/csp.spec.ts runs every path under the policy):
 * `media-src blob:` (the output route plays a MediaStream through `srcObject`, which is no fetch;
 * file downloads from `blob:` links are not governed), `img-src data:` (no images; the favicon is
 * an SVG file). Tone's AudioWorklet effects (BitCrusher, Freeverb…) would load `blob:` modules
 * under `script-src`; Stay uses none. `style=""` attributes are blocked: set styles through
 * CSSOM (`el.style.setProperty`), which CSP does not govern.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  // No inline script and no eval: Vite emits only external module scripts.
  'script-src': ["'self'"],
  // Lit's `static styles` are constructable stylesheets, which CSP does not govern; the only inline
  // CSS is index.html's <style>, allowed by its hash (added at build).
  'style-src': ["'self'"],
  'connect-src': ["'self'"],
  // Tone.js creates its default context when its module runs (before the app sets its own), and
  // that context's Ticker starts a Web Worker from a `blob:` URL of Tone's own source
  // (node_modules/tone/build/esm/core/clock/Ticker.js). `blob:` URLs are made only by script that
  // already runs under `script-src 'self'`, so this admits no outside code.
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

/** `'sha256-…'` source of an inline script or style's exact text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy text, with `styleHashes` added to `style-src`. */
export function policyText(styleHashes: readonly string[] = []): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, sources]) =>
      [name, ...sources, ...(name === 'style-src' ? styleHashes : [])].join(' '),
    )
    .join('; ');
}

/** Thrown when the built HTML holds something the policy would block. */
export class CspBuildError extends Error {
  override name = 'CspBuildError';
}

/** `html` with the policy meta as the first element of <head>, hashing its inline <style>s. */
export function withPolicy(html: string, file = 'index.html'): string {
  if (/<meta[^>]+http-equiv=["']?content-security-policy/i.test(html)) {
    throw new CspBuildError(`${file} already has a Content-Security-Policy meta`);
  }
  const inlineScript = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/i.exec(html);
  if (inlineScript && inlineScript[1]?.trim()) {
    throw new CspBuildError(
      `${file} has an inline <script>, which the policy (script-src 'self') blocks: ` +
        `load it from a file instead. It begins: ${inlineScript[1].trim().slice(0, 80)}`,
    );
  }
  if (/<[a-z][^>]*\sstyle=/i.test(html)) {
    throw new CspBuildError(`${file} has a style="" attribute, which the policy blocks`);
  }
  const hashes = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) =>
    sha256Source(m[1] ?? ''),
  );
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyText([...new Set(hashes)])}" />`;
  // A meta policy governs only what comes after it; only <meta charset> may precede it.
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  const head = /<head\b[^>]*>/i.exec(html);
  const anchor = charset ?? head;
  if (!anchor) throw new CspBuildError(`${file} has no <head> to put the policy in`);
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

/**
 * Adds the Content-Security-Policy meta to every built HTML page. Build only: the dev server
 * injects inline styles for CSS modules and talks to its HMR client over `ws:`, which the policy
 * forbids. Runs on the emitted HTML (after every `transformIndexHtml`), so the style hashes match
 * what ships.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'stay-content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
        const html =
          typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
        file.source = withPolicy(html, file.fileName);
      }
    },
  };
}
