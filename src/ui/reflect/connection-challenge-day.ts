import { html, nothing } from 'lit';
import { CHALLENGE, challengePrompt, suggestionWords } from '../../core/content/challenge';
import { rungWords } from '../../core/content/ladder';
import type { DaySuggestion } from '../../core/reflect/challenge';
import { LADDER_RUNGS } from '../../core/reflect/ladder';
import { DAY_WENT, MAX_TEXT, type DayWent, type LadderRung } from '../../core/reflect/records';

/** The day being marked (or changed). */
export interface DayFormState {
  readonly day: number;
  readonly suggestion: DaySuggestion;
  readonly editing: boolean;
  /** The rung chosen; null shows the suggested one. */
  readonly rung: LadderRung | null;
  readonly note: string;
  readonly went: DayWent | null;
  readonly tooLong: boolean;
}

/** What the day form calls back with. */
export interface DayFormEvents {
  readonly rung: (rung: LadderRung) => void;
  readonly note: (note: string) => void;
  readonly went: (went: DayWent | null) => void;
  readonly record: (status: 'done' | 'rest') => void;
  readonly cancel: () => void;
}

/** One day: its invitation at the suggested rung, the pace in words, and done or rest. */
export function dayForm(s: DayFormState, on: DayFormEvents) {
  return html`<form
    novalidate
    aria-labelledby="day-title"
    @submit=${(e: Event) => {
      e.preventDefault();
      on.record('done');
    }}
  >
    <h3 id="day-title" tabindex="-1">
      ${s.editing ? CHALLENGE.editTitle(s.day) : CHALLENGE.dayTitle(s.day)}
    </h3>
    <h4>${CHALLENGE.promptLabel}</h4>
    <p class="prompt">${challengePrompt(s.day, s.suggestion.rung)}</p>
    <p class="suggestion">${suggestionWords(s.suggestion)}</p>
    ${rungChoice(s.rung ?? s.suggestion.rung, on.rung)}
    <div class="field">
      <label for="note">${CHALLENGE.noteLabel}</label>
      <textarea
        id="note"
        .value=${s.note}
        aria-invalid=${s.tooLong ? 'true' : 'false'}
        aria-describedby=${s.tooLong ? 'note-error' : nothing}
        @input=${(e: Event) => {
          on.note((e.target as HTMLTextAreaElement).value);
        }}
      ></textarea>
      ${
        s.tooLong
          ? html`<p id="note-error" class="error" role="alert">${CHALLENGE.tooLong(MAX_TEXT)}</p>`
          : nothing
      }
    </div>
    ${wentChoice(s.went, on.went)}
    <div class="actions">
      <button class="primary" type="submit">${CHALLENGE.markDone}</button>
      <button
        type="button"
        @click=${() => {
          on.record('rest');
        }}
      >
        ${CHALLENGE.markRest}
      </button>
      ${
        s.editing
          ? html`<button type="button" @click=${on.cancel}>${CHALLENGE.cancel}</button>`
          : nothing
      }
    </div>
  </form>`;
}

/** The rung used, as radios named "Rung 1: Physical" and so on. */
function rungChoice(chosen: LadderRung | null, choose: (rung: LadderRung) => void) {
  return html`<fieldset>
    <legend>${CHALLENGE.rungLegend}</legend>
    ${LADDER_RUNGS.map(
      (rung) =>
        html`<label class="choice">
          <input
            type="radio"
            name="day-rung"
            .checked=${chosen === rung}
            @change=${() => {
              choose(rung);
            }}
          />
          <span>${rungWords(rung)}</span>
        </label>`,
    )}
  </fieldset>`;
}

/** How the day went: well, mixed, badly, or rather not say (null). */
function wentChoice(went: DayWent | null, choose: (went: DayWent | null) => void) {
  const options: readonly (DayWent | null)[] = [...DAY_WENT, null];
  return html`<fieldset>
    <legend>${CHALLENGE.wentLegend}</legend>
    ${options.map(
      (option) =>
        html`<label class="choice">
          <input
            type="radio"
            name="day-went"
            .checked=${went === option}
            @change=${() => {
              choose(option);
            }}
          />
          <span>${option === null ? CHALLENGE.wentUnsaid : CHALLENGE.wentWords[option]}</span>
        </label>`,
    )}
  </fieldset>`;
}
