import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { PRACTICE_WORDS } from '../../core/content/practice';
import { baseStyles } from '../shared/styles';

/** The person's answer to the closing question; null when they skipped it. */
export type ClosingChoice = 'protecting' | 'isolating' | null;

/** Fired once the person answers or skips the closing question. */
export class ClosingAnswerEvent extends Event {
  constructor(readonly answer: ClosingChoice) {
    super('closing-answer', { bubbles: true, composed: true });
  }
}

/**
 * "Was the urge protecting you, or isolating you?" with two answers and Skip. Anything slotted
 * (the body-place chips) sits below the answers, inside the question's region.
 * @fires closing-answer - ClosingAnswerEvent with the answer, or null for Skip.
 * @slot - Optional content after the answers.
 */
@customElement('closing-question')
export class ClosingQuestion extends LitElement {
  static override styles = [
    baseStyles,
    css`
      section {
        text-align: center;
        margin: 2rem 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        justify-content: center;
        margin-bottom: 1rem;
      }
      .big {
        min-height: 4rem;
        min-width: 10rem;
        font-size: 1.25rem;
      }
      ::slotted(body-place-chips) {
        margin-top: 2rem;
      }
    `,
  ];

  /** Moves keyboard focus to the question's heading once it is on screen. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override render() {
    return html`<section aria-labelledby="question">
      <h2 id="question" tabindex="-1">${PRACTICE_WORDS.closingQuestion}</h2>
      <div class="actions">
        <button
          class="primary big"
          @click=${() => {
            this.answer('protecting');
          }}
        >
          ${PRACTICE_WORDS.protecting}
        </button>
        <button
          class="primary big"
          @click=${() => {
            this.answer('isolating');
          }}
        >
          ${PRACTICE_WORDS.isolating}
        </button>
      </div>
      <p>
        <button
          @click=${() => {
            this.answer(null);
          }}
        >
          ${PRACTICE_WORDS.skip}
        </button>
      </p>
      <slot></slot>
    </section>`;
  }

  private answer(answer: ClosingChoice): void {
    this.dispatchEvent(new ClosingAnswerEvent(answer));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'closing-question': ClosingQuestion;
  }
  interface HTMLElementEventMap {
    'closing-answer': ClosingAnswerEvent;
  }
}
