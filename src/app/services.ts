import { createCoach } from './coach';
import type { AppServices } from './contexts';
import { HeartMonitor, type SimulatedControls } from './heart-monitor';
import type { HeartRecording } from './heart-recording';
import type { UrgeMeterFactory } from './heart-session';
import { createPracticeLauncher } from './practice-launcher';
import type {
  AudioExporter,
  FileSaver,
  GuidancePlayer,
  Haptics,
  HeartRateSource,
  MediaControls,
  ScreenKeeper,
  SettingsStore,
} from './ports';
import { SessionLog } from './session-log';

/** The platform side, as the composition root builds it. */
export interface PlatformAdapters {
  readonly player: GuidancePlayer;
  readonly haptics: Haptics;
  readonly screen: ScreenKeeper;
  readonly media: MediaControls;
  readonly settings: SettingsStore;
  readonly exporter: AudioExporter;
  readonly files: FileSaver;
  /** A Web Bluetooth heart-rate strap; `preload` (if any) fetches its code before a Pair tap. */
  readonly bluetoothStrap: HeartRateSource & { readonly preload?: () => void };
  /** The built-in simulated strap, with its breathing and stress knobs. */
  readonly simulatedStrap: HeartRateSource;
  readonly simulatedControls?: SimulatedControls;
  /** One urge meter per practice; the core `UrgeMeter` unless a test gives another. */
  readonly createMeter?: UrgeMeterFactory;
  /** The per-practice heart recording; loaded on first need unless a test gives it. */
  readonly loadRecording?: () => Promise<typeof HeartRecording>;
  /** The monotonic ms clock straps stamp readings with; defaults to `performance.now()`. */
  readonly nowMs?: () => number;
}

/** Wires adapters into the services the UI consumes (used by main.ts and by tests with fakes). */
export function createServices(platform: PlatformAdapters, log = new SessionLog()): AppServices {
  const { player, haptics, screen, media, settings, exporter, files } = platform;
  const heart = new HeartMonitor({
    bluetooth: platform.bluetoothStrap,
    simulated: platform.simulatedStrap,
    ...(platform.simulatedControls ? { simulatedControls: platform.simulatedControls } : {}),
    settings,
    log,
    player,
    createMeter: platform.createMeter,
    loadRecording:
      platform.loadRecording ?? (() => import('./heart-recording').then((m) => m.HeartRecording)),
    ...(platform.nowMs ? { nowMs: platform.nowMs } : {}),
  });
  const coachFactory: AppServices['createCoach'] = (plan, options) => {
    const coach = createCoach(plan, { player, haptics, screen, media, log }, options);
    heart.track(coach);
    return coach;
  };
  return {
    ports: { player, haptics, screen, media },
    createCoach: coachFactory,
    launcher: createPracticeLauncher(settings, coachFactory),
    settings,
    sessionLog: log,
    exporter,
    files,
    heart,
  };
}
