import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { HUM_WORDS } from '../../core/content/hum';
import { PRACTICE_VIEW_WORDS } from '../../core/content/practice';
import type { UrgeRating } from '../../core/session/record';
import { baseStyles } from '../shared/styles';
import './urge-rating';

/** Fired when the person turns listening to their hum on or off. */
export class ListenChangeEvent extends Event {
  constructor(readonly listening: boolean) {
    super('listen-change', { bubbles: true, composed: true });
  }
}

/**
 * A practice before it runs: for a hummed practice why humming helps and the quiet choice to let
 * Stay hear it, one Start button, why the last start failed, and the optional 0–10 rating of the
 * urge. It only shows and reports: the page starts the practice.
 * @fires start-practice - The person tapped Start; start inside this tap (audio and sensors need it).
 * @fires listen-change - ListenChangeEvent with whether Stay may now hear the hum.
 * @fires urge-rate - From the 0–10 row, the urge rated before the practice (null for Skip).
 */
@customElement('practice-ready')
export class PracticeReady extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .stage {
        display: grid;
        justify-items: center;
        gap: 1.25rem;
        margin: 1.5rem 0;
      }
      .big {
        min-height: 4rem;
        min-width: 10rem;
        font-size: 1.25rem;
      }
      .listen {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        min-height: 48px;
        cursor: pointer;
      }
      .listen input {
        width: 1.5rem;
        height: 1.5rem;
      }
      .why {
        max-width: 36rem;
      }
    `,
  ];

  /** The exhales are hummed: say why, and offer to listen. */
  @property({ type: Boolean }) hums = false;
  /** The person chose to let Stay hear their hum (the box shows checked). */
  @property({ type: Boolean }) listening = false;
  /** The urge rated before the practice, shown pressed; null while unrated or skipped. */
  @property({ attribute: false }) urgeBefore: UrgeRating = null;
  /** Why the last start failed, said as an alert; empty when nothing failed. */
  @property() error = '';

  protected override render() {
    return html`<div class="stage">
      ${this.renderHumChoice()}
      <button class="primary big" @click=${this.start}>${PRACTICE_VIEW_WORDS.start}</button>
      <p class="muted">${PRACTICE_VIEW_WORDS.startHint}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <urge-rating when="before" .value=${this.urgeBefore}></urge-rating>
    </div>`;
  }

  private renderHumChoice() {
    if (!this.hums) return nothing;
    return html`<div class="why">
      ${HUM_WORDS.why.map((line) => html`<p>${line}</p>`)}
      <label class="listen">
        <input
          type="checkbox"
          .checked=${this.listening}
          @change=${this.chooseListening}
          aria-describedby="listen-note"
        />
        ${HUM_WORDS.listenLabel}
      </label>
      <p class="muted" id="listen-note">${HUM_WORDS.listenNote}</p>
    </div>`;
  }

  private readonly start = () => {
    this.dispatchEvent(new Event('start-practice', { bubbles: true, composed: true }));
  };

  private readonly chooseListening = (event: Event) => {
    const checked = (event.target as HTMLInputElement).checked;
    this.dispatchEvent(new ListenChangeEvent(checked));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-ready': PracticeReady;
  }
  interface HTMLElementEventMap {
    'listen-change': ListenChangeEvent;
  }
}
