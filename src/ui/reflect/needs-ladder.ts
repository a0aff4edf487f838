import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { currentRungWords, LADDER, suggestionWords } from '../../core/content/ladder';
import {
  currentRung,
  ladderNudge,
  ladderTries,
  ladderTry,
  stayedMinutesText,
  stayedSecondsFrom,
  triesOnRung,
  tryProblem,
  type LadderTry,
} from '../../core/reflect/ladder';
import type { LadderRung } from '../../core/reflect/records';
import { tryForm, type TryProblem } from './needs-ladder-form';
import { rungPicker, triesList } from './needs-ladder-parts';
import { ServicesController } from '../shared/services-controller';
import { smallStepsStyles } from './small-steps-styles';
import { confirmRowStyles } from '../shared/confirm-row';
import { baseStyles } from '../shared/styles';

/**
 * The needs ladder: the four rungs with example asks; the person picks the rung where their body
 * stays easy and notes tries (a 'ladder' journal entry and a 'ladder' small win with the same id).
 * The chosen rung is the rung of the newest try, so it survives a reload and an export.
 */
@customElement('needs-ladder')
export class NeedsLadder extends LitElement {
  static override styles = [baseStyles, smallStepsStyles, confirmRowStyles];

  /** The practice this follows: new tries link to it. */
  @property({ attribute: false }) sessionId: string | null = null;

  private readonly ctx = new ServicesController(this, () => void this.load());
  @state() private tries: readonly LadderTry[] | null = null;
  @state() private stayed = new Map<string, number | null>();
  @state() private rung: LadderRung | null = null;
  @state() private editing: LadderTry | null = null;
  @state() private ask = '';
  @state() private outcome = '';
  @state() private minutes = '';
  @state() private problem: TryProblem = null;
  @state() private confirming: string | null = null;
  @state() private message = '';

  protected override render() {
    const tries = this.tries;
    return html`<section aria-labelledby="ladder-title">
      <h2 id="ladder-title" tabindex="-1">${LADDER.title}</h2>
      <p>${LADDER.intro}</p>
      <h3>${LADDER.rungsTitle}</h3>
      ${rungPicker(this.rung, (rung) => {
        this.rung = rung;
      })}
      ${tries === null ? nothing : this.renderPace(tries)} ${this.renderForm()}
      <p role="status">${this.message}</p>
      <h3>${LADDER.triesTitle}</h3>
      ${
        tries === null
          ? nothing
          : triesList(tries, (id) => this.stayed.get(id) ?? null, {
              confirming: this.confirming,
              edit: (t) => void this.startEdit(t),
              ask: (t) => {
                this.askDelete(t);
              },
              confirm: (t) => void this.deleteTry(t),
              keep: (t) => void this.keep(t),
            })
      }
    </section>`;
  }

  private renderPace(tries: readonly LadderTry[]) {
    const rung = currentRung(tries);
    if (rung === null) return html`<p class="pace">${LADDER.noRungYet}</p>`;
    const nudge = ladderNudge(tries);
    return html`<p class="pace">${currentRungWords(rung, triesOnRung(tries))}</p>
      ${
        nudge.kind === 'none'
          ? nothing
          : html`<p class="nudge">${suggestionWords(nudge.rung, nudge.up)}</p>`
      }`;
  }

  private renderForm() {
    return tryForm(
      {
        editing: this.editing !== null,
        ask: this.ask,
        outcome: this.outcome,
        minutes: this.minutes,
        problem: this.problem,
      },
      {
        input: (name, value) => {
          this[name] = value;
        },
        submit: (event) => void this.onSubmit(event),
        cancel: () => void this.stopEdit(),
      },
    );
  }

  private async load(): Promise<void> {
    const storage = this.ctx.services?.storage;
    if (!storage) return;
    const [journal, wins] = await Promise.all([storage.journal.list(), storage.wins.list()]);
    this.stayed = new Map(wins.filter((w) => w.kind === 'ladder').map((w) => [w.id, w.stayedS]));
    this.tries = ladderTries(journal);
    this.rung = currentRung(this.tries);
  }

  private readonly onSubmit = async (event: Event) => {
    event.preventDefault();
    const storage = this.ctx.services?.storage;
    if (!storage) return;
    const rung = this.rung;
    const stayedS = stayedSecondsFrom(this.minutes);
    const input = { rung: rung ?? 1, ask: this.ask, outcome: this.outcome, stayedS };
    const problem = rung === null ? 'rung' : tryProblem(input);
    this.message = '';
    this.problem = problem === 'ask-missing' ? 'ask' : problem === 'too-long' ? 'long' : problem;
    if (this.problem) {
      await this.updateComplete;
      const field =
        this.problem === 'rung' ? 'input' : this.problem === 'stayed' ? '#minutes' : '#ask';
      this.renderRoot.querySelector<HTMLElement>(field)?.focus();
      return;
    }
    const ids = {
      id: crypto.randomUUID(),
      nowIso: new Date().toISOString(),
      sessionId: this.sessionId,
    };
    const { entry, win } = ladderTry(input, ids, this.editing);
    try {
      await storage.journal.put(entry);
      await storage.wins.put(win);
    } catch {
      this.problem = 'save';
      return;
    }
    const edited = this.editing !== null;
    this.tries = ladderTries([...(this.tries ?? []).filter((t) => t.id !== entry.id), entry]);
    this.stayed = new Map(this.stayed).set(win.id, win.stayedS);
    this.clearForm();
    this.rung = currentRung(this.tries);
    this.message = edited ? LADDER.changed : LADDER.saved;
  };

  private clearForm(): void {
    this.editing = null;
    this.ask = '';
    this.outcome = '';
    this.minutes = '';
    this.problem = null;
  }

  private async startEdit(entry: LadderTry): Promise<void> {
    this.editing = entry;
    this.rung = entry.rung;
    this.ask = entry.ask;
    this.outcome = entry.outcome;
    this.minutes = stayedMinutesText(this.stayed.get(entry.id) ?? null);
    this.problem = null;
    this.message = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#ask')?.focus();
  }

  private async stopEdit(): Promise<void> {
    const id = this.editing?.id;
    this.clearForm();
    this.rung = currentRung(this.tries ?? []);
    await this.updateComplete;
    if (id) this.focusIn(id, '.edit');
  }

  private askDelete(entry: LadderTry): void {
    this.confirming = entry.id;
    this.message = '';
  }

  private async keep(entry: LadderTry): Promise<void> {
    this.confirming = null;
    await this.updateComplete;
    this.focusIn(entry.id, '.delete');
  }

  private async deleteTry(entry: LadderTry): Promise<void> {
    const storage = this.ctx.services?.storage;
    if (!storage) return;
    try {
      await storage.journal.delete(entry.id);
      await storage.wins.delete(entry.id);
    } catch {
      this.problem = 'save';
      return;
    }
    this.confirming = null;
    if (this.editing?.id === entry.id) this.clearForm();
    this.tries = (this.tries ?? []).filter((t) => t.id !== entry.id);
    this.rung = currentRung(this.tries) ?? this.rung;
    this.message = LADDER.deleted;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#ladder-title')?.focus();
  }

  private focusIn(id: string, selector: string): void {
    this.renderRoot
      .querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] ${selector}`)
      ?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'needs-ladder': NeedsLadder;
  }
}
