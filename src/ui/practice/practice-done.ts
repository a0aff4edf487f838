import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ClosingAnswer, HeartTrace, UrgeRating } from '../../core/session/record';
import type { SessionPlan } from '../../core/breathing/types';
import type { HumResult } from '../../core/session/record';
import type { BodyPlace } from '../../core/reflect/body-places';
import {
  DONE_WORDS,
  answerLine,
  completedLine,
  ratingLine,
  ratingsWords,
  savedAsWords,
  stoppedLine,
} from '../../core/content/practice';
import { WRITE_ABOUT_THIS } from '../../core/content/reflect';
import { feltLine } from '../../core/content/practice';
import '../heart/heart-curve';
import { humDoneLine } from '../../core/content/hum';
import { reflectPath } from '../reflect/reflect-paths';
import { baseStyles } from '../shared/styles';
import './urge-rating';

// The words live in core/content/practice; this name stays for code that imports it from here.
export { ratingLine };

/** Where making the audio file has got to. */
export type AudioSaveState = 'idle' | 'busy' | 'saved' | 'failed';

/**
 * The end of a practice, finished or stopped: what the person did, said back, and what next.
 * It only shows and reports: the page makes the file and starts the practice again.
 * @fires save-audio - The person asked for the practice as an audio file.
 * @fires start-again - The person asked to run the practice again.
 * @fires urge-rate - From the 0–10 row, the urge rated after the practice (null for Skip).
 */
@customElement('practice-done')
export class PracticeDone extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        justify-content: flex-start;
        margin-bottom: 1rem;
      }
    `,
  ];

  /** True when the practice reached its end; false when the person stopped it. */
  @property({ attribute: false }) completed = false;
  /** Breaths in the whole practice, said back when it was completed. */
  @property({ attribute: false }) breathCount = 0;
  /** Breaths finished before a stop, said back when it was stopped. */
  @property({ attribute: false }) breathsCompleted = 0;
  /** The closing answer kept on the record; a line is shown only for a real answer. */
  @property({ attribute: false }) answer: ClosingAnswer = undefined;
  /** Where the person felt the urge; a line is shown only when there is one. */
  @property({ attribute: false }) places: readonly BodyPlace[] = [];
  @property({ attribute: false }) saveState: AudioSaveState = 'idle';
  /** The name the audio file is saved under, said back once it is saved. */
  @property({ attribute: false }) fileName = '';
  /** The practice's plan, for the phases behind the heart curve. */
  @property({ attribute: false }) plan: SessionPlan | null = null;
  /** What the strap saw; the curve shows only when there is some. */
  @property({ attribute: false }) heart: HeartTrace | undefined = undefined;
  @property({ attribute: false }) urgeBefore: UrgeRating = null;
  @property({ attribute: false }) urgeAfter: UrgeRating = null;
  /** What the microphone heard (Hum reset with listening on); a line shows only when there is one. */
  @property({ attribute: false }) hum: HumResult | undefined = undefined;
  /** Why the microphone could not listen, said once more at the end; empty when it could. */
  @property({ attribute: false }) humUnavailable = '';
  /** Offer the 0–10 row for the urge now (until it is rated or skipped). */
  @property({ attribute: false }) asksUrgeAfter = false;
  /** The stored practice, for "Write about this" (the Reflect hub for it); null before it is kept. */
  @property({ attribute: false }) sessionId: string | null = null;
  /** After a five-minute pause: how long the person stayed and what the body did; '' otherwise. */
  @property({ attribute: false }) pause = '';

  /** Moves keyboard focus to the Done/Stopped heading once it is on screen. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override render() {
    const line = this.completed
      ? completedLine(this.breathCount)
      : stoppedLine(this.breathsCompleted);
    const busy = this.saveState === 'busy';
    return html`<section aria-labelledby="done">
      <h2 id="done" tabindex="-1">${this.completed ? DONE_WORDS.done : DONE_WORDS.stopped}</h2>
      <p>${line}</p>
      ${this.answer ? html`<p class="answer">${answerLine(this.answer)}</p>` : nothing}
      ${this.places.length > 0 ? html`<p class="felt">${feltLine(this.places)}</p>` : nothing}
      ${this.hum ? html`<p class="hum" data-testid="hum-result">${humDoneLine(this.hum)}</p>` : nothing}
      ${this.humUnavailable ? html`<p class="hum">${this.humUnavailable}</p>` : nothing}
      ${this.pause ? html`<p class="pause" data-testid="pause-result">${this.pause}</p>` : nothing}
      ${
        this.heart && this.heart.samples.length > 0
          ? html`<heart-curve .trace=${this.heart} .plan=${this.plan}></heart-curve>`
          : nothing
      }
      ${this.renderRatings()}
      <div class="actions">
        <button @click=${this.saveAudio} ?disabled=${busy} aria-busy=${busy ? 'true' : 'false'}>
          ${busy ? DONE_WORDS.preparingAudio : DONE_WORDS.saveAudio}
        </button>
        <button @click=${this.again}>${DONE_WORDS.startAgain}</button>
        <a class="button primary" href="/">${DONE_WORDS.home}</a>
        <a class="button" href=${reflectPath(this.sessionId)}>${WRITE_ABOUT_THIS}</a>
      </div>
      <p role="status">${this.saveState === 'saved' ? savedAsWords(this.fileName) : ''}</p>
      ${
        this.saveState === 'failed'
          ? html`<p class="error" role="alert">${DONE_WORDS.audioFailed}</p>`
          : nothing
      }
    </section>`;
  }

  private renderRatings() {
    const line = ratingLine(this.urgeBefore, this.urgeAfter);
    const asking = this.asksUrgeAfter && this.urgeAfter === null;
    return html`${
      line ? html`<p class="ratings" data-testid="ratings">${ratingsWords(line)}</p>` : nothing
    }
    ${asking ? html`<urge-rating when="after"></urge-rating>` : nothing}`;
  }

  private readonly saveAudio = () => {
    this.dispatchEvent(new Event('save-audio', { bubbles: true, composed: true }));
  };

  private readonly again = () => {
    this.dispatchEvent(new Event('start-again', { bubbles: true, composed: true }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-done': PracticeDone;
  }
}
