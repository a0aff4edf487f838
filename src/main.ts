import { createServices } from './app/services';
import { createHaptics } from './platform/audio/haptics';
import { createToneGuidancePlayer } from './platform/audio/tone-guidance-player';
import { prefetchTone } from './platform/audio/tone-prefetch';
import { createWavExporter } from './platform/audio/wav-exporter';
import { createSimulatedStrap } from './platform/bluetooth/simulated-strap';
import { createWebBluetoothStrap } from './platform/bluetooth/web-bluetooth-strap';
import { createFileSaver } from './platform/files/file-saver';
import { createMediaControls } from './platform/pwa/media-controls';
import { createScreenKeeper } from './platform/pwa/screen-keeper';
import { createLocalSettingsStore } from './platform/storage/local-settings-store';
import './ui/stay-app';

// The composition root: the only place that picks concrete adapters for the ports.
// Tone.js stays out of this chunk: the player and exporter import it when a practice starts.
const simulatedStrap = createSimulatedStrap();
const services = createServices({
  player: createToneGuidancePlayer(),
  haptics: createHaptics(),
  screen: createScreenKeeper(),
  media: createMediaControls(),
  settings: createLocalSettingsStore(),
  exporter: createWavExporter(),
  files: createFileSaver(),
  bluetoothStrap: createWebBluetoothStrap(),
  simulatedStrap,
  simulatedControls: simulatedStrap,
});

// The remembered strap reconnects without the chooser where the browser allows; the simulated one starts.
void services.heart.connectChosen().catch(() => undefined);

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
