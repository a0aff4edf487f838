import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CHALLENGE } from '../../core/content/challenge';
import {
  dayEntry,
  isFinished,
  nextDay,
  startRun,
  suggestRung,
  withDay,
  withoutDay,
} from '../../core/reflect/challenge';
import {
  MAX_TEXT,
  type ChallengeProgress,
  type DayWent,
  type LadderRung,
} from '../../core/reflect/records';
import { dayForm } from './connection-challenge-day';
import {
  challengeStyles,
  doseTracker,
  earlierRuns,
  whenItGoesBadly,
} from './connection-challenge-parts';
import { ServicesController } from '../shared/services-controller';
import { smallStepsStyles } from './small-steps-styles';
import { confirmRowStyles } from '../shared/confirm-row';
import { baseStyles } from '../shared/styles';

/**
 * The seven-day connection challenge: a small prompt a day at a gentle rung, each day done (rung,
 * note, how it went) or rested, the dose tracker, the "when it goes badly" path, and any number of
 * runs (the newest is shown; an earlier one can be continued).
 */
@customElement('connection-challenge')
export class ConnectionChallenge extends LitElement {
  static override styles = [baseStyles, smallStepsStyles, challengeStyles, confirmRowStyles];

  /** The practice this follows (runs are not linked to practices; kept for the Reflect view). */
  @property({ attribute: false }) sessionId: string | null = null;

  private readonly ctx = new ServicesController(this, () => void this.load());
  @state() private runs: readonly ChallengeProgress[] | null = null;
  @state() private shownId: string | null = null;
  @state() private editingDay: number | null = null;
  @state() private rung: LadderRung | null = null;
  @state() private note = '';
  @state() private went: DayWent | null = null;
  @state() private confirmingDay: number | null = null;
  @state() private confirmingRun: string | null = null;
  @state() private message = '';
  @state() private problem: 'long' | 'save' | null = null;

  private get shown(): ChallengeProgress | null {
    const runs = this.runs ?? [];
    return runs.find((r) => r.id === this.shownId) ?? runs[0] ?? null;
  }

  protected override render() {
    const run = this.shown;
    return html`<section aria-labelledby="challenge-title">
      <h2 id="challenge-title" tabindex="-1">${CHALLENGE.title}</h2>
      <p>${CHALLENGE.intro}</p>
      ${this.runs === null ? nothing : run ? this.renderToday(run) : this.startButton(CHALLENGE.start)}
      <p role="status">${this.message}</p>
      ${run ? this.renderPace(run) : nothing}
      ${this.problem === 'save' ? html`<p class="error" role="alert">${CHALLENGE.failed}</p>` : nothing}
      ${whenItGoesBadly()}
      ${earlierRuns(
        (this.runs ?? []).filter((r) => r !== run),
        {
          confirming: this.confirmingRun,
          show: (r) => void this.showRun(r),
          ask: (r) => {
            this.confirm('run', r.id);
          },
          confirm: (r) => void this.deleteRun(r),
          keep: (r) => void this.keep(`li[data-run="${CSS.escape(r.id)}"] .delete`),
        },
      )}
    </section>`;
  }

  private renderToday(run: ChallengeProgress) {
    const day = this.editingDay ?? nextDay(run);
    if (day === null) return html`<p class="finished">${CHALLENGE.finished}</p>`;
    return this.renderDay(run, day);
  }

  private renderPace(run: ChallengeProgress) {
    return html`<h3>${CHALLENGE.paceTitle}</h3>
      ${doseTracker(run, {
        confirming: this.confirmingDay,
        change: (d) => void this.editDay(run, d),
        ask: (d) => {
          this.confirm('day', d);
        },
        confirm: (d) => void this.save(withoutDay(run, d), CHALLENGE.cleared),
        keep: (d) => void this.keep(`li[data-day="${String(d)}"] .clear`),
      })}
      <div class="actions">${this.startButton(CHALLENGE.startAgain)}</div>`;
  }

