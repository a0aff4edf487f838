import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { JOURNAL_WORDS, KIND_TITLES, afterPracticeWords } from '../../core/content/reflect';
import { entriesForSession } from '../../core/reflect/journal';
import type { JournalEntry } from '../../core/reflect/records';
import { journalBody, journalWhen } from '../history/history-journal';
import { entryPath } from './reflect-paths';
import { historyPath } from '../shell/routes';
import { ServicesController } from '../shared/services-controller';
import { entryStyles } from './reflect-styles';
import { baseStyles } from '../shared/styles';

type Loaded =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'ready'; readonly entries: readonly JournalEntry[] };

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

  @state() private loaded: Loaded = { kind: 'loading' };
  /** Practice names by session id; null when the practice is no longer on the device. */
  @state() private practices: ReadonlyMap<string, string | null> = new Map();
  @state() private confirming: string | null = null;
  @state() private deleting = false;
  @state() private problem = '';
  @state() private status = '';
  private readonly ctx = new ServicesController(this);
  private loadedFor: string | null | undefined = undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sessionId')) this.confirming = null;
    if (this.ctx.services && this.loadedFor !== this.sessionId) {
      this.loadedFor = this.sessionId;
      void this.load();
    }
  }

  /** Reads the journal again (after a change elsewhere). */
  async load(): Promise<void> {
    const storage = this.ctx.services?.storage;
    if (!storage) return;
    try {
      const all = await storage.journal.list();
      const entries = this.sessionId === null ? all : entriesForSession(all, this.sessionId);
      this.loaded = { kind: 'ready', entries };
      await this.namePractices(entries);
    } catch {
      this.loaded = { kind: 'failed' };
    }
  }

  private async namePractices(entries: readonly JournalEntry[]): Promise<void> {
    const sessions = this.ctx.services?.storage.sessions;
    if (!sessions) return;
    const ids = [...new Set(entries.flatMap((e) => (e.sessionId === null ? [] : [e.sessionId])))];
    const names = await Promise.all(
      ids.map(async (id) => {
        const record = await sessions.get(id).catch(() => null);
        return [id, record?.practiceName ?? null] as const;
      }),
    );
    this.practices = new Map(names);
  }

  protected override render() {
    return html`<h2 tabindex="-1">${this.heading}</h2>
      ${this.renderBody()}
      <p role="status" class="muted">${this.status}</p>`;
  }

  private renderBody() {
    const loaded = this.loaded;
    if (loaded.kind === 'loading') {
      return html`<p class="muted">${JOURNAL_WORDS.loading}</p>`;
    }
    if (loaded.kind === 'failed') return html`<p role="alert">${JOURNAL_WORDS.readFailed}</p>`;
    if (loaded.entries.length === 0) {
      return html`<p class="muted">
        ${this.sessionId === null ? JOURNAL_WORDS.empty : JOURNAL_WORDS.emptyForPractice}
      </p>`;
    }
    return html`<ol>
      ${repeat(
        loaded.entries,
        (e) => e.id,
        (e) => html`<li>${this.renderEntry(e)}</li>`,
      )}
    </ol>`;
  }

  private renderEntry(entry: JournalEntry) {
    const titleId = `entry-${entry.id}`;
    return html`<article class="entry" aria-labelledby=${titleId}>
      <h3 id=${titleId}>${KIND_TITLES[entry.kind]}</h3>
      <p class="muted when">${journalWhen(entry)}</p>
      ${this.practiceLink(entry)} ${journalBody(entry)}
      <div class="actions">
        <a class="button" href=${entryPath(entry.id)} aria-describedby=${titleId}
          >${JOURNAL_WORDS.edit}</a
        >
        <button
          aria-describedby=${titleId}
          aria-expanded=${this.confirming === entry.id ? 'true' : 'false'}
          @click=${() => void this.askDelete(entry.id)}
        >
          ${JOURNAL_WORDS.delete}
        </button>
      </div>
      ${this.confirming === entry.id ? this.renderConfirm(entry) : nothing}
    </article>`;
  }

  private practiceLink(entry: JournalEntry) {
    if (entry.sessionId === null) return nothing;
    const name = this.practices.get(entry.sessionId);
    if (name === undefined) return nothing;
    return name === null
      ? html`<p class="muted practice">${afterPracticeWords(null)}</p>`
      : html`<p class="practice">
          <a href=${historyPath(entry.sessionId)}>${afterPracticeWords(name)}</a>
        </p>`;
  }

  private renderConfirm(entry: JournalEntry) {
    const id = entry.id;
    const words =
      entry.kind === 'ladder' ? JOURNAL_WORDS.confirmDeleteTry : JOURNAL_WORDS.confirmDelete;
    return html`<div class="confirm" role="group" aria-labelledby="confirm-${id}">
      <p id="confirm-${id}" tabindex="-1">${words}</p>
      <div class="actions">
        <button
          class="primary"
          ?disabled=${this.deleting}
          @click=${() => void this.confirmDelete(id)}
        >
          ${JOURNAL_WORDS.deleteIt}
        </button>
        <button ?disabled=${this.deleting} @click=${() => void this.cancelDelete(id)}>
          ${JOURNAL_WORDS.keepIt}
        </button>
      </div>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
    </div>`;
  }

  private async askDelete(id: string): Promise<void> {
    this.confirming = id;
    this.problem = '';
    this.status = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[id="confirm-${id}"]`)?.focus();
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
    if (!storage || this.loaded.kind !== 'ready') return;
    const ladder = this.loaded.entries.some((e) => e.id === id && e.kind === 'ladder');
    this.deleting = true;
    try {
      await storage.journal.delete(id);
      // A ladder try's small win shares its id (core/practice/ladder.ts): it goes too.
      if (ladder && (await storage.wins.get(id))?.kind === 'ladder') await storage.wins.delete(id);
      this.loaded = { kind: 'ready', entries: this.loaded.entries.filter((e) => e.id !== id) };
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

declare global {
  interface HTMLElementTagNameMap {
    'journal-list': JournalList;
  }
}
