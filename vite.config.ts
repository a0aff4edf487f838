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

/**
 * Emits the repo-root web app manifest into the build, byte for byte. Serving needs nothing more:
 * the dev server serves files under the root and `vite preview` serves dist/, both with the
 * content type `application/manifest+json` from Vite's own MIME table. A plugin remains because
 * Vite copies only publicDir into the build, and processing the `<link rel="manifest">` would
 * give the file a hashed name the installed app and the service worker cannot rely on.
 */
function emitWebManifest(): Plugin {
  return {
    name: 'stay-web-manifest',
    apply: 'build',
    buildStart() {
      this.addWatchFile(manifestPath);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MANIFEST, source: readFileSync(manifestPath) });
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
 * Where a Start tap leads: the practice screen, the practice's recorder and heart, hum and pause
 * monitors (loaded by the services), the live guidance (which loads Tone.js), the microphone and
 * the session store (which the launch reads). Modules, not chunk names: whatever these import,
 * statically or lazily, is on the path too, however their files are split or named.
 */
const TAP_PATH_ROOTS = [
  'src/ui/practice/practice-view.ts',
  'src/app/services.ts',
  'src/platform/audio/tone-guidance-player.ts',
  'src/platform/mic/hum-listener.ts',
  'src/platform/storage/idb-session-store.ts',
  'src/platform/storage/memory-storage.ts',
];

/**
 * Which chunks a lazy import fetches side by side with its target. Every name listed costs the
 * first download about 15 bytes, so only a lazy chunk whose entry module is reachable in the module
 * graph from `TAP_PATH_ROOTS` keeps its list; other views load their imports as they meet them,
 * which the service worker serves from its cache after the first visit.
 */
function tapPathPreloads(roots: readonly string[]): {
  plugin: Plugin;
  resolveDependencies: (filename: string, deps: string[]) => string[];
} {
  const rootIds = roots.map((root) => fileURLToPath(new URL(`./${root}`, import.meta.url)));
  const reached = new Set<string>();
  const onPath = new Set<string>();
  let mapped = false;
  return {
    resolveDependencies: (filename, deps) => {
      // Vite asks while it writes the preload lists, after this plugin's generateBundle.
      if (!mapped) throw new Error('Preloads were asked for before the chunks were mapped.');
      return onPath.has(filename) ? deps : [];
    },
    plugin: {
      name: 'stay-tap-path-preloads',
      apply: 'build',
      buildEnd() {
        reached.clear();
        mapped = false;
        for (const id of rootIds) {
          if (!this.getModuleInfo(id)) this.error(`Tap path root ${id} is not in the build.`);
        }
        const pending = [...rootIds];
        for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
          if (reached.has(id)) continue;
          reached.add(id);
          const info = this.getModuleInfo(id);
          pending.push(...(info?.importedIds ?? []), ...(info?.dynamicallyImportedIds ?? []));
        }
      },
      generateBundle(_, bundle) {
        onPath.clear();
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.isDynamicEntry && chunk.facadeModuleId !== null) {
            if (reached.has(chunk.facadeModuleId)) onPath.add(chunk.fileName);
          }
        }
        mapped = true;
      },
    },
  };
}

const tapPath = tapPathPreloads(TAP_PATH_ROOTS);

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
  plugins: [
    emitWebManifest(),
    firstDownload.plugin,
    tapPath.plugin,
    buildId(),
    serviceWorker,
    contentSecurityPolicy(),
  ],
  publicDir: 'public',
  define: { __STAY_TONE_CHUNK__: JSON.stringify(`/${TONE_CHUNK}`) },
  build: {
    target: 'es2022',
    modulePreload: { resolveDependencies: tapPath.resolveDependencies },
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
