import type {
  GuidanceOptions,
  GuidancePlayer,
  NoticeSound,
  SessionClock,
  VoiceMode,
} from '../../app/ports/guidance-player';
import type { SessionPlan } from '../../core/breathing/types';
import { VOICE_BASE_URL } from './clip-bank';
import { loadTone } from './tone-loader';
import type { LiveSession } from './live-session';
import { findSpeechVoice, pageSpeech } from './voice-mode';

let liveSession: Promise<typeof import('./live-session')> | undefined;

/**
 * The sound engine (breath bed, drone, scheduling) loads with the first practice, beside Tone.js,
 * keeping it out of the first download; call this when the page is idle so a tap finds it ready.
 */
export function preloadGuidance(): Promise<typeof import('./live-session')> {
  liveSession ??= import('./live-session');
  return liveSession;
}

/** Options of the live player; `voiceBaseUrl` is where the recorded clips are served. */
export interface TonePlayerConfig {
  readonly voiceBaseUrl?: string;
}

/** The live GuidancePlayer: Tone.js on the audio clock, voice by speechSynthesis or clips. */
export function createToneGuidancePlayer(config: TonePlayerConfig = {}): GuidancePlayer {
  return new ToneGuidancePlayer(config.voiceBaseUrl ?? VOICE_BASE_URL);
}

class ToneGuidancePlayer implements GuidancePlayer {
  readonly #voiceBaseUrl: string;
  readonly #listeners = new Set<() => void>();
  #session: LiveSession | null = null;
  #starting: AudioContext | null = null;

  constructor(voiceBaseUrl: string) {
    this.#voiceBaseUrl = voiceBaseUrl;
  }

  get voiceMode(): VoiceMode {
    return this.#session?.voiceMode ?? 'off';
  }

  async start(plan: SessionPlan, options: GuidanceOptions): Promise<SessionClock> {
    this.stop();
    // Created and resumed synchronously, still inside the tap, before anything is awaited.
    const raw = new AudioContext({ latencyHint: 'interactive' });
    raw.resume().catch(() => undefined);
    this.#starting = raw;
    // The recorded voice unless the person chose the device's own (and it has one).
    const voice = !options.voice
      ? Promise.resolve('off' as const)
      : options.deviceVoice
        ? findSpeechVoice(pageSpeech(), navigator.language)
        : Promise.resolve(null);
    // The engine and Tone.js load side by side (both are usually prefetched by now).
    const [{ LiveSession }] = await Promise.all([preloadGuidance(), loadTone()]);
    const session = await LiveSession.open({
      raw,
      plan,
      volume: options.volume,
      theme: options.theme,
      ...(options.droneHz === undefined ? {} : { droneHz: options.droneHz }),
      fromS: options.fromS ?? 0,
      voice,
      voiceBaseUrl: this.#voiceBaseUrl,
      choosePrompt: options.choosePrompt,
      onInterrupted: () => {
        for (const listener of this.#listeners) listener();
      },
    });
    if (this.#starting !== raw) {
      // stop() or another start() came while this one was loading.
      session.stop();
      return session.clock;
    }
    this.#starting = null;
    this.#session = session;
    return session.clock;
  }

  async pause(): Promise<void> {
    await this.#session?.pause();
  }

  async resume(): Promise<void> {
    await this.#session?.resume();
  }

  stop(): void {
    if (this.#starting) {
      this.#starting.close().catch(() => undefined);
      this.#starting = null;
    }
    this.#session?.stop();
    this.#session = null;
  }

  setVolume(volume: number): void {
    this.#session?.setVolume(volume);
  }

  notify(sound: NoticeSound): void {
    this.#session?.notify(sound);
  }

  onInterrupted(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
