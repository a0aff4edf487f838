import { createContext } from '@lit/context';
import type { CoachFactory } from './practice/coach';
import type { HeartMonitor } from './heart/heart-monitor';
import type { HumMonitor } from './hum/hum-monitor';
import type { PauseMonitor } from './pause/pause-monitor';
import type { PracticeLauncher } from './practice/practice-launcher';
import type { AudioExporter } from './ports/audio-exporter';
import type { FileSaver } from './ports/file-saver';
import type { GuidancePlayer } from './ports/guidance-player';
import type { Haptics } from './ports/haptics';
import type { MediaControls } from './ports/media-controls';
import type { ScreenKeeper } from './ports/screen-keeper';
import type { AppInstaller } from './ports/app-installer';
import type { AppStorage } from './ports/app-storage';
import type { SettingsStore } from './ports/settings-store';
import type { SessionSummary } from '../core/session/record';
import type { SessionLog } from './practice/session-log';

/** Everything the UI may use; provided once by <stay-app>. */
export interface AppServices {
  readonly ports: {
    readonly player: GuidancePlayer;
    readonly haptics: Haptics;
    readonly screen: ScreenKeeper;
    readonly media: MediaControls;
  };
  /** Makes a coach with the ports above bound. */
  readonly createCoach: CoachFactory;
  /** Starts practices by id with the person's settings; owns the one running session. */
  readonly launcher: PracticeLauncher;
  readonly settings: SettingsStore;
  readonly sessionLog: SessionLog;
  /** Everything kept on the device: sessions, reflection records, export/import/delete. */
  readonly storage: AppStorage;
  /** Practices a closed tab or crash left running, now marked interrupted (found once at launch). */
  readonly recovered: Promise<readonly SessionSummary[]>;
  /** The browser's offer to install Stay (or the iOS hint); null where there is none to follow. */
  readonly installer: AppInstaller | null;
  readonly exporter: AudioExporter;
  readonly files: FileSaver;
  /** The heart-rate strap, the urge meter of the running practice, and their live state. */
  readonly heart: HeartMonitor;
  /** The hum monitor (hearing the person hum in Hum reset), loaded on first call. */
  readonly loadHum: () => Promise<HumMonitor>;
  /** The five-minute pause's motion monitor, loaded with that practice's screen. */
  readonly loadPause: () => Promise<PauseMonitor>;
}

/** The context key for AppServices. */
export const servicesContext = createContext<AppServices>(Symbol('stay-services'));
