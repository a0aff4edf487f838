import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { SessionCursor } from '../../app/ports/session-store';
import { HISTORY_WORDS, practicesWords, showingWords } from '../../core/content/history';
import type { SessionSummary } from '../../core/session/record';
import './history-charts';
import {
  breathsWords,
  dateTimeWords,
  lengthWords,
  statusWords,
  urgeWords,
} from '../../core/content/sessions';
import { historyPath, practicePath } from '../shell/routes';
import { ServicesController } from '../shared/services-controller';
import { baseStyles, rowListStyles } from '../shared/styles';

/** Rows fetched at a time: enough to fill a tall screen, small enough to stay quick at 10,000. */
export const PAGE_SIZE = 50;

/**
 * History: the weekly charts, then every practice on the device newest first, 50 at a time. The
 * next page loads when the end of the list scrolls into view, or with "Show older".
 */
@customElement('stay-history')
export class StayHistory extends LitElement {
  static override styles = [
    baseStyles,
    rowListStyles,
    css`
      ol {
        margin: 0 0 1rem;
      }
      .name {
        display: block;
        font-weight: 600;
      }
      .when,
      .facts {
        display: block;
        color: var(--muted, #b9bdd2);
        font-size: 0.95rem;
        margin-top: 0.25rem;
      }
      .status {
        display: block;
        margin-top: 0.25rem;
        font-size: 0.95rem;
      }
      .sentinel {
        height: 1px;
      }
    `,
  ];

  private readonly ctx = new ServicesController(this, () => void this.loadMore());
  @state() private items: readonly SessionSummary[] = [];
  @state() private total: number | null = null;
  @state() private next: SessionCursor | null = null;
  @state() private loading = false;
  @state() private failed = false;
  @query('.sentinel') private sentinel!: HTMLElement | null;
  private observer: IntersectionObserver | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Fetches the next page (nothing while one is on its way or when there is none). */
  async loadMore(): Promise<void> {
    const sessions = this.ctx.services?.storage.sessions;
    if (!sessions || this.loading) return;
    if (this.total !== null && this.next === null) return;
    this.loading = true;
    this.failed = false;
    try {
      const page = await sessions.page(PAGE_SIZE, this.next ?? undefined);
      const seen = new Set(this.items.map((s) => s.id));
      this.items = [...this.items, ...page.items.filter((s) => !seen.has(s.id))];
      this.next = page.next;
      this.total = page.total;
    } catch {
      this.failed = true;
    } finally {
      this.loading = false;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('next') || changed.has('loading')) this.watchSentinel();
  }

  protected override render() {
    return html`
      <h1>${HISTORY_WORDS.title}</h1>
      <history-charts></history-charts>
      ${this.renderList()}
    `;
  }

  private renderList() {
    if (this.total === null) {
      return this.failed
        ? html`<p role="alert">${HISTORY_WORDS.readFailed}</p>`
        : html`<p class="muted" role="status">${HISTORY_WORDS.opening}</p>`;
    }
    if (this.total === 0) {
      return html`<h2>${HISTORY_WORDS.emptyHeading}</h2>
        <p>
          ${HISTORY_WORDS.emptyLead}
          <a href=${practicePath('five-breaths')}>${HISTORY_WORDS.emptyLink}</a>.
        </p>`;
    }
    return html`
      <h2>${practicesWords(this.total)}</h2>
      <ol>
        ${repeat(
          this.items,
          (s) => s.id,
          (s) => row(s),
        )}
      </ol>
      <p class="muted" role="status">
        ${this.loading ? HISTORY_WORDS.openingOlder : showingWords(this.items.length, this.total)}
      </p>
      ${this.failed ? html`<p role="alert">${HISTORY_WORDS.olderFailed}</p>` : nothing}
      ${
        this.next === null
          ? nothing
          : html`<div class="sentinel"></div>
              <button ?disabled=${this.loading} @click=${() => void this.loadMore()}>
                ${HISTORY_WORDS.showOlder}
              </button>`
      }
    `;
  }

  private watchSentinel(): void {
    this.observer?.disconnect();
    const sentinel = this.sentinel;
    if (!sentinel || this.next === null || this.loading || this.failed) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) void this.loadMore();
      },
      { rootMargin: '0px 0px 400px 0px' },
    );
    this.observer.observe(sentinel);
  }
}

function row(s: SessionSummary) {
  const urge = urgeWords(s.urgeBefore, s.urgeAfter);
  const facts = [
    lengthWords(s.practisedS),
    breathsWords(s.breathsCompleted),
    ...(urge ? [urge] : []),
  ];
  return html`<li>
    <a href=${historyPath(s.id)}>
      <span class="name">${s.practiceName}</span>
      <span class="when">${dateTimeWords(s.startedAt)}</span>
      <span class="facts">${facts.join(' · ')}</span>
      <span class="status">${statusWords(s.status)}</span>
    </a>
  </li>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'stay-history': StayHistory;
  }
}
