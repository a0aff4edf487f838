import { html, nothing } from 'lit';
import { LADDER } from '../../core/content/ladder';
import { MAX_TEXT } from '../../core/reflect/records';

/** What is wrong with the try being written, if anything. */
export type TryProblem = 'rung' | 'ask' | 'stayed' | 'long' | 'save' | null;

/** The try being written or changed. */
export interface TryFormState {
  readonly editing: boolean;
  readonly ask: string;
  readonly outcome: string;
  readonly minutes: string;
  readonly problem: TryProblem;
}

/** What the form calls back with. */
export interface TryFormEvents {
  input(name: 'ask' | 'outcome' | 'minutes', value: string): void;
  readonly submit: (event: Event) => void;
  readonly cancel: () => void;
}

/** The form for one try: what was asked, how it went, how long the person stayed; errors named. */
export function tryForm(s: TryFormState, on: TryFormEvents) {
  const p = s.problem;
  const error = (id: string, text: string) =>
    html`<p id=${id} class="error" role="alert">${text}</p>`;
  return html`<form novalidate @submit=${on.submit} aria-labelledby="form-title">
    <h3 id="form-title" tabindex="-1">${s.editing ? LADDER.editTitle : LADDER.tryTitle}</h3>
    <div class="field">
      <label for="ask">${LADDER.askLabel}</label>
      <textarea
        id="ask"
        .value=${s.ask}
        aria-invalid=${p === 'ask' ? 'true' : 'false'}
        aria-describedby=${p === 'ask' ? 'ask-error' : nothing}
        @input=${(e: Event) => {
          on.input('ask', (e.target as HTMLTextAreaElement).value);
        }}
      ></textarea>
      ${p === 'ask' ? error('ask-error', LADDER.askMissing) : nothing}
    </div>
    <div class="field">
      <label for="outcome">${LADDER.outcomeLabel}</label>
      <textarea
        id="outcome"
        .value=${s.outcome}
        @input=${(e: Event) => {
          on.input('outcome', (e.target as HTMLTextAreaElement).value);
        }}
      ></textarea>
    </div>
    <div class="field">
      <label for="minutes">${LADDER.stayedLabel}</label>
      <input
        id="minutes"
        type="text"
        inputmode="decimal"
        autocomplete="off"
        .value=${s.minutes}
        aria-invalid=${p === 'stayed' ? 'true' : 'false'}
        aria-describedby=${p === 'stayed' ? 'minutes-error' : nothing}
        @input=${(e: Event) => {
          on.input('minutes', (e.target as HTMLInputElement).value);
        }}
      />
      ${p === 'stayed' ? error('minutes-error', LADDER.stayedInvalid) : nothing}
    </div>
    ${p === 'long' ? error('long-error', LADDER.tooLong(MAX_TEXT)) : nothing}
    ${p === 'save' ? error('save-error', LADDER.saveFailed) : nothing}
    ${p === 'rung' ? error('rung-error', LADDER.rungMissing) : nothing}
    <div class="actions">
      <button class="primary" type="submit">${s.editing ? LADDER.saveChanges : LADDER.save}</button>
      ${
        s.editing
          ? html`<button type="button" @click=${on.cancel}>${LADDER.cancel}</button>`
          : nothing
      }
    </div>
  </form>`;
}
