import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AppInstaller, InstallPath } from '../../app/ports/app-installer';
import { INSTALL_WORDS } from '../../core/content/settings';
import { baseStyles } from '../shared/styles';

/**
 * A quiet way to keep Stay on the home screen, for settings: the browser's install dialog from a tap,
 * or on iOS the Share → Add to Home Screen hint. Renders nothing once installed, or where the
 * browser offers no way to install.
 */
@customElement('install-action')
export class InstallAction extends LitElement {
  static override styles = [
    baseStyles,
    css`
      section {
        margin: 0 0 2.5rem;
      }
    `,
  ];

  /** The install offer, from services; nothing renders without one. */
  @property({ attribute: false }) installer: AppInstaller | null = null;
  @state() private path: InstallPath = 'none';
  /** The person's answer to the dialog opened here, so the section says what happened instead of vanishing. */
  @state() private answer: 'accepted' | 'dismissed' | null = null;
  private unsubscribe: (() => void) | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('installer') && this.isConnected) this.follow();
  }

  protected override render() {
    if (this.path === 'none' && this.answer === null) return nothing;
    return html`<section aria-labelledby="install-heading">
      <h2 id="install-heading" tabindex="-1">${INSTALL_WORDS.heading}</h2>
      ${this.body()}
    </section>`;
  }

  private body() {
    if (this.answer === 'accepted') return html`<p role="status">${INSTALL_WORDS.installed}</p>`;
    const offer = html`<p>${INSTALL_WORDS.offer}</p>`;
    if (this.path === 'prompt')
      return html`${offer}<button @click=${this.install}>${INSTALL_WORDS.install}</button>`;
    if (this.path === 'ios-hint')
      return html`${offer}
        <p>
          ${INSTALL_WORDS.iosTap} <strong>${INSTALL_WORDS.iosShare}</strong>${INSTALL_WORDS.iosThen}
          <strong>${INSTALL_WORDS.iosAdd}</strong>.
        </p>`;
    return html`<p role="status">${INSTALL_WORDS.later}</p>`;
  }

  private follow(): void {
    this.unsubscribe?.();
    this.path = this.installer?.path ?? 'none';
    this.unsubscribe =
      this.installer?.onChange((path) => {
        this.path = path;
      }) ?? null;
  }

  private readonly install = async () => {
    const outcome = (await this.installer?.promptInstall()) ?? 'unavailable';
    if (outcome === 'unavailable') return;
    this.answer = outcome;
    await this.updateComplete;
    // The button is gone: keep focus in this section rather than dropping it on the page.
    if (!this.renderRoot.querySelector('button'))
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'install-action': InstallAction;
  }
}
