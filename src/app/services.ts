import { createCoach } from './practice/coach';
import type { SessionSummary } from '../core/session/record';
import type { AppServices } from './contexts';
import type { AppStorage } from './ports/app-storage';
import { HeartMonitor, type SimulatedControls } from './heart/heart-monitor';
import type { HeartRecording } from './heart/heart-recording';
import type { HumMonitor } from './hum/hum-monitor';
import type { PauseMonitor } from './pause/pause-monitor';
import type { UrgeMeterFactory } from './heart/heart-session';
import { createPracticeLauncher } from './practice/practice-launcher';
import type { AudioExporter } from './ports/audio-exporter';
import type { FileSaver } from './ports/file-saver';
import type { GuidancePlayer } from './ports/guidance-player';
import type { Haptics } from './ports/haptics';
import type { HeartRateSource } from './ports/heart-rate-source';
import type { HumListener } from './ports/hum-listener';
import type { MediaControls } from './ports/media-controls';
import type { MotionSensor } from './ports/motion-sensor';
import type { ScreenKeeper } from './ports/screen-keeper';
import type { AppInstaller } from './ports/app-installer';
import type { SessionStore } from './ports/session-store';
import type { SettingsStore } from './ports/settings-store';
import { SessionLog } from './practice/session-log';
import type { PageLifecycle, SessionRecorder } from './practice/session-recorder';

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
  /** Sessions, reflection records and the vault (IndexedDB in the app). */
  readonly storage: AppStorage;
  /** The browser's install offer, captured at launch; none in tests. */
  readonly installer?: AppInstaller;
  /** The session recorder's module; imported on the first practice unless a test gives it. */
  readonly loadRecorder?: () => Promise<typeof import('./practice/session-recorder')>;
  /** Tells when the page is hidden or closed, so a running practice is saved first. */
  readonly page?: PageLifecycle;
  /** The monotonic ms clock straps stamp readings with; defaults to `performance.now()`. */
  readonly nowMs?: () => number;
  /** The microphone for hearing a hum, loaded (never asked for) on first need; none: timed only. */
  readonly loadMic?: () => Promise<HumListener>;
  /** The motion sensors for the five-minute pause, loaded with its screen; none: timed only. */
  readonly loadMotion?: () => Promise<MotionSensor>;
}

/** The session store, with reads held until abandoned sessions are marked interrupted. */
function afterRecovery(sessions: SessionStore, recovered: Promise<unknown>): SessionStore {
  return {
    ...sessions,
    get: async (id) => {
      await recovered;
      return sessions.get(id);
    },
    page: async (limit, after) => {
      await recovered;
      return sessions.page(limit, after);
    },
    summaries: async () => {
      await recovered;
      return sessions.summaries();
    },
  };
}

/** How many recent sessions the usual resting heart rate is taken from. */
const RESTING_FROM_LAST = 50;

/** Wires adapters into the services the UI consumes (used by main.ts and by tests with fakes). */
export function createServices(platform: PlatformAdapters, log = new SessionLog()): AppServices {
  const { player, haptics, screen, media, settings, exporter, files } = platform;
  const { storage } = platform;
  const recovered = storage.sessions.recoverAbandoned().catch(() => []);
  // The usual resting heart rate comes from the most recent sessions kept on the device.
  let recent: readonly SessionSummary[] = [];
  void storage.sessions
    .page(RESTING_FROM_LAST)
    .then((page) => {
      recent = page.items;
    })
    .catch(() => undefined);
  const heart = new HeartMonitor({
    bluetooth: platform.bluetoothStrap,
    simulated: platform.simulatedStrap,
    ...(platform.simulatedControls ? { simulatedControls: platform.simulatedControls } : {}),
    settings,
    log,
    history: () => recent,
    player,
    createMeter: platform.createMeter,
    loadRecording:
      platform.loadRecording ??
      (() => import('./heart/heart-recording').then((m) => m.HeartRecording)),
    ...(platform.nowMs ? { nowMs: platform.nowMs } : {}),
  });
  let askedToPersist = false;
  // The recorder loads with the first practice; it catches up with a coach already running.
  let recorder: Promise<SessionRecorder> | null = null;
  const loadRecorder = () =>
    (recorder ??= (platform.loadRecorder ?? (() => import('./practice/session-recorder')))().then(
      ({ SessionRecorder }) =>
        new SessionRecorder({
          store: storage.sessions,
          log,
          page: platform.page ?? { onLeave: () => () => undefined },
          // Once a practice is kept, ask the browser not to evict it (Safari clears unpersisted data).
          onCompleted: () => {
            if (askedToPersist) return;
            askedToPersist = true;
            void storage.vault
              .estimate()
              .then((estimate) => (estimate.persisted === false ? storage.vault.persist() : null))
              .catch(() => null);
          },
        }),
    ));
  let hum: Promise<HumMonitor> | undefined;
  let pause: Promise<PauseMonitor> | undefined;
  const coachFactory: AppServices['createCoach'] = (plan, options) => {
    const coach = createCoach(plan, { player, haptics, screen, media, log }, options);
    heart.track(coach);
    void loadRecorder().then((loaded) => {
      loaded.track(coach);
    });
    return coach;
  };
  const sessions = afterRecovery(storage.sessions, recovered);
  return {
    ports: { player, haptics, screen, media },
    createCoach: coachFactory,
    launcher: createPracticeLauncher(
      settings,
      coachFactory,
      { log, store: sessions },
      (plan, o) => {
        player.prepare?.(plan, o);
      },
    ),
    settings,
    sessionLog: log,
    exporter,
    files,
    heart,
    storage: { ...storage, sessions },
    recovered,
    installer: platform.installer ?? null,
    // Loaded with a hum practice's screen (listening chosen), so Start finds it ready.
    loadHum: () =>
      (hum ??= import('./hum/hum-monitor').then(
        (m) => new m.HumMonitor({ loadMic: platform.loadMic, player, log }),
      )),
    loadPause: () =>
      (pause ??= import('./pause/pause-monitor').then(
        (m) => new m.PauseMonitor({ ...platform, log }),
      )),
  };
}
