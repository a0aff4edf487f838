import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { LADDER, RUNGS, rungWords } from '../../core/content/ladder';
import { stayedWords } from '../../core/content/wins';
import { LADDER_RUNGS, type LadderTry } from '../../core/reflect/ladder';
import type { LadderRung } from '../../core/reflect/records';
import { dateTimeWords } from '../../core/content/sessions';
import '../shared/confirm-row';

/** The four rungs as one radio group, each with what it holds and a few example asks. */
export function rungPicker(
  chosen: LadderRung | null,
  choose: (rung: LadderRung) => void,
  idPrefix = 'rung',
) {
  return html`<fieldset>
    <legend>${LADDER.rungsLegend}</legend>
    ${LADDER_RUNGS.map(
      (rung) =>
        html`<div class="rung">
          <label class="choice">
            <input
              type="radio"
              name=${idPrefix}
              .value=${String(rung)}
              .checked=${chosen === rung}
              aria-describedby=${`${idPrefix}-${String(rung)}-about`}
              @change=${() => {
                choose(rung);
              }}
            />
            <span>${rungWords(rung)}</span>
          </label>
          <div class="examples" id=${`${idPrefix}-${String(rung)}-about`}>
            <p>${RUNGS[rung].about}</p>
            <ul aria-label=${LADDER.examplesLabel}>
              ${RUNGS[rung].examples.map((e) => html`<li>${e}</li>`)}
            </ul>
          </div>
        </div>`,
    )}
  </fieldset>`;
}

/** What the tries list calls back with. */
export interface TryActions {
  readonly confirming: string | null;
  edit(entry: LadderTry): void;
  ask(entry: LadderTry): void;
  confirm(entry: LadderTry): void;
  keep(entry: LadderTry): void;
}

/** Every try, newest first, each with Change and Delete (after an inline confirmation). */
export function triesList(
  tries: readonly LadderTry[],
  stayedS: (id: string) => number | null,
  actions: TryActions,
) {
  if (tries.length === 0) return html`<p class="muted empty">${LADDER.noTries}</p>`;
  return html`<ul class="tries" aria-label=${LADDER.triesTitle}>
    ${repeat(
      tries,
      (t) => t.id,
      (t) => {
        const stayed = stayedWords(stayedS(t.id));
        return html`<li class="item" data-id=${t.id}>
          <h4>${rungWords(t.rung)}</h4>
          <p class="muted"><time datetime=${t.createdAt}>${dateTimeWords(t.createdAt)}</time></p>
          <p class="text ask">${t.ask}</p>
          ${t.outcome ? html`<p class="text outcome">${t.outcome}</p>` : nothing}
          ${stayed ? html`<p class="stayed">${stayed}</p>` : nothing}
          ${
            actions.confirming === t.id
              ? html`<confirm-row
                  .question=${LADDER.confirmDelete}
                  .yes=${LADDER.confirmYes}
                  .no=${LADDER.confirmNo}
                  @confirm-yes=${() => {
                    actions.confirm(t);
                  }}
                  @confirm-no=${() => {
                    actions.keep(t);
                  }}
                ></confirm-row>`
              : html`<div class="actions">
                  <button
                    class="edit"
                    aria-label=${LADDER.editLabel(t.ask)}
                    @click=${() => {
                      actions.edit(t);
                    }}
                  >
                    ${LADDER.edit}
                  </button>
                  <button
                    class="delete"
                    aria-label=${LADDER.deleteLabel(t.ask)}
                    @click=${() => {
                      actions.ask(t);
                    }}
                  >
                    ${LADDER.delete}
                  </button>
                </div>`
          }
        </li>`;
      },
    )}
  </ul>`;
}
