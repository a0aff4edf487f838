import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { customPractice, describePattern } from '../core/breathing/custom';
import { PRACTICES, PRACTICE_IDS } from '../core/breathing/practices';
import { NavigateEvent, practicePath } from './routes';
import { ServicesController } from './services-controller';
import { baseStyles } from './styles';

const FIRST = 'five-breaths';

/**
 * Home: one large button that starts Five breaths at once, then every other practice.
 * @fires navigate - NavigateEvent to the practice just started.
 */
@customElement('stay-home')
export class StayHome extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .start {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        width: 100%;
        min-height: 9rem;
        padding: 1.5rem 1.75rem;
        margin: 0.5rem 0 2rem;
        border-radius: 2rem;
        text-align: left;
      }
      .start .name {
        font-size: 2rem;
        font-weight: 600;
      }
      .start .hint {
        font-size: 1rem;
        font-weight: 400;
      }
      ul {
        list-style: none;
        margin: 0 0 2rem;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li a {
        display: block;
        min-height: 48px;
        padding: 0.75rem 1rem;
        border-radius: 1rem;
        background: var(--surface, #1a2240);
        color: var(--ink, #eceaf4);
        text-decoration: none;
      }
      li a .name {
        display: block;
        font-weight: 600;
      }
      li a .summary {
        display: block;
        color: var(--muted, #b9bdd2);
        font-size: 0.95rem;
        margin-top: 0.25rem;
      }
      .care {
        border-top: 1px solid var(--line, #2c3658);
        padding-top: 1rem;
        font-size: 0.95rem;
      }
    `,
  ];

  private readonly ctx = new ServicesController(this);

  protected override render() {
    const first = PRACTICES[FIRST];
    const custom = this.ctx.settings?.customPatterns ?? [];
    return html`
      <h1>Take a moment before you go</h1>
      <button class="start primary" @click=${this.startFirst}>
        <span class="name">${first.name}</span>
        <span class="hint">Starts straight away, about a minute. You can close your eyes.</span>
      </button>

      <h2>Other practices</h2>
      <ul>
        ${PRACTICE_IDS.filter((id) => id !== FIRST).map((id) =>
          this.item(practicePath(id), PRACTICES[id].name, PRACTICES[id].summary),
        )}
      </ul>

      <h2>Your patterns</h2>
      ${
        custom.length > 0
          ? html`<ul>
              ${custom.map((p) =>
                this.item(
                  practicePath(customPractice(p).id),
                  p.name,
                  `${describePattern(p.pattern)} · ${p.minutes} min`,
                ),
              )}
            </ul>`
          : html`<p class="muted">
              You can make your own timing in <a href="/settings">settings</a>.
            </p>`
      }

      <p class="care">
        Stay is a breathing companion, not therapy. If you are in danger, or afraid you might hurt
        yourself, please contact your local emergency services now.
      </p>
    `;
  }

  private item(href: string, name: string, summary: string) {
    return html`<li>
      <a href=${href}><span class="name">${name}</span><span class="summary">${summary}</span></a>
    </li>`;
  }

  private readonly startFirst = () => {
    // Audio may only start inside the tap, so the session starts here, before the view loads.
    this.ctx.services?.launcher.start(FIRST);
    this.dispatchEvent(new NavigateEvent(practicePath(FIRST)));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'stay-home': StayHome;
  }
}
