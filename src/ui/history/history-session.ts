import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { JournalEntry } from '../../core/reflect/records';
import type { SessionRecord } from '../../core/session/record';
import { heartOverview } from '../../core/session/summary';
import { PAUSE_WORDS } from '../../core/content/pause';
import {
  SESSION_PAGE_WORDS as WORDS,
  backAfterWords,
  bpmWords,
  deleteQuestionWords,
  ratedWords,
  stillnessWords,
} from '../../core/content/session-page';
import { bodyPlaceLabel } from '../../core/content/practice';
import '../heart/heart-curve';
import '../pause/pause-curve';
import {
  answerWords,
  breathsWords,
  dateTimeWords,
  lengthWords,
  statusWords,
} from '../../core/content/sessions';
import { journalTemplate } from './history-journal';
import { NavigateEvent } from '../shell/routes';
import { ServicesController } from '../shared/services-controller';
import { roundsWords, steadinessWords } from '../../core/content/hum';
import { baseStyles } from '../shared/styles';

type Loaded =
  | { readonly kind: 'loading' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'failed' }
  | {
      readonly kind: 'found';
      readonly record: SessionRecord;
      readonly journal: readonly JournalEntry[];
    };

/**
 * One practice from the history: what was done, the heart curve with its phases, the journal
 * entries written after it, and a way to delete it (with an inline confirm).
 * @fires navigate - NavigateEvent back to /history once the practice is deleted.
 */
