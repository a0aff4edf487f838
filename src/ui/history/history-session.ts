import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { AppStorage } from '../../app/ports/app-storage';
import { PAUSE_WORDS } from '../../core/content/pause';
import { SESSION_PAGE_WORDS as WORDS, deleteQuestionWords } from '../../core/content/session-page';
import { dateTimeWords } from '../../core/content/sessions';
import type { JournalEntry } from '../../core/reflect/records';
import type { SessionRecord } from '../../core/session/record';
import '../heart/heart-curve';
import '../pause/pause-curve';
import { confirmRowStyles } from '../shared/confirm-row';
import '../shared/confirm-row';
import { ServicesController } from '../shared/services-controller';
import { baseStyles } from '../shared/styles';
import { NavigateEvent } from '../shell/routes';
import { journalTemplate } from './history-journal';
import { sessionFacts } from './session-facts';

/** One practice as read: its record and the journal entries written after it. */
interface Found {
  readonly record: SessionRecord;
  readonly journal: readonly JournalEntry[];
}

/**
 * One practice from the history: what was done, the heart curve with its phases, the journal
 * entries written after it, and a way to delete it (with an inline confirm).
 * @fires navigate - NavigateEvent back to /history once the practice is deleted.
 */
@customElement('history-session')
export class HistorySession extends LitElement {
  static override styles = [
    baseStyles,
    confirmRowStyles,
    css`
      dl.facts {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.5rem 1rem;
        margin: 0 0 1.5rem;
      }
      dt {
        color: var(--muted, #b9bdd2);
      }
      dd {
        margin: 0;
      }
      .text {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .entry {
        padding: 0.75rem 1rem;
        border-radius: 1rem;
        background: var(--surface, #1a2240);
        margin-bottom: 0.75rem;
      }
      .entry dl {
        margin: 0;
      }
      .entry dd {
        margin: 0 0 0.5rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
      }
    `,
  ];

  /** The id from /history/<id>. */
  @property({ attribute: false }) sessionId = '';
  @state() private confirming = false;
  @state() private deleting = false;
  @state() private deleteFailed = false;
  private readonly ctx = new ServicesController(this);
  // A newer sessionId drops the result (or the error) of an older read, however late it ends.
  private readonly read = new Task(this, {
    args: () => [this.ctx.services?.storage, this.sessionId] as const,
    task: ([storage, id]) => (storage ? readSession(storage, id) : initialState),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sessionId')) this.confirming = false;
  }

  protected override render() {
    // One h1 for every state, so focus moved to it on arrival stays when the practice loads.
    const found = this.read.status === TaskStatus.COMPLETE ? this.read.value : undefined;
    const title = found
      ? found.record.practiceName
      : found === null
        ? WORDS.missingTitle
        : WORDS.title;
    return html`<h1>${title}</h1>
      ${found ? this.renderRecord(found) : this.notShown(found)}
      <p><a href="/history">${WORDS.back}</a></p>`;
  }

  private notShown(found: null | undefined) {
    if (found === null) return html`<p>${WORDS.missing}</p>`;
    if (this.read.status === TaskStatus.ERROR) {
      return html`<p role="alert">${WORDS.readFailed}</p>`;
    }
    return html`<p class="muted" role="status">${WORDS.loading}</p>`;
  }

  private renderRecord({ record, journal }: Found) {
    return html`
      <p class="muted">${dateTimeWords(record.startedAt)}</p>
      ${sessionFacts(record)}
      ${
        record.motion
          ? html`<h2>${PAUSE_WORDS.stillnessLabel}</h2>
              <pause-curve .motion=${record.motion}></pause-curve>`
          : nothing
      }
      ${
        record.heart && record.heart.samples.length > 0
          ? html`<h2>${WORDS.heartTitle}</h2>
              <heart-curve .trace=${record.heart} .phases=${record.phases ?? null}></heart-curve>`
          : nothing
      }
      ${
        journal.length === 0
          ? nothing
          : html`<h2>${WORDS.journalTitle}</h2>
              ${journal.map(journalTemplate)}`
      }
      ${this.renderDelete(journal.length)}
    `;
  }

  private renderDelete(journalCount: number) {
    if (!this.confirming) {
      return html`<div class="actions">
        <button @click=${this.askDelete}>${WORDS.delete}</button>
      </div>`;
    }
    return html`<confirm-row
      .question=${deleteQuestionWords(journalCount > 0)}
      .yes=${WORDS.deleteConfirm}
      .no=${WORDS.keep}
      .busy=${this.deleting}
      .problem=${this.deleteFailed ? WORDS.deleteFailed : ''}
      @confirm-yes=${this.confirmDelete}
      @confirm-no=${this.cancelDelete}
    ></confirm-row>`;
  }

  private readonly askDelete = () => {
    this.confirming = true;
    this.deleteFailed = false;
  };

  private readonly cancelDelete = async () => {
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.actions button')?.focus();
  };

  private readonly confirmDelete = async () => {
    const sessions = this.ctx.services?.storage.sessions;
    if (!sessions) return;
    this.deleting = true;
    try {
      await sessions.delete(this.sessionId);
      this.dispatchEvent(new NavigateEvent('/history'));
    } catch {
      this.deleteFailed = true;
    } finally {
      this.deleting = false;
    }
  };
}

/** The practice `id` and the entries written after it; null when it is not on this device. */
async function readSession(storage: AppStorage, id: string): Promise<Found | null> {
  const [record, entries] = await Promise.all([storage.sessions.get(id), storage.journal.list()]);
  return record ? { record, journal: entries.filter((e) => e.sessionId === id) } : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'history-session': HistorySession;
  }
}
