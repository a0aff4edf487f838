import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FIELD_WORDS, percentWords } from '../../core/content/reflect';
import { rungWords } from '../../core/content/ladder';
import { capacityPercent, type JournalFields } from '../../core/reflect/journal';
import type { JournalKind, LadderRung } from '../../core/reflect/records';

/** A change to one or more fields of the entry being written. */
export type FieldChange = Readonly<Record<string, string | number>>;

const RUNGS: readonly LadderRung[] = [1, 2, 3, 4];

/** An empty entry of `kind`; a capacity note starts in the middle. */
export function blankFields(kind: JournalKind): JournalFields {
  switch (kind) {
    case 'three-column':
      return { kind, happened: '', felt: '', true: '' };
    case 'capacity':
      return { kind, percent: 50, note: '' };
    case 'ladder':
      return { kind, rung: 1, ask: '', outcome: '' };
    case 'evening':
    case 'note':
      return { kind, text: '' };
  }
}

/**
 * The boxes for `fields`: each labelled, with its hint, and with `overMessage(text)` under it
 * (and marked invalid) when the text is longer than Stay keeps.
 */
export function fieldsTemplate(
  fields: JournalFields,
  onChange: (change: FieldChange) => void,
  overMessage: (text: string) => string,
) {
  const box = (name: string, label: string, value: string, hint = '') => {
    const error = overMessage(value);
    const described = [hint ? `${name}-hint` : '', error ? `${name}-error` : '']
      .filter((id) => id !== '')
      .join(' ');
    return html`<div class="field">
      <label for=${name}>${label}</label>
      ${hint ? html`<span class="hint" id="${name}-hint">${hint}</span>` : nothing}
      <textarea
        id=${name}
        name=${name}
        .value=${value}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(described || undefined)}
        @input=${(e: Event) => {
          onChange({ [name]: (e.target as HTMLTextAreaElement).value });
        }}
      ></textarea>
      ${error ? html`<p class="field-error" id="${name}-error">${error}</p>` : nothing}
    </div>`;
  };

  switch (fields.kind) {
    case 'three-column':
      return html`${box('happened', FIELD_WORDS.happened, fields.happened, FIELD_WORDS.happenedHint)}
      ${box('felt', FIELD_WORDS.felt, fields.felt, FIELD_WORDS.feltHint)}
      ${box('true', FIELD_WORDS.true, fields.true, FIELD_WORDS.trueHint)}`;
    case 'capacity':
      return html`${capacityTemplate(fields.percent, onChange)}
      ${box('note', FIELD_WORDS.capacityNote, fields.note)}`;
    case 'ladder':
      return html`<fieldset>
          <legend>${FIELD_WORDS.rung}</legend>
          ${RUNGS.map(
            (rung) =>
              html`<label class="rung"
                ><input
                  type="radio"
                  name="rung"
                  .checked=${fields.rung === rung}
                  @change=${() => {
                    onChange({ rung });
                  }}
                />${rungWords(rung)}</label
              >`,
          )}
        </fieldset>
        ${box('ask', FIELD_WORDS.ask, fields.ask)}
        ${box('outcome', FIELD_WORDS.outcome, fields.outcome)}`;
    case 'evening':
      return box('text', FIELD_WORDS.evening, fields.text);
    case 'note':
      return box('text', FIELD_WORDS.note, fields.text);
  }
}

/** The 0–100 slider with its value shown beside it and spoken as "40 %". */
function capacityTemplate(percent: number, onChange: (change: FieldChange) => void) {
  return html`<div class="field">
    <label for="percent">${FIELD_WORDS.capacity}</label>
    <div class="range">
      <input
        id="percent"
        name="percent"
        type="range"
        min="0"
        max="100"
        step="1"
        .value=${String(percent)}
        aria-valuetext=${percentWords(percent)}
        @input=${(e: Event) => {
          onChange({ percent: capacityPercent(Number((e.target as HTMLInputElement).value)) });
        }}
      />
      <output for="percent" aria-hidden="true">${percentWords(percent)}</output>
    </div>
  </div>`;
}
