import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { HUB_WORDS, REFLECT_TOOLS, TOOL_WORDS } from '../../core/content/reflect';
import './journal-list';
import { toolPath } from './reflect-paths';
import { dateTimeWords } from '../../core/content/sessions';
import { historyPath } from '../shell/routes';
import { ServicesController } from '../shared/services-controller';
import { baseStyles, rowListStyles } from '../shared/styles';

/**
 * The Reflect hub under the view's h1: what the tools are for, each tool as a link (opened for the
 * practice `sessionId` when there is one), the journal, and the not-therapy note.
 */
@customElement('reflect-hub')
export class ReflectHub extends LitElement {
  static override styles = [
    baseStyles,
    rowListStyles,
    css`
      ul {
        margin: 0 0 1rem;
      }
      section {
        margin-bottom: 2rem;
      }
    `,
  ];

  /** The practice the tools open for, or null for the whole journal. */
  @property({ attribute: false }) sessionId: string | null = null;
  /** "Five breaths · 3 Mar 2026, 21:14" for the practice, once read. */
  @state() private practiceLine = '';
  private readonly ctx = new ServicesController(this);
  private loadedFor: string | null | undefined = undefined;

  protected override willUpdate(): void {
    if (this.ctx.services && this.loadedFor !== this.sessionId) {
      this.loadedFor = this.sessionId;
      this.practiceLine = '';
      if (this.sessionId !== null) void this.namePractice(this.sessionId);
    }
  }

  private async namePractice(id: string): Promise<void> {
    const record = await this.ctx.services?.storage.sessions.get(id).catch(() => null);
    if (record && id === this.sessionId) {
      this.practiceLine = `${record.practiceName} · ${dateTimeWords(record.startedAt)}`;
    }
  }

  protected override render() {
    const id = this.sessionId;
    return html`
      ${
        id !== null && this.practiceLine
          ? html`<p><a href=${historyPath(id)}>${this.practiceLine}</a></p>`
          : nothing
      }
      <p>${HUB_WORDS.intro}</p>
      <section aria-labelledby="tools">
        <h2 id="tools">${HUB_WORDS.toolsHeading}</h2>
        <ul>
          ${REFLECT_TOOLS.map(
            (tool) =>
              html`<li>
                <a href=${toolPath(tool, tool === 'unsent' ? null : id)}>
                  <span class="name">${TOOL_WORDS[tool].title}</span>
                  <span class="summary">${TOOL_WORDS[tool].summary}</span>
                </a>
              </li>`,
          )}
        </ul>
        <p class="muted">
          ${HUB_WORDS.beforeAfter}
          <a href=${id === null ? '/history' : historyPath(id)}>${HUB_WORDS.beforeAfterLink}</a>.
        </p>
      </section>
      <journal-list
        .sessionId=${id}
        .heading=${id === null ? HUB_WORDS.journalHeading : HUB_WORDS.practiceJournalHeading}
      ></journal-list>
      ${id === null ? nothing : html`<p><a href="/reflect">${HUB_WORDS.wholeJournal}</a></p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reflect-hub': ReflectHub;
  }
}
