import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './scripts/vite-csp';
import { VitePWA } from 'vite-plugin-pwa';

const MANIFEST = 'manifest.webmanifest';
const toneVersion = (
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL('./node_modules/tone/package.json', import.meta.url)),
      'utf8',
    ),
  ) as { version: string }
).version;
/** Tone.js gets a predictable chunk name, so the app can prefetch it before the tap that needs it. */
const TONE_CHUNK = `assets/tone-${toneVersion}.js`;
const manifestPath = fileURLToPath(new URL(`./${MANIFEST}`, import.meta.url));

/** Serves the repo-root web app manifest in dev and preview, and emits it into the build. */
function webManifest(): Plugin {
  const serve = (
    req: { url?: string },
    res: { setHeader(name: string, value: string): void; end(body: string): void },
    next: () => void,
  ) => {
    if (req.url?.split('?')[0] !== `/${MANIFEST}`) {
      next();
      return;
    }
    res.setHeader('Content-Type', 'application/manifest+json');
    res.end(readFileSync(manifestPath, 'utf8'));
  };
  return {
    name: 'stay-web-manifest',
    configureServer(server) {
      server.middlewares.use(serve);
    },
    buildStart() {
      this.addWatchFile(manifestPath);
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: MANIFEST,
        source: readFileSync(manifestPath, 'utf8'),
      });
    },
  };
}

/**
 * Everything the entry imports statically (the first download) goes into one chunk: left to the
 * automatic splitting it lands in a dozen small files, and each gzips on its own, which cost about
 * a fifth more bytes. Lazily loaded code keeps the automatic splitting.
 */
function firstDownloadChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const shell = new Set<string>();
  return {
    test: (id) => shell.has(id),
    plugin: {
      name: 'stay-first-download-chunk',
      buildEnd() {
        const entry = [...this.getModuleIds()].find((id) => this.getModuleInfo(id)?.isEntry);
        const pending = entry ? [entry] : [];
        for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
          if (shell.has(id)) continue;
          shell.add(id);
          pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      },
    },
  };
}

const firstDownload = firstDownloadChunk();

/**
 * Which chunks a lazy import fetches side by side with its target. Every name listed costs the
 * first download about 15 bytes, so only the path from a Start tap to the first sound and the
 * practice screen (and the session store, which the launch reads) keeps its list; other views load
 * their imports as they meet them, which the service worker serves from its cache after the first
 * visit.
 */
function preloadOnTheTapPath(filename: string, deps: string[]): string[] {
  const tapPath =
    /\/(?:practice-view|live-session|tone|heart|hum|pause|session-recorder|idb-session-store|memory-storage)[-.]/;
  return tapPath.test(filename) ? deps : [];
}

/**
 * `STAY_BUILD=<id> vite build` marks the page `<meta name="stay-build" content="<id>">`: the update
 * test builds the app twice and needs to tell which one runs. Without it the page is unchanged.
 */
function buildId(id = process.env.STAY_BUILD): Plugin {
  return {
    name: 'stay-build-id',
    apply: 'build',
    transformIndexHtml: () =>
      id ? [{ tag: 'meta', attrs: { name: 'stay-build', content: id }, injectTo: 'head' }] : [],
  };
}

/**
 * The service worker, src/sw.ts, bundled with its Workbox modules and given the whole build to
 * precache: the shell, every chunk (Tone.js included), the voice clips, the manifest and icons.
 * The manifest stays the repo-root file above; the app registers the worker itself.
 */
const serviceWorker = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src',
  filename: 'sw.ts',
  manifest: false,
  injectRegister: false,
  injectManifest: {
    globPatterns: [
      'index.html',
      'assets/*.{js,css}',
      'voice/*.{mp3,json}',
      'icons/*',
      // The microphone's AudioWorklet processor (public/worklets), so humming is heard offline too.
      'worklets/*.js',
      MANIFEST,
    ],
    // A file over this fails the build instead of going uncached; Tone.js, the largest, is ~350 KB.
    maximumFileSizeToCacheInBytes: 1024 * 1024,
  },
});

export default defineConfig({
  plugins: [webManifest(), firstDownload.plugin, buildId(), serviceWorker, contentSecurityPolicy()],
  publicDir: 'public',
  define: { __STAY_TONE_CHUNK__: JSON.stringify(`/${TONE_CHUNK}`) },
  build: {
    target: 'es2022',
    modulePreload: { resolveDependencies: preloadOnTheTapPath },
    rolldownOptions: {
      // Exported constants (the shell's words in core/content/home.ts among them) are inlined where
      // they are used rather than kept as variables: about 120 bytes less in the first download.
      optimization: { inlineConst: { mode: 'all' } },
      output: {
        codeSplitting: { groups: [{ name: 'shell', test: firstDownload.test }] },
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/node_modules/tone/'))
            ? TONE_CHUNK
            : // Six hash characters (36 bits) are plenty to bust caches across ~80 files, and the
              // shell names every lazy chunk it may load: two fewer characters each fit the budget.
              'assets/[name]-[hash:6].js',
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
});
