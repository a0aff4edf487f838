// A practice's guidance played as media: the plan rendered ahead (the same code as Save as audio)
// into segments the service worker serves as one WAV file, played by an ordinary <audio> element.
// Phones keep such an element playing with the screen locked, when they suspend Web Audio. Its
// `currentTime` is the session clock.
import type {
  GuidanceOptions,
  NoticeSound,
  SessionClock,
  VoiceMode,
} from '../../app/ports/guidance-player';
import type { SessionPlan } from '../../core/breathing/types';
import { PROMPT_VARIANTS } from '../../core/content/prompts';
import { ChosenLines } from './chosen-lines';
import { FIRST_SOUND_MARK } from './first-sound-mark';
import { clampVolume, guidanceElement, newId, release } from './guidance-elements';
import { GuidanceWriter, forgetGuidance } from './guidance-writer';
import { renderNotices } from './notice-files';
import { SpeechLines } from './speech-lines';
import { type VoiceLine, voiceLines } from './voice-lines';
import { findSpeechVoice, pageSpeech } from './voice-mode';

/** Segments rendered before the first sound may play: the opening, ready at the tap. */
export const OPENING_SEGMENTS = 1;

/** What a media practice needs: the options the practice started with and where clips are. */
export interface MediaGuidanceInit {
  readonly plan: SessionPlan;
  readonly options: GuidanceOptions;
  readonly voiceBaseUrl: string;
  readonly onInterrupted: () => void;
}

/** An opening rendered before the tap, for one plan and one set of options. */
export class PreparedOpening {
  readonly writer: GuidanceWriter;
  readonly ready: Promise<void>;
  /**
   * The element that will play it, once the first segment is written: it loads the file's start
   * (preload 'metadata', one short answer) so a tap plays at once. No earlier: a request left
   * waiting on the worker would hold up a new version of the app.
   */
  audio: HTMLAudioElement | null = null;
  #cancelled = false;

  constructor(
    readonly key: string,
    readonly voice: SpeechSynthesisVoice | null | 'off',
    plan: SessionPlan,
    options: GuidanceOptions,
  ) {
    this.writer = new GuidanceWriter(newId(), plan, renderOptions(plan, options, voice));
    this.ready = this.writer.ahead(OPENING_SEGMENTS);
    void this.ready.then(() => {
      if (!this.#cancelled) this.audio = guidanceElement(this.writer.id, 'metadata');
    });
  }

  /** Not wanted after all: stop rendering and loading. */
  cancel(): void {
    this.#cancelled = true;
    this.writer.cancel();
    if (this.audio) release(this.audio);
    void forgetGuidance({ ids: [this.writer.id] }).catch(() => undefined);
  }
}

/** The key under which an opening is prepared: everything in the plan and options that sounds. */
export function openingKey(plan: SessionPlan, options: GuidanceOptions): string {
  // The chooser is not part of it: lines with variants always play at their moment.
  const { voice, deviceVoice, theme, droneHz, fromS } = options;
  return JSON.stringify([plan.cues, plan.durationS, voice, deviceVoice, theme, droneHz, fromS]);
}

/** Resolve how lines are spoken: the device's voice when chosen and present, else clips, or off. */
export function chooseVoice(
  options: GuidanceOptions,
): Promise<SpeechSynthesisVoice | null | 'off'> {
  if (!options.voice) return Promise.resolve('off');
  return options.deviceVoice
    ? findSpeechVoice(pageSpeech(), navigator.language)
    : Promise.resolve(null);
}

/** One practice playing from a media element. */
export class MediaGuidance {
  readonly clock: SessionClock;
  readonly audio: HTMLAudioElement;
  readonly playing: Promise<void>;
  voiceMode: VoiceMode = 'off';
  readonly #init: MediaGuidanceInit;
  readonly #writer: GuidanceWriter;
  readonly #extra: HTMLAudioElement[] = [];
  #speech: SpeechLines | null = null;
  #chosen: ChosenLines | null = null;
  #notices: Promise<Map<NoticeSound, string>> | null = null;
  #pausedByUs = false;
  #stopped = false;
  #stoppedAtS: number | null = null;

