import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SessionSummary } from '../../core/session/record';
import { RECOVERED_WORDS, cutShortWords } from '../../core/content/recovered-notice';
import { historyPath } from './routes';
import { baseStyles } from '../shared/styles';

/**
 * A calm word on home that a practice was cut short (a closed tab, the phone) and what it captured
 * is kept, with a link to it.
 * @fires notice-dismiss - The person has read it.
 */
@customElement('recovered-notice')
export class RecoveredNotice extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .notice {
        padding: 0.75rem 1rem;
        border-radius: 1rem;
        background: var(--surface, #1a2240);
        margin: 0 0 1rem;
      }
      .notice p {
        margin: 0 0 0.5rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.75rem 1.25rem;
      }
    `,
  ];

  /** The interrupted practices, newest first; nothing shows when empty. */
  @property({ attribute: false }) sessions: readonly SessionSummary[] = [];

  protected override render() {
    const newest = this.sessions[0];
    if (!newest) return nothing;
    const one = this.sessions.length === 1;
    return html`<div class="notice" role="status">
      <p>${cutShortWords(this.sessions.length)}</p>
      <div class="actions">
        <a href=${one ? historyPath(newest.id) : '/history'}>
          ${one ? RECOVERED_WORDS.seeKept : RECOVERED_WORDS.seeHistory}
        </a>
        <button @click=${this.dismiss}>${RECOVERED_WORDS.ok}</button>
      </div>
    </div>`;
  }

  private readonly dismiss = () => {
    this.dispatchEvent(new Event('notice-dismiss', { bubbles: true, composed: true }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'recovered-notice': RecoveredNotice;
  }
}
