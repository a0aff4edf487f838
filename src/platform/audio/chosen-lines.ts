import type { PromptId } from '../../core/content/prompts';
import type { VoiceLine } from './voice-lines';

/** Seconds before its time a chosen line is decided and placed on the audio clock. */
export const CHOOSE_LEAD_S = 0.5;
/** Shortest wait between looks at a clock that stood still (a pause, a hold), in ms. */
const MIN_POLL_MS = 250;

/**
 * Lines whose words are chosen at the last moment (`GuidanceOptions.choosePrompt`): each is decided
 * `CHOOSE_LEAD_S` before its plan time, on the session clock (which stands still while paused),
 * then handed to `play` with its plan time.
 */
export class ChosenLines {
  readonly #lines: readonly VoiceLine[];
  readonly #nowS: () => number;
  readonly #choose: (id: PromptId) => PromptId;
  readonly #play: (line: VoiceLine) => void;
  #next = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    lines: readonly VoiceLine[],
    nowS: () => number,
    choose: (id: PromptId) => PromptId,
    play: (line: VoiceLine) => void,
  ) {
    this.#lines = lines;
    this.#nowS = nowS;
    this.#choose = choose;
    this.#play = play;
  }

  /** Begins with the first line at or after `fromS`. */
  start(fromS: number): void {
    this.#next = this.#lines.findIndex((l) => l.atS >= fromS);
    if (this.#next < 0) this.#next = this.#lines.length;
    this.#arm();
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#next = this.#lines.length;
  }

  #arm(): void {
    clearTimeout(this.#timer);
    const line = this.#lines[this.#next];
    if (!line) return;
    const aheadS = line.atS - CHOOSE_LEAD_S - this.#nowS();
    this.#timer = setTimeout(
      () => {
        this.#tick();
      },
      aheadS > 0 ? Math.max(MIN_POLL_MS, aheadS * 1000) : 0,
    );
  }

  #tick(): void {
    const line = this.#lines[this.#next];
    if (!line) return;
    const nowS = this.#nowS();
    if (nowS < line.atS - CHOOSE_LEAD_S - 0.02) {
      this.#arm();
      return;
    }
    this.#next++;
    if (nowS <= line.atS) {
      let id = line.id;
      try {
        id = this.#choose(line.id);
      } catch {
        // A chooser that fails leaves the plan's own words.
      }
      this.#play({ atS: line.atS, id });
    }
    this.#arm();
  }
}
