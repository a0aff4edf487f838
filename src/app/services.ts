import { createCoach } from './coach';
import type { AppServices } from './contexts';
import { createPracticeLauncher } from './practice-launcher';
import type {
  AudioExporter,
  FileSaver,
  GuidancePlayer,
  Haptics,
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
}

/** Wires adapters into the services the UI consumes (used by main.ts and by tests with fakes). */
export function createServices(platform: PlatformAdapters, log = new SessionLog()): AppServices {
  const { player, haptics, screen, media, settings, exporter, files } = platform;
  const coachFactory: AppServices['createCoach'] = (plan, options) =>
    createCoach(plan, { player, haptics, screen, media, log }, options);
  return {
    ports: { player, haptics, screen, media },
    createCoach: coachFactory,
    launcher: createPracticeLauncher(settings, coachFactory),
    settings,
    sessionLog: log,
    exporter,
    files,
  };
}
