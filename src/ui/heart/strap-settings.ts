import { LitElement, css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { HeartLive } from '../../app/heart/heart-monitor';
import type { StrapState } from '../../app/ports/heart-rate-source';
import { HeartController } from './heart-controller';
import { ServicesController } from '../shared/services-controller';
import {
  STRAP_WORDS,
  batteryWords,
  bpmWords,
  connectedWords,
  connectingWords,
  lostWords,
  pairAgainWords,
  reconnectingWords,
} from '../../core/content/strap';
import { baseStyles } from '../shared/styles';

/** Said where the browser has no Web Bluetooth at all. */
export const NO_BLUETOOTH_TEXT = STRAP_WORDS.noBluetooth;

function contactWords(contact: HeartLive['contact']): string | null {
  if (contact === 'detected') return STRAP_WORDS.contactGood;
  if (contact === 'lost') return STRAP_WORDS.contactLost;
  return null;
}

/** The status line for the Bluetooth strap, or null when there is nothing to say. */
function statusLine(state: StrapState, live: HeartLive): string | null {
  switch (state.kind) {
    case 'idle':
    case 'failed':
      return null;
    case 'connecting':
      return connectingWords(state.name);
    case 'connected': {
      const parts = [connectedWords(state.name)];
      if (state.batteryPercent !== null) parts.push(batteryWords(state.batteryPercent));
      const contact = live.choice === 'bluetooth' ? contactWords(live.contact) : null;
      if (contact) parts.push(contact);
      if (live.choice === 'bluetooth' && live.bpm !== null) parts.push(bpmWords(live.bpm));
      return parts.join(STRAP_WORDS.separator);
    }
    case 'reconnecting':
      return reconnectingWords(state.name, state.attempt, state.nextInS);
    case 'lost':
      return lostWords(state.name);
  }
}

/**
 * Settings → Heart-rate strap: pair (inside the tap), forget, status, Reconnect, plain failure
 * messages, and the simulated strap for anyone without one.
 */
@customElement('strap-settings')
export class StrapSettings extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .row {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        min-height: 48px;
      }
      input[type='checkbox'] {
        width: 1.5rem;
        height: 1.5rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        margin-bottom: 1rem;
      }
      .note {
        margin: 0 0 0.5rem 2.25rem;
        font-size: 0.95rem;
      }
      .nested {
        margin-left: 2.25rem;
      }
    `,
  ];

  private readonly ctx = new ServicesController(this);
  private readonly heart = new HeartController(this);

  protected override willUpdate(): void {
    const monitor = this.ctx.services?.heart;
    this.heart.follow(monitor);
    monitor?.preparePairing();
  }

  protected override render() {
    const monitor = this.ctx.services?.heart;
    const live = this.heart.live;
    if (!monitor || !live) return nothing;
    const strap = monitor.bluetooth;
    return html`
      <p class="muted">${STRAP_WORDS.intro}</p>
      ${strap.available ? this.renderStrap(live, strap.rememberedName) : html`<p>${NO_BLUETOOTH_TEXT}</p>`}
      ${this.renderSimulated(live)}
    `;
  }

  private renderStrap(live: HeartLive, rememberedName: string | null) {
    const state = live.bluetooth;
    const status = statusLine(state, live);
    const busy = state.kind === 'connecting' || state.kind === 'reconnecting';
    const paired = state.kind === 'connected' || busy || state.kind === 'lost';
    return html`
      ${status ? html`<p data-testid="strap-status">${status}</p>` : nothing}
      ${
        state.kind === 'failed' ? html`<p class="error" role="alert">${state.message}</p>` : nothing
      }
      <div class="actions">
        ${
          state.kind === 'lost'
            ? html`<button class="primary" @click=${this.retry}>${STRAP_WORDS.reconnect}</button>`
            : nothing
        }
        ${
          paired
            ? nothing
            : html`<button class="primary" @click=${this.pair}>
                ${rememberedName ? pairAgainWords(rememberedName) : STRAP_WORDS.pair}
              </button>`
        }
        ${
          paired || rememberedName
            ? html`<button @click=${this.forget}>${STRAP_WORDS.forget}</button>`
            : nothing
        }
      </div>
    `;
  }

  private renderSimulated(live: HeartLive) {
    const on = live.choice === 'simulated';
    return html`
      <div class="row">
        <input
          id="simulated"
          type="checkbox"
          aria-describedby="simulated-note"
          .checked=${on}
          @change=${this.toggleSimulated}
        />
        <label for="simulated">${STRAP_WORDS.simulated}</label>
      </div>
      <p class="note muted" id="simulated-note">${STRAP_WORDS.simulatedNote}</p>
      ${
        on
          ? html`<div class="row nested">
              <input
                id="stressed"
                type="checkbox"
                .checked=${this.ctx.settings?.simulatedStress ?? false}
                @change=${this.toggleStressed}
              />
              <label for="stressed">${STRAP_WORDS.stressed}</label>
            </div>`
          : nothing
      }
    `;
  }

  /** Calls the strap's pair() synchronously, so the chooser opens inside the tap. */
  private readonly pair = () => {
    void this.ctx.services?.heart.pair();
  };

  private readonly forget = () => {
    void this.ctx.services?.heart.forget();
  };

  private readonly retry = () => {
    void this.ctx.services?.heart.bluetooth.retry();
  };

  private readonly toggleSimulated = (event: Event) => {
    this.ctx.services?.heart.useSimulated((event.target as HTMLInputElement).checked);
  };

  private readonly toggleStressed = (event: Event) => {
    this.ctx.services?.heart.setSimulatedStress((event.target as HTMLInputElement).checked);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'strap-settings': StrapSettings;
  }
}
