import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { stayedWords, WIN_KIND_WORDS, WINS } from '../../core/content/wins';
import type { SmallWin } from '../../core/reflect/records';
import { winsNewestFirst } from '../../core/reflect/wins';
import { dateTimeWords } from '../../core/content/sessions';
import { historyPath } from '../shell/routes';
import { ServicesController } from '../shared/services-controller';
import { smallStepsStyles } from './small-steps-styles';
import { confirmRowStyles } from '../shared/confirm-row';
import '../shared/confirm-row';
import { baseStyles } from '../shared/styles';

/**
 * The log of small wins: each pause and each ladder try, newest first, with when, what, how long
 * the person stayed, their note and a link to the practice; a win can be deleted after a confirm.
 */
@customElement('small-wins')
export class SmallWins extends LitElement {
  static override styles = [baseStyles, smallStepsStyles, confirmRowStyles];

  /** The practice this view follows; wins are shown whatever it is. */
  @property({ attribute: false }) sessionId: string | null = null;

  private readonly ctx = new ServicesController(this, () => void this.load());
  @state() private wins: readonly SmallWin[] | null = null;
  @state() private confirming: string | null = null;
  @state() private message = '';
  @state() private failed = '';
  @query('h2') private heading!: HTMLElement | null;

  protected override render() {
    return html`<section aria-labelledby="wins-title">
      <h2 id="wins-title" tabindex="-1">${WINS.title}</h2>
      <p>${WINS.intro}</p>
      ${this.renderList()}
      <p role="status">${this.message}</p>
      ${this.failed ? html`<p role="alert" class="error">${this.failed}</p>` : nothing}
    </section>`;
  }

  private renderList() {
    const wins = this.wins;
    if (wins === null) return nothing;
    if (wins.length === 0) {
      return html`<p class="empty">${WINS.empty}</p>
        <div class="actions">
          <a class="button" href="/practice/five-minute-pause">${WINS.emptyPause}</a>
          <a class="button" href="/reflect/ladder">${WINS.emptyLadder}</a>
        </div>`;
    }
    return html`<ul aria-label=${WINS.listLabel}>
      ${repeat(
        wins,
        (w) => w.id,
        (w) => this.renderWin(w),
      )}
    </ul>`;
  }

  private renderWin(win: SmallWin) {
    const when = dateTimeWords(win.at);
    const stayed = stayedWords(win.stayedS);
    return html`<li class="item" data-id=${win.id}>
      <h3>${WIN_KIND_WORDS[win.kind]}</h3>
      <p class="muted"><time datetime=${win.at}>${when}</time></p>
      ${stayed ? html`<p class="stayed">${stayed}</p>` : nothing}
      ${win.note.trim() ? html`<p class="text note">${win.note}</p>` : nothing}
      <div class="actions">
        ${
          win.sessionId === null
            ? nothing
            : html`<a href=${historyPath(win.sessionId)} aria-label=${WINS.practiceLinkLabel(when)}
                >${WINS.practiceLink}</a
              >`
        }
        ${
          this.confirming === win.id
            ? nothing
            : html`<button
                class="delete"
                aria-label=${WINS.deleteLabel(when)}
                @click=${() => {
                  this.ask(win.id);
                }}
              >
                ${WINS.delete}
              </button>`
        }
      </div>
      ${this.confirming === win.id ? this.renderConfirm(win) : nothing}
    </li>`;
  }

  private renderConfirm(win: SmallWin) {
    return html`<confirm-row
      .question=${WINS.confirmDelete}
      .yes=${WINS.confirmYes}
      .no=${WINS.confirmNo}
      @confirm-yes=${() => void this.deleteWin(win.id)}
      @confirm-no=${() => void this.keep(win.id)}
    ></confirm-row>`;
  }

  private async load(): Promise<void> {
    try {
      this.wins = winsNewestFirst((await this.ctx.services?.storage.wins.list()) ?? []);
    } catch {
      this.wins = [];
      this.failed = WINS.loadFailed;
    }
  }

  private ask(id: string): void {
    this.confirming = id;
    this.message = '';
  }

  private async keep(id: string): Promise<void> {
    this.confirming = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] .delete`)?.focus();
  }

  private async deleteWin(id: string): Promise<void> {
    const store = this.ctx.services?.storage.wins;
    if (!store) return;
    this.failed = '';
    try {
      await store.delete(id);
      this.wins = (this.wins ?? []).filter((w) => w.id !== id);
      this.confirming = null;
      this.message = WINS.deleted;
      await this.updateComplete;
      this.heading?.focus();
    } catch {
      this.failed = WINS.failed;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'small-wins': SmallWins;
  }
}
