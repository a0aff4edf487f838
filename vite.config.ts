import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  plugins: [webManifest()],
  publicDir: 'public',
  define: { __STAY_TONE_CHUNK__: JSON.stringify(`/${TONE_CHUNK}`) },
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/node_modules/tone/'))
            ? TONE_CHUNK
            : 'assets/[name]-[hash].js',
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
});
