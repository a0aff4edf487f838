import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { AppStorage } from '../../app/ports/app-storage';
import { JOURNAL_WORDS, KIND_TITLES, afterPracticeWords } from '../../core/content/reflect';
import { entriesForSession } from '../../core/reflect/journal';
import type { JournalEntry } from '../../core/reflect/records';
import { journalBody, journalWhen } from '../history/history-journal';
import { entryPath } from './reflect-paths';
import { historyPath } from '../shell/routes';
import { ServicesController } from '../shared/services-controller';
import { entryStyles } from './reflect-styles';
import { confirmRowStyles } from '../shared/confirm-row';
import '../shared/confirm-row';
import { baseStyles } from '../shared/styles';

/** The entries read for one `sessionId`, with the practice names they follow. */
interface Read {
  readonly sessionId: string | null;
  readonly entries: readonly JournalEntry[];
  /** Practice names by session id; null when the practice is no longer on the device. */
  readonly practices: ReadonlyMap<string, string | null>;
}

/**
 * The journal, newest first: each entry with its kind, date, the practice it follows, Edit (a link
 * to /reflect/entry/<id>) and Delete with an inline confirm. With `sessionId`, only the entries
 * written after that practice.
 */
@customElement('journal-list')
export class JournalList extends LitElement {
  static override styles = [
    baseStyles,
    entryStyles,
    confirmRowStyles,
    css`
      ol {
        list-style: none;
        padding: 0;
        margin: 0 0 1rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        margin-top: 0.5rem;
      }
    `,
  ];

  /** Only the entries after this practice; null for all of them. */
  @property({ attribute: false }) sessionId: string | null = null;
  /** The list's heading (an h2). */
  @property({ attribute: false }) heading: string = JOURNAL_WORDS.toJournal;

  @state() private confirming: string | null = null;
  @state() private deleting = false;
  @state() private problem = '';
  @state() private status = '';
  private readonly ctx = new ServicesController(this);
  // A newer sessionId drops the result of an older read, however late it ends.
  private readonly read = new Task(this, {
    args: () => [this.ctx.services?.storage, this.sessionId] as const,
    task: async ([storage, sessionId]) =>
      storage ? readJournal(storage, sessionId) : initialState,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sessionId')) this.confirming = null;
  }

  protected override render() {
    return html`<h2 tabindex="-1">${this.heading}</h2>
      ${this.renderBody()}
      <p role="status" class="muted">${this.status}</p>`;
  }

  private renderBody() {
    if (this.read.status === TaskStatus.ERROR) {
      return html`<p role="alert">${JOURNAL_WORDS.readFailed}</p>`;
    }
    // While reading again after a delete, the list read before stays on screen.
    const read = this.read.value;
    if (!read || read.sessionId !== this.sessionId) {
      return html`<p class="muted">${JOURNAL_WORDS.loading}</p>`;
    }
    if (read.entries.length === 0) {
      return html`<p class="muted">
        ${this.sessionId === null ? JOURNAL_WORDS.empty : JOURNAL_WORDS.emptyForPractice}
      </p>`;
    }
    return html`<ol>
      ${repeat(
        read.entries,
        (e) => e.id,
        (e) => html`<li>${this.renderEntry(e, read.practices)}</li>`,
      )}
    </ol>`;
  }

  private renderEntry(entry: JournalEntry, practices: Read['practices']) {
    const titleId = `entry-${entry.id}`;
    return html`<article class="entry" aria-labelledby=${titleId}>
      <h3 id=${titleId}>${KIND_TITLES[entry.kind]}</h3>
      <p class="muted when">${journalWhen(entry)}</p>
      ${practiceLink(entry, practices)} ${journalBody(entry)}
      <div class="actions">
        <a class="button" href=${entryPath(entry.id)} aria-describedby=${titleId}
          >${JOURNAL_WORDS.edit}</a
        >
        <button
          aria-describedby=${titleId}
          aria-expanded=${this.confirming === entry.id ? 'true' : 'false'}
          @click=${() => {
            this.askDelete(entry.id);
          }}
        >
          ${JOURNAL_WORDS.delete}
        </button>
      </div>
      ${this.confirming === entry.id ? this.renderConfirm(entry) : nothing}
    </article>`;
  }

  private renderConfirm(entry: JournalEntry) {
    return html`<confirm-row
      .questionId=${`confirm-${entry.id}`}
      .question=${entry.kind === 'ladder' ? JOURNAL_WORDS.confirmDeleteTry : JOURNAL_WORDS.confirmDelete}
      .yes=${JOURNAL_WORDS.deleteIt}
      .no=${JOURNAL_WORDS.keepIt}
      .busy=${this.deleting}
      .problem=${this.problem}
      @confirm-yes=${() => void this.confirmDelete(entry.id)}
      @confirm-no=${() => void this.cancelDelete(entry.id)}
    ></confirm-row>`;
  }

  private askDelete(id: string): void {
    this.confirming = id;
    this.problem = '';
    this.status = '';
  }

  private async cancelDelete(id: string): Promise<void> {
    this.confirming = null;
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(`[aria-labelledby="entry-${id}"] .actions button`)
      ?.focus();
  }

  private async confirmDelete(id: string): Promise<void> {
    const storage = this.ctx.services?.storage;
    const ladder = this.read.value?.entries.some((e) => e.id === id && e.kind === 'ladder');
    if (!storage || ladder === undefined) return;
    this.deleting = true;
    try {
      await storage.journal.delete(id);
      // A ladder try's small win shares its id (core/practice/ladder.ts): it goes too.
      if (ladder && (await storage.wins.get(id))?.kind === 'ladder') await storage.wins.delete(id);
      await this.read.run();
      this.confirming = null;
      this.status = JOURNAL_WORDS.deleted;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    } catch {
      this.problem = JOURNAL_WORDS.deleteFailed;
    } finally {
      this.deleting = false;
    }
  }
}

/** The journal (only the entries after `sessionId`, when set) and the practices they follow. */
async function readJournal(storage: AppStorage, sessionId: string | null): Promise<Read> {
  const all = await storage.journal.list();
  const entries = sessionId === null ? all : entriesForSession(all, sessionId);
  const ids = [...new Set(entries.flatMap((e) => (e.sessionId === null ? [] : [e.sessionId])))];
  const names = await Promise.all(
    ids.map(async (id) => {
      const record = await storage.sessions.get(id).catch(() => null);
      return [id, record?.practiceName ?? null] as const;
    }),
  );
  return { sessionId, entries, practices: new Map(names) };
}

/** "After Five breaths", linked to that practice; plain words when it is gone. */
function practiceLink(entry: JournalEntry, practices: Read['practices']) {
  if (entry.sessionId === null) return nothing;
  const name = practices.get(entry.sessionId);
  if (name === undefined) return nothing;
  return name === null
    ? html`<p class="muted practice">${afterPracticeWords(null)}</p>`
    : html`<p class="practice">
        <a href=${historyPath(entry.sessionId)}>${afterPracticeWords(name)}</a>
      </p>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'journal-list': JournalList;
  }
}
