import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { PauseLive } from '../../app/pause/pause-monitor';
import { PAUSE_WORDS, percent } from '../../core/content/pause';
import { baseStyles } from '../shared/styles';

/** The line that matters most now, or '' when there is nothing to say. */
export function pauseLine(live: PauseLive, beforeGate: boolean): string {
  if (live.sensors === 'denied') return PAUSE_WORDS.denied;
  if (live.sensors === 'failed') return PAUSE_WORDS.failed;
  if (live.sensors !== 'live') return '';
  if (live.waiting) return PAUSE_WORDS.waiting;
  if (live.pickedUp) return PAUSE_WORDS.pickedUp;
  if (live.faceDown) return PAUSE_WORDS.faceDown;
  return beforeGate ? PAUSE_WORDS.turnOver : '';
}

/**
 * The five-minute pause's few words while it runs: turn the phone over, the wait (with a button to
 * begin without it), a kind line after a pickup, and the stillness so far. Changes are announced
 * politely.
 * @fires begin-still-minute - The person chose to begin the still minute without turning the phone.
 */
@customElement('pause-status')
export class PauseStatus extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        width: min(100%, 24rem);
        text-align: center;
      }
      .line {
        min-height: 1.5em;
        margin: 0 0 0.5rem;
      }
      .still {
        margin: 0;
        color: var(--muted, #b9bdd2);
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  /** The pause monitor's live state; nothing shows while it is null or off. */
  @property({ attribute: false }) live: PauseLive | null = null;
  /** True until the plan reaches its face-down gate. */
  @property({ type: Boolean, attribute: 'before-gate' }) beforeGate = false;

  protected override render() {
    const live = this.live;
    if (!live || live.sensors === 'off') return nothing;
    return html`<p class="line" aria-live="polite" data-testid="pause-line">
        ${pauseLine(live, this.beforeGate)}
      </p>
      ${
        live.waiting
          ? html`<button class="primary" @click=${this.begin}>${PAUSE_WORDS.begin}</button>`
          : nothing
      }
      ${
        live.stillness !== null && !live.waiting
          ? html`<p class="still" data-testid="pause-stillness">
              ${PAUSE_WORDS.stillNow(percent(live.stillness))}
            </p>`
          : nothing
      }`;
  }

  private readonly begin = () => {
    this.dispatchEvent(new Event('begin-still-minute', { bubbles: true, composed: true }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pause-status': PauseStatus;
  }
}
