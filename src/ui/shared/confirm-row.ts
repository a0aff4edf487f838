import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/**
 * The inline "are you sure" under an action: the question (focused when it appears, so a screen
 * reader reads it), a primary yes and a no. Renders into the page's own tree, so the page's styles
 * (with `confirmRowStyles`), ids and focus order reach it.
 * @fires confirm-yes - The person chose yes.
 * @fires confirm-no - The person chose no.
 */
@customElement('confirm-row')
export class ConfirmRow extends LitElement {
  /** The id of the question, which names the group; unique within the page. */
  @property({ attribute: false }) questionId = 'confirm-text';
  /** The question, as the person reads it. */
  @property({ attribute: false }) question = '';
  /** The yes button's words ("Delete it"). */
  @property({ attribute: false }) yes = '';
  /** The no button's words ("Keep it"). */
  @property({ attribute: false }) no = '';
  /** Both buttons wait while the yes is carried out. */
  @property({ attribute: false }) busy = false;
  /** Why the yes failed, said as an alert under the buttons; empty when it did not. */
  @property({ attribute: false }) problem = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override firstUpdated(): void {
    this.querySelector<HTMLElement>(`[id="${this.questionId}"]`)?.focus();
  }

  protected override render() {
    return html`<div class="confirm" role="group" aria-labelledby=${this.questionId}>
      <p id=${this.questionId} tabindex="-1">${this.question}</p>
      <div class="actions">
        <button
          class="primary"
          ?disabled=${this.busy}
          @click=${() => {
            this.answer('confirm-yes');
          }}
        >
          ${this.yes}
        </button>
        <button
          ?disabled=${this.busy}
          @click=${() => {
            this.answer('confirm-no');
          }}
        >
          ${this.no}
        </button>
      </div>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
    </div>`;
  }

  private answer(type: 'confirm-yes' | 'confirm-no'): void {
    this.dispatchEvent(new Event(type));
  }
}

/** The box around a <confirm-row>, for the page that shows one (it renders in the page's tree). */
export const confirmRowStyles = css`
  confirm-row {
    display: block;
  }
  .confirm {
    margin: 0.75rem 0;
    padding: 0.75rem 1rem;
    border: 2px solid var(--line-strong, #8a93b8);
    border-radius: 1rem;
  }
  .confirm .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: 0.75rem 0 0;
  }
`;

declare global {
  interface HTMLElementTagNameMap {
    'confirm-row': ConfirmRow;
  }
}
