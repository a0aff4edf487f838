import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PRACTICE_WORDS } from '../../core/content/practice';
import { baseStyles } from '../shared/styles';

/** Fired when the person taps a rating (0–10) or skips (null). */
export class UrgeRateEvent extends Event {
  constructor(
    readonly when: 'before' | 'after',
    readonly rating: number | null,
  ) {
    super('urge-rate', { bubbles: true, composed: true });
  }
}

const RATINGS = Array.from({ length: 11 }, (_, i) => i);

/**
 * "How strong is the urge?" as one row of 0–10 buttons and Skip: one tap, never required.
 * @fires urge-rate - UrgeRateEvent with the rating, or null for Skip.
 */
@customElement('urge-rating')
export class UrgeRating extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        margin: 0.5rem 0;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem;
        justify-content: center;
      }
      .row button {
        padding: 0;
        min-width: 44px;
        min-height: 44px;
      }
      button[aria-pressed='true'] {
        background: var(--accent, #f2b880);
        color: var(--on-accent, #1b1423);
        font-weight: 600;
      }
      .ends {
        display: flex;
        justify-content: space-between;
        max-width: 34rem;
        margin: 0.25rem auto 0.5rem;
        font-size: 0.85rem;
      }
      .question {
        text-align: center;
        margin-bottom: 0.5rem;
      }
      .skip {
        display: flex;
        justify-content: center;
      }
    `,
  ];

  /** Before the practice (or during its first phase) or after it. */
  @property() when: 'before' | 'after' = 'before';
  /** The rating already given, shown pressed. */
  @property({ attribute: false }) value: number | null = null;
  /** Hide Skip (when the rating is already optional in place). */
  @property({ type: Boolean, attribute: 'no-skip' }) noSkip = false;

  protected override render() {
    const question =
      this.when === 'before' ? PRACTICE_WORDS.ratingBefore : PRACTICE_WORDS.ratingAfter;
    return html`<div role="group" aria-labelledby="question" aria-describedby="ends">
      <p class="question" id="question">
        ${question} <span class="muted">${PRACTICE_WORDS.optional}</span>
      </p>
      <div class="row">
        ${RATINGS.map(
          (n) =>
            html`<button
              aria-pressed=${this.value === n ? 'true' : 'false'}
              @click=${() => {
                this.rate(n);
              }}
            >
              ${n}
            </button>`,
        )}
      </div>
      <p class="ends muted" id="ends">
        <span>${PRACTICE_WORDS.ratingNone}</span><span>${PRACTICE_WORDS.ratingMost}</span>
      </p>
      ${
        this.noSkip
          ? ''
          : html`<div class="skip">
              <button
                @click=${() => {
                  this.rate(null);
                }}
              >
                ${PRACTICE_WORDS.skip}
              </button>
            </div>`
      }
    </div>`;
  }

  private rate(rating: number | null): void {
    this.dispatchEvent(new UrgeRateEvent(this.when, rating));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'urge-rating': UrgeRating;
  }
  interface HTMLElementEventMap {
    'urge-rate': UrgeRateEvent;
  }
}
