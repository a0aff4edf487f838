import { PROMPTS, type PromptId } from '../../core/content/prompts';
import type { VoiceLine } from './voice-lines';

/** A line more than this late (s) is skipped rather than spoken out of place. */
const LATE_S = 1;
/** Shortest wait between looks at the clock, in ms. */
const MIN_POLL_MS = 50;

/**
 * Speaks lines with speechSynthesis at their plan times. Timers only decide when to look again:
 * each delay is recomputed from `nowS` (the audio clock), so pausing the context pauses the lines.
 */
export class SpeechLines {
  readonly #synth: SpeechSynthesis;
  readonly #voice: SpeechSynthesisVoice;
  readonly #lines: readonly VoiceLine[];
  readonly #nowS: () => number;
  #volume: number;
  #next = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running = false;
  readonly #choose: (id: PromptId) => PromptId;

  /** `choose` picks a line's words as it is spoken (`GuidanceOptions.choosePrompt`). */
  constructor(
    synth: SpeechSynthesis,
    voice: SpeechSynthesisVoice,
    lines: readonly VoiceLine[],
    nowS: () => number,
    volume: number,
    choose: (id: PromptId) => PromptId = (id) => id,
  ) {
    this.#choose = choose;
    this.#synth = synth;
    this.#voice = voice;
    this.#lines = lines;
    this.#nowS = nowS;
    this.#volume = volume;
  }

  /** Begin with the first line at or after `fromS` seconds into the plan. */
  start(fromS: number): void {
    this.#next = this.#lines.findIndex((l) => l.atS >= fromS);
    if (this.#next < 0) this.#next = this.#lines.length;
    this.#running = true;
    this.#arm();
  }

  pause(): void {
    this.#running = false;
    clearTimeout(this.#timer);
    this.#synth.pause();
  }

  resume(): void {
    this.#synth.resume();
    this.#running = true;
    this.#arm();
  }

  /** Linear 0..1. */
  setVolume(volume: number): void {
    this.#volume = volume;
  }

  stop(): void {
    this.#running = false;
    clearTimeout(this.#timer);
    this.#synth.cancel();
  }

  #arm(): void {
    clearTimeout(this.#timer);
    const line = this.#lines[this.#next];
    if (!this.#running || !line) return;
    this.#timer = setTimeout(
      () => {
        this.#tick();
      },
      Math.max(0, (line.atS - this.#nowS()) * 1000),
    );
  }

  #tick(): void {
    const line = this.#lines[this.#next];
    if (!this.#running || !line) return;
    const lateS = this.#nowS() - line.atS;
    if (lateS < -0.02) {
      // The clock stood still for a while (an interruption): look again, never spinning.
      this.#timer = setTimeout(
        () => {
          this.#tick();
        },
        Math.max(MIN_POLL_MS, -lateS * 1000),
      );
      return;
    }
    this.#next++;
    if (lateS <= LATE_S) this.#speak(line);
    this.#arm();
  }

  #speak(line: VoiceLine): void {
    let id = line.id;
    try {
      id = this.#choose(line.id);
    } catch {
      // A chooser that fails leaves the plan's own words.
    }
    const utterance = new SpeechSynthesisUtterance(PROMPTS[id]);
    utterance.voice = this.#voice;
    utterance.lang = this.#voice.lang;
    utterance.rate = 0.9;
    utterance.volume = this.#volume;
    this.#synth.speak(utterance);
  }
}