  private renderDay(run: ChallengeProgress, day: number) {
    return dayForm(
      {
        day,
        suggestion: suggestRung(run, day),
        editing: this.editingDay !== null,
        rung: this.rung,
        note: this.note,
        went: this.went,
        tooLong: this.problem === 'long',
      },
      {
        rung: (rung) => {
          this.rung = rung;
        },
        note: (note) => {
          this.note = note;
        },
        went: (went) => {
          this.went = went;
        },
        record: (status) => void this.record(run, day, status),
        cancel: () => void this.stopEdit(day),
      },
    );
  }

  private startButton(label: string) {
    return html`<button class="start" @click=${() => void this.start()}>${label}</button>`;
  }

  private async load(): Promise<void> {
    this.runs = (await this.ctx.services?.storage.challenges.list()) ?? [];
  }

  private async start(): Promise<void> {
    const run = startRun(crypto.randomUUID(), new Date().toISOString());
    if (await this.save(run, CHALLENGE.startedAgain)) this.shownId = run.id;
  }

  private async record(run: ChallengeProgress, day: number, status: 'done' | 'rest') {
    if (this.note.length > MAX_TEXT) {
      this.problem = 'long';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#note')?.focus();
      return;
    }
    const rung = status === 'done' ? (this.rung ?? suggestRung(run, day).rung) : null;
    const entry = dayEntry({ day, status, rung, note: this.note, went: this.went }, new Date());
    const said =
      this.editingDay !== null
        ? CHALLENGE.changed
        : status === 'done'
          ? CHALLENGE.savedDone
          : CHALLENGE.savedRest;
    await this.save(withDay(run, entry), said);
  }

  /** Stores `run`, shows it, clears the form; false (and a message) when it could not be kept. */
  private async save(run: ChallengeProgress, said: string): Promise<boolean> {
    const store = this.ctx.services?.storage.challenges;
    if (!store) return false;
    try {
      await store.put(run);
    } catch {
      this.problem = 'save';
      return false;
    }
    const others = (this.runs ?? []).filter((r) => r.id !== run.id);
    this.runs = [run, ...others].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    this.shownId = run.id;
    this.resetForm();
    this.message = said;
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(isFinished(run) ? '#challenge-title' : '#day-title')
      ?.focus();
    return true;
  }

  private resetForm(): void {
    this.editingDay = null;
    this.rung = null;
    this.note = '';
    this.went = null;
    this.problem = null;
    this.confirmingDay = null;
    this.confirmingRun = null;
  }

  private async editDay(run: ChallengeProgress, day: number): Promise<void> {
    const entry = run.days.find((d) => d.day === day);
    this.resetForm();
    this.editingDay = day;
    this.rung = entry?.rung ?? null;
    this.note = entry?.note ?? '';
    this.went = entry?.went ?? null;
    this.message = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#day-title')?.focus();
  }

  private async stopEdit(day: number): Promise<void> {
    this.resetForm();
    await this.keep(`li[data-day="${String(day)}"] .change`);
  }

  private confirm(kind: 'day' | 'run', key: number | string): void {
    this.confirmingDay = kind === 'day' ? (key as number) : null;
    this.confirmingRun = kind === 'run' ? (key as string) : null;
    this.message = '';
  }

  private async keep(selector: string): Promise<void> {
    this.confirmingDay = null;
    this.confirmingRun = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async showRun(run: ChallengeProgress): Promise<void> {
    this.resetForm();
    this.shownId = run.id;
    this.message = '';
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(isFinished(run) ? '#challenge-title' : '#day-title')
      ?.focus();
  }

  private async deleteRun(run: ChallengeProgress): Promise<void> {
    try {
      await this.ctx.services?.storage.challenges.delete(run.id);
    } catch {
      this.problem = 'save';
      return;
    }
    this.runs = (this.runs ?? []).filter((r) => r.id !== run.id);
    this.resetForm();
    this.message = CHALLENGE.deletedRun;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#challenge-title')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connection-challenge': ConnectionChallenge;
  }
}