@customElement('history-session')
export class HistorySession extends LitElement {
  static override styles = [
    baseStyles,
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
      .confirm {
        margin-top: 1rem;
        padding: 1rem;
        border: 2px solid var(--line-strong, #8a93b8);
        border-radius: 1rem;
      }
    `,
  ];

  /** The id from /history/<id>. */
  @property({ attribute: false }) sessionId = '';
  @state() private loaded: Loaded = { kind: 'loading' };
  @state() private confirming = false;
  @state() private deleting = false;
  @state() private deleteFailed = false;
  private readonly ctx = new ServicesController(this);
  private loadedFor: string | null = null;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('sessionId')) this.confirming = false;
    if (this.ctx.services && this.loadedFor !== this.sessionId) {
      this.loadedFor = this.sessionId;
      void this.load(this.sessionId);
    }
  }

  private async load(id: string): Promise<void> {
    const storage = this.ctx.services?.storage;
    if (!storage) return;
    this.loaded = { kind: 'loading' };
    try {
      const [record, entries] = await Promise.all([
        storage.sessions.get(id),
        storage.journal.list(),
      ]);
      if (id !== this.sessionId) return;
      this.loaded = record
        ? { kind: 'found', record, journal: entries.filter((e) => e.sessionId === id) }
        : { kind: 'missing' };
    } catch {
      this.loaded = { kind: 'failed' };
    }
  }

  protected override render() {
    // One h1 for every state, so focus moved to it on arrival stays when the practice loads.
    const loaded = this.loaded;
    return html`<h1>${title(loaded)}</h1>
      ${loaded.kind === 'found' ? this.renderRecord(loaded.record, loaded.journal) : this.notShown(loaded)}
      <p><a href="/history">${WORDS.back}</a></p>`;
  }

  private notShown(loaded: Exclude<Loaded, { kind: 'found' }>) {
    switch (loaded.kind) {
      case 'loading':
        return html`<p class="muted" role="status">${WORDS.loading}</p>`;
      case 'missing':
        return html`<p>${WORDS.missing}</p>`;
      case 'failed':
        return html`<p role="alert">${WORDS.readFailed}</p>`;
    }
  }

  private renderRecord(record: SessionRecord, journal: readonly JournalEntry[]) {
    const answer = answerWords(record.answer);
    return html`
      <p class="muted">${dateTimeWords(record.startedAt)}</p>
      <dl class="facts">
        <dt>${WORDS.facts.status}</dt>
        <dd>${statusWords(record.status)}</dd>
        <dt>${WORDS.facts.length}</dt>
        <dd>${lengthWords(record.practisedS)}</dd>
        <dt>${WORDS.facts.breaths}</dt>
        <dd>${breathsWords(record.breathsCompleted)}</dd>
        ${rated(WORDS.facts.urgeBefore, record.urgeBefore)}
        ${rated(WORDS.facts.urgeAfter, record.urgeAfter)}
        ${
          answer === null
            ? nothing
            : html`<dt>${WORDS.facts.answer}</dt>
                <dd>${answer}</dd>`
        }
        ${
          record.bodyPlaces.length === 0
            ? nothing
            : html`<dt>${WORDS.facts.bodyPlaces}</dt>
                <dd>${record.bodyPlaces.map(bodyPlaceLabel).join(', ')}</dd>`
        }
        ${
          record.humSeconds === undefined
            ? nothing
            : html`<dt>${WORDS.facts.humHeard}</dt>
                <dd>${lengthWords(record.humSeconds)}</dd>`
        }
        ${this.humFacts(record)}
        ${
          record.stillness === undefined
            ? nothing
            : html`<dt>${WORDS.facts.stillness}</dt>
                <dd>${stillnessWords(record.stillness)}</dd>`
        }
        ${this.heartFacts(record)}
      </dl>
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

  /** Rounds reached and steadiness, when the microphone listened. */
  private humFacts(record: SessionRecord) {
    const hum = record.hum;
    if (!hum) return nothing;
    const steady = steadinessWords(hum);
    return html`<dt>${WORDS.facts.humRounds}</dt>
      <dd>${roundsWords(hum)}</dd>
      ${
        steady === null
          ? nothing
          : html`<dt>${WORDS.facts.steadiness}</dt>
              <dd>${steady}</dd>`
      }`;
  }

  private heartFacts(record: SessionRecord) {
    if (!record.heart) return nothing;
    const overview = heartOverview(record.heart);
    return html`
      ${
        overview.baselineBpm === null
          ? nothing
          : html`<dt>${WORDS.facts.resting}</dt>
              <dd>${bpmWords(Math.round(overview.baselineBpm))}</dd>`
      }
      ${
        overview.peakBpm === null
          ? nothing
          : html`<dt>${WORDS.facts.peak}</dt>
              <dd>${bpmWords(overview.peakBpm)}</dd>`
      }
      ${
        overview.baselineBpm === null || overview.peakBpm === null
          ? nothing
          : html`<dt>${WORDS.facts.backToResting}</dt>
              <dd>
                ${
                  overview.backToBaselineS === null
                    ? WORDS.notBackYet
                    : backAfterWords(lengthWords(overview.backToBaselineS))
                }
              </dd>`
      }
    `;
  }

  private renderDelete(journalCount: number) {
    if (!this.confirming) {
      return html`<div class="actions">
        <button @click=${this.askDelete}>${WORDS.delete}</button>
      </div>`;
    }
    return html`<div class="confirm" role="group" aria-labelledby="confirm-text">
      <p id="confirm-text" tabindex="-1">${deleteQuestionWords(journalCount > 0)}</p>
      <div class="actions">
        <button class="primary" ?disabled=${this.deleting} @click=${this.confirmDelete}>
          ${WORDS.deleteConfirm}
        </button>
        <button ?disabled=${this.deleting} @click=${this.cancelDelete}>${WORDS.keep}</button>
      </div>
      ${this.deleteFailed ? html`<p role="alert">${WORDS.deleteFailed}</p>` : nothing}
    </div>`;
  }

  private readonly askDelete = async () => {
    this.confirming = true;
    this.deleteFailed = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirm-text')?.focus();
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

function title(loaded: Loaded): string {
  if (loaded.kind === 'found') return loaded.record.practiceName;
  return loaded.kind === 'missing' ? WORDS.missingTitle : WORDS.title;
}

function rated(label: string, value: number | null) {
  return value === null
    ? nothing
    : html`<dt>${label}</dt>
        <dd>${ratedWords(value)}</dd>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'history-session': HistorySession;
  }
}
