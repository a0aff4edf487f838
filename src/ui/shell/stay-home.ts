import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { customPractice, describePattern } from '../../core/breathing/custom';
import { PRACTICES, PRACTICE_IDS } from '../../core/breathing/practices';
import {
  CARE_NOTE,
  HOME_TITLE,
  OTHER_PRACTICES,
  PATTERNS_LEAD,
  PATTERNS_LINK,
  START_HINT,
  YOUR_PATTERNS,
} from '../../core/content/home';
import type { SessionSummary } from '../../core/session/record';
import { NavigateEvent, practicePath } from './routes';
import { ServicesController } from '../shared/services-controller';
import { baseStyles, rowListStyles } from '../shared/styles';

const FIRST = 'five-breaths';

/** Recovery notices the person has dismissed (one per app launch), so home does not repeat them. */
const dismissed = new WeakSet<object>();

/**
 * Home: one large button that starts Five breaths at once, then every other practice.
 * @fires navigate - NavigateEvent to the practice just started.
 */
@customElement('stay-home')
export class StayHome extends LitElement {
  static override styles = [
    baseStyles,
    rowListStyles,
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
        margin: 0 0 2rem;
      }
      .problem {
        padding: 0.75rem 1rem;
        border-radius: 1rem;
        border: 2px solid var(--line-strong, #8a93b8);
      }
      .care {
        border-top: 1px solid var(--line, #2c3658);
        padding-top: 1rem;
        font-size: 0.95rem;
      }
    `,
  ];

  private readonly ctx = new ServicesController(this);
  @state() private recovered: readonly SessionSummary[] = [];
  @state() private problem: string | null = null;
  private unsubscribeProblem: (() => void) | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeProblem?.();
    this.unsubscribeProblem = null;
  }

  protected override willUpdate(): void {
    const services = this.ctx.services;
    if (!services || this.unsubscribeProblem) return;
    // In the evening, an invitation to notice a moment of connection (it knows when it is due).
    if (new Date().getHours() >= 18) void import('../reflect/evening-prompt');
    const { storage, recovered } = services;
    // The one-tap practice's opening is rendered ahead, so its first sound follows the tap at once.
    void services.launcher.prepare(FIRST);
    this.problem = storage.problem();
    this.unsubscribeProblem = storage.onProblem((problem) => {
      this.problem = problem;
    });
    if (!dismissed.has(recovered)) {
      // The notice's code loads only when there is something to tell.
      void recovered.then(async (sessions) => {
        if (sessions.length === 0) return;
        await import('./recovered-notice');
        if (!dismissed.has(recovered)) this.recovered = sessions;
      });
    }
  }

  protected override render() {
    const first = PRACTICES[FIRST];
    const custom = this.ctx.settings?.customPatterns ?? [];
    return html`
      <h1>${HOME_TITLE}</h1>
      ${this.problem === null ? nothing : html`<p class="problem" role="alert">${this.problem}</p>`}
      <recovered-notice
        .sessions=${this.recovered}
        @notice-dismiss=${this.dismissRecovered}
      ></recovered-notice>
      <button class="start primary" @click=${this.startFirst}>
        <span class="name">${first.name}</span>
        <span class="hint">${START_HINT}</span>
      </button>

      <evening-prompt></evening-prompt>

      <h2>${OTHER_PRACTICES}</h2>
      <ul>
        ${PRACTICE_IDS.filter((id) => id !== FIRST).map((id) =>
          this.item(practicePath(id), PRACTICES[id].name, PRACTICES[id].summary),
        )}
      </ul>

      <h2>${YOUR_PATTERNS}</h2>
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
          : html`<p class="muted">${PATTERNS_LEAD} <a href="/settings">${PATTERNS_LINK}</a>.</p>`
      }

      <p class="care">${CARE_NOTE}</p>
    `;
  }

  private readonly dismissRecovered = () => {
    const services = this.ctx.services;
    if (services) dismissed.add(services.recovered);
    this.recovered = [];
  };

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
