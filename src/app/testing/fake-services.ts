import type { Settings } from '../../core/settings/settings';
import type { AppServices } from '../contexts';
import type { MotionSensor } from '../ports/motion-sensor';
import { HeartRecording } from '../heart/heart-recording';
import { SessionLog } from '../practice/session-log';
import { createMemoryStorage, type MemoryStorage } from '../../platform/storage/memory-storage';
import { createServices } from '../services';
import { FakeHeartSource, fakeMeterFactory } from './fake-heart-source';
import {
  FakeExporter,
  FakeFileSaver,
  FakeHaptics,
  FakeMedia,
  FakePlayer,
  FakeScreen,
  MemorySettingsStore,
} from './fake-ports';

/** App services on fake ports, with the fakes exposed for assertions. */
export function createFakeServices(
  options: {
    nowMs?: () => number;
    settings?: Settings;
    storage?: MemoryStorage;
    /** The motion sensors the five-minute pause reads; none when absent. */
    motion?: MotionSensor;
  } = {},
) {
  const player = new FakePlayer(options.nowMs);
  const haptics = new FakeHaptics(() => player.clock.nowS());
  const screen = new FakeScreen();
  const media = new FakeMedia();
  const settings = new MemorySettingsStore(options.settings);
  const exporter = new FakeExporter();
  const files = new FakeFileSaver();
  const log = new SessionLog();
  const storage = options.storage ?? createMemoryStorage();
  const nowMs = options.nowMs ?? (() => Date.now());
  const bluetooth = new FakeHeartSource('bluetooth', nowMs);
  const simulated = new FakeHeartSource('simulated', nowMs);
  const createMeter = fakeMeterFactory();
  const services: AppServices = createServices(
    {
      player,
      haptics,
      screen,
      media,
      settings,
      exporter,
      files,
      bluetoothStrap: bluetooth,
      simulatedStrap: simulated,
      simulatedControls: simulated,
      createMeter,
      loadRecording: () => Promise.resolve(HeartRecording),
      nowMs,
      storage,
      ...(options.motion
        ? { loadMotion: () => Promise.resolve(options.motion as MotionSensor) }
        : {}),
    },
    log,
  );
  return {
    services,
    player,
    haptics,
    screen,
    media,
    settings,
    exporter,
    files,
    log,
    storage,
    bluetooth,
    simulated,
    meters: createMeter.meters,
  };
}
