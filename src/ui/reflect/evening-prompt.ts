import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { StorageFullError } from '../../app/ports/storage-errors';
import {
  EVENING_WORDS,
  FIELD_WORDS,
  JOURNAL_WORDS,
  tooLongWords,
} from '../../core/content/reflect';
import { EVENING_DISMISSED_KEY, eveningDue, localDay } from '../../core/reflect/evening';
import { journalProblem, newJournalEntry, overLimit } from '../../core/reflect/journal';
import { MAX_TEXT } from '../../core/reflect/records';
import { reflectPath } from './reflect-paths';
import { writingStyles } from './reflect-styles';
import { ServicesController } from '../shared/services-controller';
import { baseStyles } from '../shared/styles';

type Phase = 'checking' | 'quiet' | 'due' | 'saved' | 'dismissed';

/** The day the person last said "Not tonight" (YYYY-MM-DD), or null. */
function readDismissed(): string | null {
  try {
    return localStorage.getItem(EVENING_DISMISSED_KEY);
  } catch {
    // Storage blocked (some private modes): the prompt simply shows again.
    return null;
  }
}

function writeDismissed(day: string): void {
  try {
    localStorage.setItem(EVENING_DISMISSED_KEY, day);
  } catch {
    // As above: nothing to keep, and nothing to tell the person.
  }
}

/**
 * A gentle invitation on home in the evening: notice one moment today when connection felt
 * possible. Save keeps it as an 'evening' journal entry; "Not tonight" remembers only today's date
 * (localStorage `stay:evening-dismissed`). Shows nothing before 18:00, after either, or once
 * today's evening entry exists. No notifications.
 */
@customElement('evening-prompt')
export class EveningPrompt extends LitElement {
  static override styles = [
    baseStyles,
    writingStyles,
    css`
      section {
        padding: 1rem 1.25rem;
        margin: 0 0 2rem;
        border-radius: 1.5rem;
        background: var(--surface, #1a2240);
      }
      textarea {
        min-height: 4.5rem;
      }
    `,
  ];

  /** The clock and id maker (tests set them). */
  @property({ attribute: false }) now: () => Date = () => new Date();
  @property({ attribute: false }) newId: () => string = () => crypto.randomUUID();

  @state() private phase: Phase = 'checking';
  @state() private text = '';
  @state() private error = '';
  @state() private saving = false;
  private readonly ctx = new ServicesController(this);
  private checked: Promise<void> | null = null;
  private settle: () => void = () => undefined;
  /** Resolves once the prompt has read the journal and decided whether to show. */
  readonly decided = new Promise<void>((resolve) => {
    this.settle = resolve;
  });

  protected override willUpdate(): void {
    if (!this.checked && this.ctx.services) {
      this.checked = this.check().finally(this.settle);
    }
  }

  private async check(): Promise<void> {
    const journal = this.ctx.services?.storage.journal;
    if (!journal) return;
    try {
      const entries = await journal.list();
      const due = eveningDue({ now: this.now(), entries, dismissedOn: readDismissed() });
      this.phase = due ? 'due' : 'quiet';
    } catch {
      this.phase = 'quiet';
    }
  }

  protected override render() {
    if (this.phase === 'checking' || this.phase === 'quiet') return nothing;
    return html`${this.phase === 'due' ? this.renderInvitation() : nothing}
      <p role="status" class=${this.phase === 'dismissed' ? 'visually-hidden' : ''}>
        ${this.statusText()}
        ${
          this.phase === 'saved'
            ? html`<a href=${reflectPath()}>${EVENING_WORDS.toJournal}</a>`
            : nothing
        }
      </p>`;
  }

  private statusText(): string {
    if (this.phase === 'saved') return EVENING_WORDS.saved;
    return this.phase === 'dismissed' ? EVENING_WORDS.dismissed : '';
  }

  private renderInvitation() {
    const over = overLimit(this.text);
    const fieldError = over > 0 ? tooLongWords(MAX_TEXT, over) : '';
    return html`<section aria-labelledby="evening-heading">
      <h2 id="evening-heading">${EVENING_WORDS.heading}</h2>
      <p>${EVENING_WORDS.invitation}</p>
      <div class="field">
        <label for="evening-text">${FIELD_WORDS.evening}</label>
        <textarea
          id="evening-text"
          name="text"
          .value=${this.text}
          aria-invalid=${fieldError ? 'true' : 'false'}
          aria-describedby=${ifDefined(fieldError ? 'evening-error' : undefined)}
          @input=${this.input}
        ></textarea>
        ${fieldError ? html`<p class="field-error" id="evening-error">${fieldError}</p>` : nothing}
      </div>
      <div class="actions">
        <button class="primary" ?disabled=${this.saving} @click=${this.save}>
          ${EVENING_WORDS.save}
        </button>
        <button ?disabled=${this.saving} @click=${this.notTonight}>
          ${EVENING_WORDS.notTonight}
        </button>
      </div>
      <p role="alert" class="error">${this.error}</p>
    </section>`;
  }

  private readonly input = (event: Event) => {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.error = '';
  };

  private readonly save = async () => {
    const journal = this.ctx.services?.storage.journal;
    if (!journal || this.saving) return;
    const fields = { kind: 'evening', text: this.text } as const;
    const problem = journalProblem(fields);
    if (problem) {
      this.error =
        problem.kind === 'empty' ? JOURNAL_WORDS.needsWords : tooLongWords(MAX_TEXT, problem.over);
      this.renderRoot.querySelector('textarea')?.focus();
      return;
    }
    this.saving = true;
    try {
      const at = this.now().toISOString();
      await journal.put(newJournalEntry(fields, { id: this.newId(), at, sessionId: null }));
      this.text = '';
      this.phase = 'saved';
    } catch (error) {
      this.error = error instanceof StorageFullError ? error.message : JOURNAL_WORDS.saveFailed;
    } finally {
      this.saving = false;
    }
  };

  private readonly notTonight = () => {
    writeDismissed(localDay(this.now()));
    this.phase = 'dismissed';
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'evening-prompt': EveningPrompt;
  }
}
