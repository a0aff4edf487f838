import { LazyHeartSource } from './app/heart/lazy-heart-source';
import { createServices } from './app/services';
import { createHaptics } from './platform/audio/haptics';
import { lazyGuidancePlayer } from './platform/audio/lazy-guidance-player';
import { prefetchTone } from './platform/audio/tone-prefetch';
import { hasWebBluetooth } from './platform/bluetooth/has-web-bluetooth';
import { createInstallPrompt } from './platform/pwa/install-prompt';
import { createMediaControls } from './platform/pwa/media-controls';
import { createScreenKeeper } from './platform/pwa/screen-keeper';
import { browserPageLifecycle } from './platform/pwa/page-lifecycle';
import { openStayStorage } from './platform/storage/storage';
import './ui/shell/stay-app';

// The composition root: the only place that picks concrete adapters for the ports.
// Tone.js stays out of this chunk: the player and exporter import it when a practice starts.
// The straps load when first used: strap settings shown, a strap chosen, or one remembered.
const bluetoothStrap = new LazyHeartSource('bluetooth', hasWebBluetooth(), async () => {
  const { createWebBluetoothStrap } = await import('./platform/bluetooth/web-bluetooth-strap');
  return { source: createWebBluetoothStrap() };
});
const simulatedStrap = new LazyHeartSource('simulated', true, async () => {
  const { createSimulatedStrap } = await import('./platform/bluetooth/simulated-strap');
  const strap = createSimulatedStrap();
  return { source: strap, controls: strap };
});
// The browser's install offer comes once per page load, possibly before storage opens.
const installer = createInstallPrompt();
const { storage, settings } = await openStorage();
// A practice plays from a rendered file (it goes on with the screen locked), live where it cannot.
const player = lazyGuidancePlayer(() =>
  import('./platform/audio/routed-guidance-player').then((m) => {
    // The live sound engine loads next, for a practice that cannot play from a file.
    void m.preloadLiveEngine();
    return m.createGuidancePlayer();
  }),
);
const services = createServices({
  player,
  haptics: createHaptics(),
  screen: createScreenKeeper(),
  media: createMediaControls(),
  settings,
  // Only someone saving a practice as a WAV needs the renderer and encoder.
  exporter: {
    renderWav: async (plan, options) =>
      (await import('./platform/audio/wav-exporter')).createWavExporter().renderWav(plan, options),
  },
  // Saving or sharing a file (an export, a WAV) is rare: its code loads when it happens.
  files: {
    save: async (blob, fileName) =>
      (await import('./platform/files/file-saver')).createFileSaver().save(blob, fileName),
  },
  bluetoothStrap,
  simulatedStrap,
  simulatedControls: simulatedStrap,
  storage,
  // The microphone code loads only when a Hum reset with listening on starts.
  loadMic: async () => (await import('./platform/mic/hum-listener')).createHumListener(),
  loadMotion: () => import('./platform/motion/device-motion').then((m) => m.createMotionSensor()),
  page: browserPageLifecycle(),
  installer,
});

// The remembered strap reconnects without the chooser where the browser allows; the simulated one starts.
void services.heart.connectChosen().catch(() => undefined);

const app = document.querySelector('stay-app');
if (app) app.services = services;

// Once the first screen is up and the page is idle, fetch (not run) Tone.js and load the sound
// engine, so a tap sounds sooner. Safari has no requestIdleCallback.
const prefetch = () => {
  prefetchTone();
  void player.preload();
  void startUpdates();
};
// On a busy phone the page may not fall idle for a long while: the offline worker and the sound
// engine come within 3 s regardless.
if ('requestIdleCallback' in globalThis) requestIdleCallback(prefetch, { timeout: 3000 });
else setTimeout(prefetch, 1000);

/**
 * The service worker (offline) and the quiet "Update ready" notice, held while a practice runs.
 * All of it loads when idle: none of it is in the first download.
 */
async function startUpdates() {
  const [{ registerServiceWorker }, { createAppUpdates }] = await Promise.all([
    import('./platform/pwa/service-worker'),
    import('./app/app-updates'),
    import('./ui/shell/update-notice'),
  ]);
  const notice = document.createElement('update-notice');
  notice.updates = createAppUpdates(
    registerServiceWorker(),
    services.launcher,
    services.sessionLog,
  );
  document.body.append(notice);
}

/**
 * The device's IndexedDB; where the browser keeps none (some private modes), the practices still
 * run, kept in memory, and the person is told plainly that nothing will be saved.
 */
async function openStorage() {
  try {
    return await openStayStorage();
  } catch (error) {
    const [{ createMemoryStorage }, { createLocalSettingsStore }] = await Promise.all([
      import('./platform/storage/memory-storage'),
      import('./platform/storage/local-settings-store'),
    ]);
    const storage = createMemoryStorage();
    storage.setProblem(
      `${error instanceof Error ? error.message : String(error)} Practices still work, but nothing is kept once this page closes.`,
    );
    return { storage, settings: createLocalSettingsStore() };
  }
}
