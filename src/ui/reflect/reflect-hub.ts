import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
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
  private readonly ctx = new ServicesController(this);
  /** "Five breaths · 3 Mar 2026, 21:14" for the practice, once read; empty when it is gone. */
  private readonly practiceLine = new Task(this, {
    args: () => [this.ctx.services?.storage.sessions, this.sessionId] as const,
    task: async ([sessions, id]) => {
      if (!sessions || id === null) return initialState;
      const record = await sessions.get(id).catch(() => null);
      return record ? `${record.practiceName} · ${dateTimeWords(record.startedAt)}` : '';
    },
  });

  protected override render() {
    const id = this.sessionId;
    const line = this.practiceLine.status === TaskStatus.COMPLETE ? this.practiceLine.value : '';
    return html`
      ${id !== null && line ? html`<p><a href=${historyPath(id)}>${line}</a></p>` : nothing}
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
