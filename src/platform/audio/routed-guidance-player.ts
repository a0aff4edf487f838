import type {
  GuidanceOptions,
  GuidancePlayer,
  NoticeSound,
  SessionClock,
  VoiceMode,
} from '../../app/ports/guidance-player';
import type { SessionPlan } from '../../core/breathing/types';
import { VOICE_BASE_URL } from './clip-bank';

import { forgetGuidance } from './guidance-writer';
import { MediaGuidance, PreparedOpening, chooseVoice, openingKey } from './media-guidance';
import { createToneGuidancePlayer, preloadGuidance } from './tone-guidance-player';

/** Longest wait for the file to start playing before the practice plays live instead, in ms. */
const START_WAIT_MS = 8000;

/** How the running practice sounds: from a rendered file, or live through Web Audio. */
export type GuidanceRoute = 'media-file' | 'live';

/** Load the live sound engine (for a practice that cannot play from a file) ahead of a tap. */
export function preloadLiveEngine(): Promise<unknown> {
  return preloadGuidance();
}

/**
 * The guidance player: a practice plays from a media element fed by the service worker (it keeps
 * playing on a locked phone), or live through `live` where that cannot be: no service worker
 * controls the page yet (the first visit's first seconds), or the element refuses to play.
 */
export function createGuidancePlayer(
  live: GuidancePlayer = createToneGuidancePlayer(),
  voiceBaseUrl = VOICE_BASE_URL,
) {
  return new RoutedGuidancePlayer(live, voiceBaseUrl);
}

class RoutedGuidancePlayer implements GuidancePlayer {
  readonly #live: GuidancePlayer;
  readonly #voiceBaseUrl: string;
  readonly #listeners = new Set<() => void>();
  #media: MediaGuidance | null = null;
  #opening: PreparedOpening | null = null;
  #route: GuidanceRoute | null = null;
  #run = 0;
  #preparing = 0;
  /** The key of the opening prepared or being prepared. */
  #openingKey: string | null = null;

  constructor(live: GuidancePlayer, voiceBaseUrl: string) {
    this.#live = live;
    this.#voiceBaseUrl = voiceBaseUrl;
    live.onInterrupted(() => {
      this.#emit();
    });
  }

  /** The running practice's route, or null when none runs. */
  get route(): GuidanceRoute | null {
    return this.#route;
  }

  get voiceMode(): VoiceMode {
    return this.#media ? this.#media.voiceMode : this.#live.voiceMode;
  }

  /** Render the opening of the practice a tap would start, so its first sound is immediate. */
  prepare(plan: SessionPlan, options: GuidanceOptions): void {
    if (!mediaAvailable()) {
      // A first visit: the service worker takes the page a moment after it installs, and serves
      // once activated.
      if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
      const container = navigator.serviceWorker;
      const whenActivated = () => {
        const worker = container.controller;
        if (!worker) return;
        if (worker.state === 'activated') {
          this.prepare(plan, options);
          return;
        }
        worker.addEventListener('statechange', function onState() {
          if (worker.state !== 'activated') return;
          worker.removeEventListener('statechange', onState);
          whenActivated();
        });
      };
      if (container.controller) whenActivated();
      else container.addEventListener('controllerchange', whenActivated, { once: true });
      return;
    }
    // A practice is playing (its screen asks as it shows): nothing to get ready.
    if (this.#media) return;
    const key = openingKey(plan, options);
    // Asked again for the same opening (each screen asks as it shows): the one under way serves.
    if (this.#openingKey === key) return;
    this.#openingKey = key;
    this.#opening?.cancel();
    this.#opening = null;
    const asked = ++this.#preparing;
    void chooseVoice(options).then((voice) => {
      // A later prepare or a start came meanwhile: this opening is no longer wanted.
      if (asked === this.#preparing) this.#opening = new PreparedOpening(key, voice, plan, options);
    });
  }

  async start(plan: SessionPlan, options: GuidanceOptions): Promise<SessionClock> {
    this.stop();
    this.#preparing++;
    const run = ++this.#run;
    if (!mediaAvailable()) return this.#startLive(plan, options);
    const key = openingKey(plan, options);
    const opening = this.#opening?.key === key ? this.#opening : null;
    if (!opening) this.#opening?.cancel();
    this.#opening = null;
    this.#openingKey = null;
    // With the opening prepared the element starts inside the tap; else once the voice is known.
    const voice = opening ? opening.voice : await chooseVoice(options);
    if (run !== this.#run) return { nowS: () => 0 };
    const guidance = new MediaGuidance(
      {
        plan,
        options,
        voiceBaseUrl: this.#voiceBaseUrl,
        onInterrupted: () => {
          this.#emit();
        },
      },
      voice,
      opening,
    );
    this.#media = guidance;
    this.#route = 'media-file';
    // What a crashed or closed practice left behind goes; this one's file stays.
    void forgetGuidance({ keep: [guidance.id] }).catch(() => undefined);
    try {
      await Promise.race([
        guidance.playing,
        new Promise((_, reject) => {
          setTimeout(() => {
            reject(new Error('The guidance file did not start.'));
          }, START_WAIT_MS);
        }),
      ]);
    } catch {
      // Refused (no gesture, or no decoder) or not started in time: the same practice, live.
      if (this.#media !== guidance) return guidance.clock;
      guidance.stop();
      this.#media = null;
      return this.#startLive(plan, options);
    }
    return guidance.clock;
  }

  async pause(): Promise<void> {
    await (this.#media ? this.#media.pause() : this.#live.pause());
  }

  async resume(): Promise<void> {
    await (this.#media ? this.#media.resume() : this.#live.resume());
  }

  stop(): void {
    this.#run++;
    this.#media?.stop();
    this.#media = null;
    this.#live.stop();
    this.#route = null;
  }

  setVolume(volume: number): void {
    if (this.#media) this.#media.setVolume(volume);
    else this.#live.setVolume(volume);
  }

  notify(sound: NoticeSound): void {
    if (this.#media) this.#media.notify(sound);
    else this.#live.notify(sound);
  }

  onInterrupted(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #startLive(plan: SessionPlan, options: GuidanceOptions): Promise<SessionClock> {
    this.#route = 'live';
    return this.#live.start(plan, options);
  }

  #emit(): void {
    for (const listener of this.#listeners) listener();
  }
}

/** Media guidance needs a service worker controlling the page, Cache Storage and media elements. */
function mediaAvailable(): boolean {
  return (
    typeof Audio !== 'undefined' &&
    typeof caches !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    'serviceWorker' in navigator &&
    // Activated: one still activating holds every request until it is done.
    navigator.serviceWorker.controller?.state === 'activated'
  );
}