  /**
   * Starts at once, inside the tap: the element asks for the file now, and the service worker
   * answers as soon as the first segment is written (at once when `opening` was prepared).
   */
  constructor(
    init: MediaGuidanceInit,
    voice: SpeechSynthesisVoice | null | 'off',
    opening: PreparedOpening | null,
  ) {
    this.#init = init;
    const { plan, options } = init;
    this.#writer =
      opening?.writer ?? new GuidanceWriter(newId(), plan, renderOptions(plan, options, voice));
    // A prepared element that failed to load (asked before the worker was ready) is not reused.
    const prepared = opening?.audio?.error === null ? opening.audio : null;
    const audio = prepared ?? guidanceElement(this.#writer.id);
    audio.preload = 'auto';
    audio.volume = clampVolume(options.volume);
    if (options.fromS) audio.currentTime = options.fromS;
    this.audio = audio;
    // After stop the clock keeps the time it stopped at (the element's resets as its source goes).
    this.clock = { nowS: () => this.#stoppedAtS ?? audio.currentTime };
    audio.addEventListener(
      'playing',
      (event) => {
        performance.mark(FIRST_SOUND_MARK, { startTime: event.timeStamp });
      },
      { once: true },
    );
    audio.addEventListener('pause', () => {
      if (!this.#stopped && !this.#pausedByUs && !audio.ended) this.#interrupted();
    });
    // Playing, or an error the moment the element reports one (the caller then plays live).
    this.playing = new Promise<void>((resolve, reject) => {
      audio.addEventListener('error', () => {
        reject(new Error(audio.error?.message || 'The guidance file could not be played.'));
      });
      audio.play().then(resolve, reject);
    });
    void this.#writer.finish().catch(() => undefined);
    this.#startVoice(voice);
  }

  /** Freeze the timeline: the element, and with it the clock and voice. */
  pause(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    this.#pausedByUs = true;
    this.#speech?.pause();
    this.audio.pause();
    return Promise.resolve();
  }

  async resume(): Promise<void> {
    if (this.#stopped) return;
    this.#pausedByUs = false;
    await this.audio.play();
    this.#speech?.resume();
  }

  setVolume(volume: number): void {
    this.audio.volume = clampVolume(volume);
    for (const extra of this.#extra) extra.volume = clampVolume(volume);
    this.#speech?.setVolume(volume);
  }

  /** A short notice from a second element (rendered once, on first use). */
  notify(sound: NoticeSound): void {
    if (this.#stopped || this.#pausedByUs) return;
    this.#notices ??= renderNotices(this.#writer.id);
    void this.#notices.then((urls) => {
      const url = urls.get(sound);
      if (url && !this.#stopped) this.#playExtra(url);
    });
  }

  /** The rendered file's id. */
  get id(): string {
    return this.#writer.id;
  }

  /** Silence everything now and forget the rendered file. */
  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#stoppedAtS = this.audio.currentTime;
    this.#writer.cancel();
    this.#speech?.stop();
    this.#chosen?.stop();
    for (const element of [this.audio, ...this.#extra]) release(element);
    void forgetGuidance({ ids: [this.#writer.id] }).catch(() => undefined);
  }

  #interrupted(): void {
    this.#speech?.pause();
    this.#init.onInterrupted();
  }

  #startVoice(voice: SpeechSynthesisVoice | null | 'off'): void {
    if (voice === 'off') return;
    const { plan, options } = this.#init;
    const lines = voiceLines(plan);
    const fromS = options.fromS ?? 0;
    const nowS = () => this.clock.nowS();
    const synth = pageSpeech();
    if (voice && synth) {
      this.voiceMode = 'speech';
      this.#speech = new SpeechLines(
        synth,
        voice,
        lines,
        nowS,
        options.volume,
        options.choosePrompt,
      );
      this.#speech.start(fromS);
      return;
    }
    this.voiceMode = 'clips';
    const choose = options.choosePrompt ?? ((id) => id);
    // Lines with variants are decided at their moment and played from a second element.
    const play = (line: VoiceLine) => {
      const url = `${this.#init.voiceBaseUrl}${line.id}.mp3`;
      const element = this.#extraElement(url);
      const wait = () => {
        const aheadS = line.atS - this.clock.nowS();
        if (this.#stopped) return;
        if (aheadS > 0.02 || this.audio.paused) setTimeout(wait, Math.max(20, aheadS * 1000));
        else void element.play().catch(() => undefined);
      };
      wait();
    };
    this.#chosen = new ChosenLines(lines.filter(hasVariants), nowS, choose, play);
    this.#chosen.start(fromS);
  }

  #extraElement(url: string): HTMLAudioElement {
    const element = new Audio(url);
    element.preload = 'auto';
    element.volume = clampVolume(this.#init.options.volume);
    this.#extra.push(element);
    element.addEventListener('ended', () => {
      this.#extra.splice(this.#extra.indexOf(element), 1);
      element.removeAttribute('src');
    });
    return element;
  }

  #playExtra(url: string): void {
    void this.#extraElement(url)
      .play()
      .catch(() => undefined);
  }
}

/** Lines whose words are chosen at their moment (`GuidanceOptions.choosePrompt`). */
const hasVariants = (line: VoiceLine) => PROMPT_VARIANTS[line.id] !== undefined;

/** The render options a practice's guidance is written with. */
function renderOptions(
  plan: SessionPlan,
  options: GuidanceOptions,
  voice: SpeechSynthesisVoice | null | 'off',
) {
  const lines = voiceLines(plan);
  // Spoken by the device's voice, or chosen at their moment (whether or not a chooser is given,
  // so an opening prepared before the tap fits): left out, still ducked under.
  const skip = (voice !== null ? lines : lines.filter(hasVariants)).map((l) => l.id);
  return {
    voice: voice !== 'off',
    skipLines: skip,
    theme: options.theme,
    ...(options.droneHz === undefined ? {} : { droneHz: options.droneHz }),
  };
}
