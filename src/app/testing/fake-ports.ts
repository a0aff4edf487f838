import type { PhaseKind, SessionPlan } from '../../core/breathing/types';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/settings';
import type { AudioExporter } from '../ports/audio-exporter';
import type { FileSaver } from '../ports/file-saver';
import type {
  GuidanceOptions,
  GuidancePlayer,
  NoticeSound,
  SessionClock,
  VoiceMode,
} from '../ports/guidance-player';
import type { Haptics } from '../ports/haptics';
import type { MediaControls } from '../ports/media-controls';
import type { ScreenKeeper } from '../ports/screen-keeper';
import type { SettingsStore } from '../ports/settings-store';

/** A guidance player whose clock follows `nowMs()` (fake timers move it) and freezes while paused. */
export class FakePlayer implements GuidancePlayer {
  readonly voiceMode: VoiceMode = 'off';
  readonly calls: string[] = [];
  plan: SessionPlan | null = null;
  options: GuidanceOptions | null = null;
  volume = 1;
  /** Make `start` reject with this. */
  failWith: Error | null = null;
  /** Plan time the clock starts at, to test the end of a session without waiting for it. */
  startAtS = 0;
  private startedMs = 0;
  private pausedAtMs: number | null = null;
  private pausedTotalMs = 0;
  private readonly interruptListeners = new Set<() => void>();

  constructor(private readonly nowMs: () => number = () => Date.now()) {}

  readonly clock: SessionClock = {
    nowS: () => {
      const now = this.pausedAtMs ?? this.nowMs();
      const offsetS = (this.options?.fromS ?? 0) + this.startAtS;
      return (now - this.startedMs - this.pausedTotalMs) / 1000 + offsetS;
    },
  };

  start(plan: SessionPlan, options: GuidanceOptions): Promise<SessionClock> {
    this.calls.push('start');
    if (this.failWith) return Promise.reject(this.failWith);
    this.plan = plan;
    this.options = options;
    this.startedMs = this.nowMs();
    return Promise.resolve(this.clock);
  }

  pause(): Promise<void> {
    this.calls.push('pause');
    this.pausedAtMs ??= this.nowMs();
    return Promise.resolve();
  }

  resume(): Promise<void> {
    this.calls.push('resume');
    if (this.pausedAtMs !== null) this.pausedTotalMs += this.nowMs() - this.pausedAtMs;
    this.pausedAtMs = null;
    return Promise.resolve();
  }

  stop(): void {
    this.calls.push('stop');
  }

  setVolume(volume: number): void {
    this.volume = volume;
  }

  notify(sound: NoticeSound): void {
    this.calls.push(`notify:${sound}`);
  }

  onInterrupted(listener: () => void): () => void {
    this.interruptListeners.add(listener);
    return () => this.interruptListeners.delete(listener);
  }

  /** Simulates the platform suspending audio (screen lock, call). */
  interrupt(): void {
    this.pausedAtMs ??= this.nowMs();
    for (const listener of this.interruptListeners) listener();
  }

  get interruptListenerCount(): number {
    return this.interruptListeners.size;
  }
}

/** Haptics that record each pattern with the time it fired. */
export class FakeHaptics implements Haptics {
  readonly calls: { kind: PhaseKind | 'end' | 'cancel'; atS: number }[] = [];
  constructor(
    private readonly clockS: () => number = () => 0,
    readonly supported = true,
  ) {}
  phase(kind: PhaseKind | 'end'): void {
    this.calls.push({ kind, atS: this.clockS() });
  }
  cancel(): void {
    this.calls.push({ kind: 'cancel', atS: this.clockS() });
  }
}

/** A wake lock that counts holders. */
export class FakeScreen implements ScreenKeeper {
  held = 0;
  keepAwake(): () => void {
    this.held++;
    let released = false;
    return () => {
      if (!released) this.held--;
      released = true;
    };
  }
}

/** Media controls that expose the current handlers. */
export class FakeMedia implements MediaControls {
  handlers: { play: () => void; pause: () => void; stop: () => void } | null = null;
  title: string | null = null;
  state: 'playing' | 'paused' | 'none' = 'none';
  show(title: string, handlers: { play: () => void; pause: () => void; stop: () => void }) {
    this.title = title;
    this.handlers = handlers;
    return () => {
      this.handlers = null;
      this.title = null;
    };
  }
  setState(state: 'playing' | 'paused' | 'none'): void {
    this.state = state;
  }
}

/** An exporter that returns a tiny WAV-typed blob, or fails when asked to. */
export class FakeExporter implements AudioExporter {
  renders = 0;
  failWith: Error | null = null;
  renderWav(): Promise<Blob> {
    this.renders++;
    if (this.failWith) return Promise.reject(this.failWith);
    return Promise.resolve(new Blob([new Uint8Array(44)], { type: 'audio/wav' }));
  }
}

/** A file saver that remembers what it was given. */
export class FakeFileSaver implements FileSaver {
  readonly saved: { blob: Blob; fileName: string }[] = [];
  save(blob: Blob, fileName: string): Promise<void> {
    this.saved.push({ blob, fileName });
    return Promise.resolve();
  }
}

/** Settings kept in memory, with change notifications like the real store. */
export class MemorySettingsStore implements SettingsStore {
  private readonly listeners = new Set<(settings: Settings) => void>();
  saves = 0;
  constructor(private settings: Settings = DEFAULT_SETTINGS) {}
  load(): Settings {
    return this.settings;
  }
  save(settings: Settings): void {
    this.saves++;
    this.settings = settings;
    for (const listener of [...this.listeners]) listener(settings);
  }
  subscribe(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
