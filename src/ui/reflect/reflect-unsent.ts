import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { UNSENT_WORDS } from '../../core/content/reflect';
import { writingStyles } from './reflect-styles';
import { baseStyles } from '../shared/styles';

type Phase = 'writing' | 'burning' | 'gone';

/**
 * The unsent message: a box to write what will not be sent, and "Let it burn". The text is never
 * stored: it lives only in the textarea until it burns, then for the length of the animation in
 * this element, and is cleared from the field, the element and the page when the burn ends, when
 * the element leaves the page, and on pagehide (so the back/forward cache keeps nothing).
 */
@customElement('reflect-unsent')
export class ReflectUnsent extends LitElement {
  static override styles = [
    baseStyles,
    writingStyles,
    css`
      textarea {
        min-height: 12rem;
      }
      .never {
        padding: 0.75rem 1rem;
        border-left: 4px solid var(--accent, #f2b880);
        background: var(--surface, #1a2240);
        border-radius: 0 0.75rem 0.75rem 0;
      }
      .paper {
        margin: 0 0 1rem;
        padding: 0.75rem;
        border-radius: 0.75rem;
        border: 1px solid var(--line, #2c3658);
        min-height: 6rem;
      }
      .paper:focus {
        outline: none;
      }
      .burning {
        margin: 0;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        mask-image: linear-gradient(to top, transparent 0 42%, #000 58% 100%);
        mask-size: 100% 260%;
        mask-repeat: no-repeat;
        animation: burn var(--burn-ms, 3200ms) ease-in forwards;
      }
      @keyframes burn {
        0% {
          mask-position: 0 0%;
          color: var(--ink, #eceaf4);
        }
        35% {
          color: #ffc48a;
          text-shadow:
            0 0 6px #ff9a3c,
            0 0 14px #d9480f;
        }
        100% {
          mask-position: 0 100%;
          color: #7a2e12;
          text-shadow: 0 0 2px #3a1408;
          transform: translateY(-1.5rem);
          filter: blur(3px);
        }
      }
      @keyframes fade {
        from {
          opacity: 1;
        }
        to {
          opacity: 0;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .burning {
          mask-image: none;
          animation: fade var(--burn-ms, 3200ms) ease forwards;
        }
      }
    `,
  ];

  /** How long the burn takes, in milliseconds (tests shorten it). */
  @property({ attribute: false }) burnMs = 3200;

  @state() private phase: Phase = 'writing';
  /** The message while it burns; empty at every other time. */
  @state() private ashes = '';
  @state() private status = '';
  @query('textarea') private field!: HTMLTextAreaElement | null;
  private fallback: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.wipe);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.wipe);
    this.wipe();
  }

  protected override updated(): void {
    this.style.setProperty('--burn-ms', `${String(this.burnMs)}ms`);
  }

  protected override render() {
    return html`<p>${UNSENT_WORDS.intro}</p>
      <p class="never">${UNSENT_WORDS.neverSaved}</p>
      ${this.renderPhase()}
      <p role="status">${this.status}</p>`;
  }

  private renderPhase() {
    switch (this.phase) {
      case 'writing':
        return html`<div class="field">
            <label for="unsent">${UNSENT_WORDS.label}</label>
            <textarea id="unsent" autocomplete="off" spellcheck="true"></textarea>
          </div>
          <div class="actions">
            <button class="primary" @click=${this.burn}>${UNSENT_WORDS.burn}</button>
          </div>`;
      case 'burning':
        return html`<div class="paper" tabindex="-1" role="img" aria-label=${UNSENT_WORDS.burning}>
          <p class="burning" aria-hidden="true" @animationend=${this.burnt}>${this.ashes}</p>
        </div>`;
      case 'gone':
        return html`<div class="actions">
          <button @click=${this.again}>${UNSENT_WORDS.again}</button>
        </div>`;
    }
  }

  private readonly burn = async () => {
    const field = this.field;
    if (!field) return;
    if (field.value.trim() === '') {
      this.status = UNSENT_WORDS.empty;
      field.focus();
      return;
    }
    this.ashes = field.value;
    field.value = '';
    this.phase = 'burning';
    this.status = UNSENT_WORDS.burning;
    // animationend never comes where animations do not run (a hidden tab, a style override).
    this.fallback = setTimeout(() => void this.burnt(), this.burnMs + 1000);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.paper')?.focus();
  };

  private readonly burnt = async () => {
    if (this.phase !== 'burning') return;
    clearTimeout(this.fallback);
    this.ashes = '';
    this.phase = 'gone';
    this.status = UNSENT_WORDS.gone;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.actions button')?.focus();
  };

  private readonly again = async () => {
    this.phase = 'writing';
    this.status = '';
    await this.updateComplete;
    this.field?.focus();
  };

  /** Forgets the message wherever it is: the box, the burning copy, the timer. */
  private readonly wipe = () => {
    clearTimeout(this.fallback);
    if (this.field) this.field.value = '';
    this.ashes = '';
    if (this.phase === 'burning') {
      this.phase = 'gone';
      this.status = UNSENT_WORDS.gone;
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'reflect-unsent': ReflectUnsent;
  }
}
