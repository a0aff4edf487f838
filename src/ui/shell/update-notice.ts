import { LitElement, css, html, nothing, type ReactiveController } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AppUpdates, UpdateState } from '../../app/app-updates';
import { UPDATE_WORDS } from '../../core/content/update-notice';
import { baseStyles } from '../shared/styles';

/** Keeps the host's copy of the update state, subscribed while the host is connected. */
class UpdateStateController implements ReactiveController {
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly host: UpdateNotice) {
    host.addController(this);
  }

  hostConnected(): void {
    this.attach();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  attach(): void {
    this.unsubscribe?.();
    const { updates } = this.host;
    this.host.updateState = updates?.state ?? 'none';
    this.unsubscribe = updates
      ? updates.onChange((next) => {
          this.host.updateState = next;
        })
      : null;
  }
}

/**
 * A quiet "Update ready" between practices, with Update now and Not now. The live region is
 * always there, so the words are announced when they appear; nothing shows while a practice runs.
 */
@customElement('update-notice')
export class UpdateNotice extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        position: fixed;
        inset: auto 0 0;
        display: flex;
        justify-content: center;
        padding: 0 1rem max(1rem, env(safe-area-inset-bottom));
        pointer-events: none;
      }
      .notice {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        padding: 0.5rem 0.5rem 0.5rem 1.25rem;
        border-radius: 1.5rem;
        border: 1px solid var(--line-strong, #8a93b8);
        background: var(--surface, #1a2240);
        pointer-events: auto;
      }
      .notice p {
        margin: 0;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
      }
    `,
  ];

  /** The update gate (from app/app-updates); without one the notice stays empty. */
  @property({ attribute: false }) updates: AppUpdates | null = null;

  /** The gate's state, as last reported. */
  @state() updateState: UpdateState = 'none';

  @state() private dismissed = false;

  private readonly controller = new UpdateStateController(this);

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('updates') && this.isConnected) this.controller.attach();
  }

  protected override render() {
    const showing =
      !this.dismissed && (this.updateState === 'offered' || this.updateState === 'applying');
    return html`<div role="status">
      ${
        showing
          ? html`<div class="notice">
              <p>${UPDATE_WORDS.ready}</p>
              <div class="actions">
                <button
                  class="primary"
                  ?disabled=${this.updateState === 'applying'}
                  @click=${this.accept}
                >
                  ${this.updateState === 'applying' ? UPDATE_WORDS.updating : UPDATE_WORDS.updateNow}
                </button>
                <button @click=${this.dismiss}>${UPDATE_WORDS.notNow}</button>
              </div>
            </div>`
          : nothing
      }
    </div>`;
  }

  private readonly accept = () => {
    void this.updates?.apply();
  };

  private readonly dismiss = () => {
    this.dismissed = true;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'update-notice': UpdateNotice;
  }
}
