import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { StorageFullError } from '../../app/ports/storage-errors';
import { JOURNAL_WORDS, tooLongWords } from '../../core/content/reflect';
import {
  editJournalEntry,
  journalFields,
  journalProblem,
  newJournalEntry,
  overLimit,
  type JournalFields,
} from '../../core/reflect/journal';
import { MAX_TEXT, type JournalEntry, type JournalKind } from '../../core/reflect/records';
import { blankFields, fieldsTemplate, type FieldChange } from './journal-fields';
import { baseStyles } from '../shared/styles';
import { ServicesController } from '../shared/services-controller';
import { writingStyles } from './reflect-styles';

/** Fired once an entry is kept; `entry` is what was stored. */
export class JournalSavedEvent extends Event {
  constructor(readonly entry: JournalEntry) {
    super('journal-saved', { bubbles: true, composed: true });
  }
}

/**
 * Writes one journal entry: a new one of `kind` (following the practice `sessionId`), or the stored
 * entry `entryId`. Save keeps it; after the first save the same entry is edited (createdAt stays,
 * updatedAt moves). Every box takes up to MAX_TEXT characters and says so plainly when over.
 * @fires journal-saved - JournalSavedEvent after each save.
 */
@customElement('journal-editor')
export class JournalEditor extends LitElement {
  static override styles = [
    baseStyles,
    writingStyles,
    css`
      .range {
        display: flex;
        align-items: center;
        gap: 1rem;
      }
      input[type='range'] {
        flex: 1;
        min-height: 48px;
      }
      output {
        min-width: 4.5rem;
        font-size: 1.5rem;
        font-weight: 600;
        text-align: right;
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0 0 1.25rem;
      }
      .rung {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        min-height: 48px;
      }
      .rung input {
        width: 1.5rem;
        height: 1.5rem;
      }
    `,
  ];

  /** The kind of a new entry; ignored once `entryId` names a stored one. */
  @property({ attribute: false }) kind: JournalKind | null = null;
  /** The practice a new entry follows. */
  @property({ attribute: false }) sessionId: string | null = null;
  /** The stored entry to edit, or null for a new one. */
  @property({ attribute: false }) entryId: string | null = null;
  /** The clock and id maker (tests set them). */
  @property({ attribute: false }) now: () => Date = () => new Date();
  @property({ attribute: false }) newId: () => string = () => crypto.randomUUID();

  @state() private fields: JournalFields | null = null;
  @state() private stored: JournalEntry | null = null;
  @state() private status = '';
  @state() private error = '';
  @state() private saving = false;
  private readonly ctx = new ServicesController(this);
  // A newer entryId drops the result (or the error) of an older read, however late it ends.
  private readonly read = new Task(this, {
    args: () => [this.ctx.services?.storage.journal, this.entryId] as const,
    task: ([journal, id]) => (journal && id !== null ? journal.get(id) : initialState),
    onComplete: (entry) => {
      this.stored = entry;
      this.fields = entry ? journalFields(entry) : null;
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('entryId') && !changed.has('kind') && !changed.has('sessionId')) return;
    this.status = '';
    this.error = '';
    if (this.entryId === null) {
      this.stored = null;
      this.fields = this.kind === null ? null : blankFields(this.kind);
    }
  }

  protected override render() {
    if (this.entryId === null) return this.fields ? this.renderForm(this.fields) : nothing;
    switch (this.read.status) {
      case TaskStatus.INITIAL:
      case TaskStatus.PENDING:
        return html`<p class="muted" role="status">${JOURNAL_WORDS.loadingEntry}</p>`;
      case TaskStatus.ERROR:
        return html`<p role="alert">${JOURNAL_WORDS.readFailed}</p>`;
      case TaskStatus.COMPLETE:
        return this.fields
          ? this.renderForm(this.fields)
          : html`<p>${JOURNAL_WORDS.entryMissingBody}</p>`;
    }
  }

  private renderForm(fields: JournalFields) {
    const following = this.stored === null && this.sessionId !== null;
    return html`<form @submit=${this.save} novalidate>
      ${following ? html`<p class="muted">${JOURNAL_WORDS.forPractice}</p>` : nothing}
      ${fieldsTemplate(fields, this.change, (text) => this.overMessage(text))}
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.saving}>
          ${JOURNAL_WORDS.save}
        </button>
      </div>
      <p role="status" class="saved">${this.status}</p>
      <p role="alert" class="error">${this.error}</p>
    </form>`;
  }

  /** A ladder try's small win shares its id and is named by its ask (core/practice/ladder.ts). */
  private async renameWin(id: string, ask: string): Promise<void> {
    const wins = this.ctx.services?.storage.wins;
    const win = await wins?.get(id);
    if (wins && win?.kind === 'ladder') await wins.put({ ...win, note: ask.trim() });
  }

  /** The plain message under a box that is over MAX_TEXT; empty when it fits. */
  private overMessage(text: string): string {
    const over = overLimit(text);
    return over > 0 ? tooLongWords(MAX_TEXT, over) : '';
  }

  private readonly change = (change: FieldChange) => {
    if (!this.fields) return;
    this.fields = { ...this.fields, ...change };
    this.status = '';
  };

  private readonly save = async (event: Event) => {
    event.preventDefault();
    const fields = this.fields;
    const journal = this.ctx.services?.storage.journal;
    if (!fields || !journal || this.saving) return;
    const problem = journalProblem(fields);
    if (problem) {
      this.status = '';
      this.error =
        problem.kind === 'empty' ? JOURNAL_WORDS.needsWords : tooLongWords(MAX_TEXT, problem.over);
      await this.updateComplete;
      const target = problem.kind === 'empty' ? 'textarea, input' : `[name="${problem.field}"]`;
      this.renderRoot.querySelector<HTMLElement>(target)?.focus();
      return;
    }
    const at = this.now().toISOString();
    const entry = this.stored
      ? editJournalEntry(this.stored, fields, at)
      : newJournalEntry(fields, { id: this.newId(), at, sessionId: this.sessionId });
    const first = this.stored === null;
    this.saving = true;
    this.error = '';
    this.status = '';
    try {
      await journal.put(entry);
      if (entry.kind === 'ladder') await this.renameWin(entry.id, entry.ask);
      this.stored = entry;
      // A fresh line each time, so a second save is announced too.
      await this.updateComplete;
      this.status = first ? JOURNAL_WORDS.savedNew : JOURNAL_WORDS.saved;
      this.dispatchEvent(new JournalSavedEvent(entry));
    } catch (error) {
      this.error = error instanceof StorageFullError ? error.message : JOURNAL_WORDS.saveFailed;
    } finally {
      this.saving = false;
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'journal-editor': JournalEditor;
  }
  interface HTMLElementEventMap {
    'journal-saved': JournalSavedEvent;
  }
}
