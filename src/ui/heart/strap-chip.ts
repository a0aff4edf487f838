import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { StrapState } from '../../app/ports/heart-rate-source';
import type { StrapChoice } from '../../core/settings/settings';
import { PRACTICE_WORDS, chipWords } from '../../core/content/practice';
import { baseStyles } from '../shared/styles';

const STATUS: Readonly<Record<StrapState['kind'], string>> = PRACTICE_WORDS.strapStatus;

/** A few words for where the strap is, for the chip and the settings status. */
export function strapStatusWords(state: StrapState): string {
  return STATUS[state.kind];
}

/** A small, quiet chip saying whether the strap is with us: a filled dot when connected, hollow when not. */
@customElement('strap-chip')
export class StrapChip extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-block;
      }
      span {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        padding: 0.25rem 0.75rem;
        border-radius: 999px;
        border: 1px solid var(--line-strong, #8a93b8);
        font-size: 0.9rem;
        color: var(--muted, #b9bdd2);
      }
      .dot {
        width: 0.6rem;
        height: 0.6rem;
        border-radius: 50%;
        border: 2px solid currentColor;
        padding: 0;
      }
      [data-kind='connected'] .dot {
        background: currentColor;
      }
    `,
  ];

  @property({ attribute: false }) state: StrapState = { kind: 'idle' };
  @property({ attribute: false }) choice: StrapChoice = 'off';

  protected override render() {
    const words = chipWords(this.choice === 'simulated', strapStatusWords(this.state));
    return html`<span data-kind=${this.state.kind}
      ><span class="dot" aria-hidden="true"></span>${words}</span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'strap-chip': StrapChip;
  }
}
