import { css, html, nothing } from 'lit';
import { CHALLENGE, doseDayWords } from '../../core/content/challenge';
import { doseTrack, isFinished } from '../../core/reflect/challenge';
import type { ChallengeProgress } from '../../core/reflect/records';
import { dateTimeWords } from '../../core/content/sessions';
import '../shared/confirm-row';

/** "When it goes badly": a few kind words and three ways to look after yourself. */
export function whenItGoesBadly() {
  return html`<section class="bad" aria-labelledby="bad-title">
    <h3 id="bad-title">${CHALLENGE.badTitle}</h3>
    <p>${CHALLENGE.badText}</p>
    <ul class="links">
      <li><a href="/reflect/capacity">${CHALLENGE.badCapacity}</a></li>
      <li><a href="/reflect/three-column">${CHALLENGE.badThreeColumn}</a></li>
      <li><a href="/practice/hum-reset">${CHALLENGE.badHum}</a></li>
    </ul>
  </section>`;
}

/** What the day list calls back with. */
export interface DayActions {
  /** The day whose Clear asks for a confirmation, if any. */
  readonly confirming: number | null;
  change(day: number): void;
  ask(day: number): void;
  confirm(day: number): void;
  keep(day: number): void;
}

/** The dose tracker: seven columns as tall as the rung taken, with each day in words and its note. */
export function doseTracker(run: ChallengeProgress, actions: DayActions) {
  const track = doseTrack(run);
  return html`<p>${CHALLENGE.paceIntro}</p>
    <div class="chart" aria-hidden="true">
      ${track.map(
        (d) =>
          html`<span class="column ${d.status}">
            <span class="bar rung-${d.rung ?? 0}"></span>
            <span class="label">${d.day}</span>
          </span>`,
      )}
    </div>
    <ol class="dose">
      ${track.map((d) => {
        const note = run.days.find((x) => x.day === d.day)?.note ?? '';
        return html`<li class="day ${d.status}" data-day=${d.day}>
          <span class="words">${doseDayWords(d)}</span>
          ${note ? html`<span class="text note">${note}</span>` : nothing}
          ${d.status === 'open' ? nothing : dayButtons(d.day, actions)}
        </li>`;
      })}
    </ol>`;
}

function dayButtons(day: number, actions: DayActions) {
  if (actions.confirming === day) {
    return html`<confirm-row
      .question=${CHALLENGE.confirmClear}
      .yes=${CHALLENGE.confirmYes}
      .no=${CHALLENGE.confirmNo}
      @confirm-yes=${() => {
        actions.confirm(day);
      }}
      @confirm-no=${() => {
        actions.keep(day);
      }}
    ></confirm-row>`;
  }
  return html`<div class="actions">
    <button
      class="change"
      aria-label=${CHALLENGE.changeLabel(day)}
      @click=${() => {
        actions.change(day);
      }}
    >
      ${CHALLENGE.change}
    </button>
    <button
      class="clear"
      aria-label=${CHALLENGE.clearLabel(day)}
      @click=${() => {
        actions.ask(day);
      }}
    >
      ${CHALLENGE.clear}
    </button>
  </div>`;
}

/** What the earlier-runs list calls back with. */
export interface RunActions {
  readonly confirming: string | null;
  show(run: ChallengeProgress): void;
  ask(run: ChallengeProgress): void;
  confirm(run: ChallengeProgress): void;
  keep(run: ChallengeProgress): void;
}

/** The runs other than the one shown: when each started, its days, Continue and Delete. */
export function earlierRuns(runs: readonly ChallengeProgress[], actions: RunActions) {
  if (runs.length === 0) return nothing;
  return html`<h3>${CHALLENGE.earlierTitle}</h3>
    <ul class="runs">
      ${runs.map((run) => {
        const date = dateTimeWords(run.startedAt);
        const done = run.days.filter((d) => d.status === 'done').length;
        const rested = run.days.filter((d) => d.status === 'rest').length;
        const finished = isFinished(run);
        return html`<li class="item" data-run=${run.id}>
          <p>${CHALLENGE.runWords(date, done, rested)}</p>
          ${
            actions.confirming === run.id
              ? html`<confirm-row
                  .questionId=${'confirm-run-text'}
                  .question=${CHALLENGE.confirmDeleteRun}
                  .yes=${CHALLENGE.confirmDeleteYes}
                  .no=${CHALLENGE.confirmNo}
                  @confirm-yes=${() => {
                    actions.confirm(run);
                  }}
                  @confirm-no=${() => {
                    actions.keep(run);
                  }}
                ></confirm-row>`
              : html`<div class="actions">
                  <button
                    class="continue"
                    aria-label=${finished ? CHALLENGE.openLabel(date) : CHALLENGE.continueLabel(date)}
                    @click=${() => {
                      actions.show(run);
                    }}
                  >
                    ${finished ? CHALLENGE.openRun : CHALLENGE.continueRun}
                  </button>
                  <button
                    class="delete"
                    aria-label=${CHALLENGE.deleteRunLabel(date)}
                    @click=${() => {
                      actions.ask(run);
                    }}
                  >
                    ${CHALLENGE.deleteRun}
                  </button>
                </div>`
          }
        </li>`;
      })}
    </ul>`;
}

/** The dose tracker's columns: heights by rung, so the shape of the week shows at a glance. */
export const challengeStyles = css`
  .chart {
    display: flex;
    align-items: flex-end;
    gap: 0.5rem;
    height: 5rem;
    margin: 0 0 1rem;
  }
  .column {
    flex: 1;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25rem;
    height: 100%;
    color: var(--muted, #b9bdd2);
    font-size: 0.85rem;
  }
  .bar {
    width: 100%;
    max-width: 2.5rem;
    border-radius: 0.25rem 0.25rem 0 0;
    background: var(--accent, #f2b880);
  }
  .bar.rung-0 {
    height: 0.25rem;
    background: var(--line-strong, #8a93b8);
  }
  .rest .bar.rung-0 {
    height: 0.5rem;
    background: transparent;
    border: 2px dashed var(--line-strong, #8a93b8);
    border-bottom: none;
  }
  .bar.rung-1 {
    height: 0.9rem;
  }
  .bar.rung-2 {
    height: 1.8rem;
  }
  .bar.rung-3 {
    height: 2.7rem;
  }
  .bar.rung-4 {
    height: 3.6rem;
  }
  .dose {
    gap: 0;
  }
  .dose .day {
    display: block;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--line, #2a3358);
  }
  .dose .note {
    display: block;
  }
  .prompt {
    font-size: 1.1rem;
  }
  .links {
    display: block;
  }
  .links li {
    margin: 0.5rem 0;
  }
`;
