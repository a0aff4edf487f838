import { createServices } from './app/services';
import { createHaptics } from './platform/audio/haptics';
import { createToneGuidancePlayer } from './platform/audio/tone-guidance-player';
import { prefetchTone } from './platform/audio/tone-prefetch';
import { createWavExporter } from './platform/audio/wav-exporter';
import { createFileSaver } from './platform/files/file-saver';
import { createMediaControls } from './platform/pwa/media-controls';
import { createScreenKeeper } from './platform/pwa/screen-keeper';
import { createLocalSettingsStore } from './platform/storage/local-settings-store';
import './ui/stay-app';

// The composition root: the only place that picks concrete adapters for the ports.
// Tone.js stays out of this chunk: the player and exporter import it when a practice starts.
const services = createServices({
  player: createToneGuidancePlayer(),
  haptics: createHaptics(),
  screen: createScreenKeeper(),
  media: createMediaControls(),
  settings: createLocalSettingsStore(),
  exporter: createWavExporter(),
  files: createFileSaver(),
});

const app = document.querySelector('stay-app');
if (app) app.services = services;

// Once the first screen is up and the page is idle, fetch (not run) Tone.js so a tap sounds sooner.
// Safari has no requestIdleCallback.
if ('requestIdleCallback' in globalThis)
  requestIdleCallback(() => {
    prefetchTone();
  });
else
  setTimeout(() => {
    prefetchTone();
  }, 1000);
