import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { HumLive } from '../../app/hum/hum-monitor';
import { HUM_WORDS, roundProgressWords, roundsReachedWords } from '../../core/content/hum';
import { baseStyles } from '../shared/styles';

/**
 * What Stay hears of the hum while Hum reset runs: a clear "Hum heard" mark, the seconds hummed this
 * round against its target, and the rounds reached; or why it is not listening. "Hum heard" is
 * announced politely once per round, never per second.
 */
@customElement('hum-meter')
export class HumMeter extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        width: min(100%, 22rem);
        text-align: center;
      }
      .mark {
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
        margin: 0 0 0.35rem;
        font-size: 1.25rem;
        font-weight: 600;
        color: var(--muted, #b9bdd2);
      }
      .mark::before {
        content: '';
        width: 0.9rem;
        height: 0.9rem;
        border-radius: 50%;
        border: 2px solid var(--line-strong, #8a93b8);
        transition: background-color 0.2s ease-out;
      }
      .mark.heard {
        color: var(--ink, #eceaf4);
      }
      .mark.heard::before {
        border-color: var(--accent, #f2b880);
        background: var(--accent, #f2b880);
      }
      .round {
        margin: 0;
        font-variant-numeric: tabular-nums;
      }
      .muted {
        color: var(--muted, #b9bdd2);
      }
      @media (prefers-reduced-motion: reduce) {
        .mark::before {
          transition: none;
        }
      }
    `,
  ];

  /** The hum monitor's live state; nothing shows while it is off. */
  @property({ attribute: false }) live: HumLive | null = null;

  /** The polite announcement ("Hum heard"), once per round. */
  @state() private announcement = '';
  private announcedRound = -1;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('live')) return;
    const rounds = this.live?.rounds;
    if (rounds?.heard && rounds.round >= 0 && rounds.round !== this.announcedRound) {
      this.announcedRound = rounds.round;
      this.announcement = HUM_WORDS.heard;
    }
  }

  protected override render() {
    const live = this.live;
    if (!live || live.state.kind === 'off') return nothing;
    return html`${this.renderState(live)}
      <p class="visually-hidden" aria-live="polite" .textContent=${this.announcement}></p>`;
  }

  private renderState(live: HumLive) {
    switch (live.state.kind) {
      case 'asking':
        return html`<p class="muted">${HUM_WORDS.asking}</p>`;
      case 'unavailable':
        return html`<p data-testid="hum-unavailable">${live.state.message}</p>`;
      case 'listening':
        return this.renderListening(live);
      case 'off':
        return nothing;
    }
  }

  private renderListening(live: HumLive) {
    const rounds = live.rounds;
    const heard = rounds?.heard === true;
    return html`<p class="mark ${heard ? 'heard' : ''}" data-testid="hum-mark">
        ${heard ? HUM_WORDS.heard : HUM_WORDS.listening}
      </p>
      ${
        rounds && rounds.round >= 0
          ? html`<p class="round" data-testid="hum-round">
                ${roundProgressWords(Math.floor(rounds.roundS), Math.round(rounds.targetS))}
              </p>
              <p class="round muted">${roundsReachedWords(rounds.reached, rounds.roundCount)}</p>`
          : html`<p class="round muted">${HUM_WORDS.humAlong}</p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hum-meter': HumMeter;
  }
}
