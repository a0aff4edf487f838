import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cleanPatternName, type CustomPattern } from '../../core/breathing/custom';
import { validatePattern } from '../../core/breathing/pattern';
import type { Pattern } from '../../core/breathing/types';
import { PATTERN_FORM_WORDS, minutesRangeWords } from '../../core/content/settings';
import { MAX_CUSTOM_MINUTES } from '../../core/settings/sanitize';
import { baseStyles, fieldStyles } from '../shared/styles';

/** A pattern the form has checked: the name cleaned, every phase breathable. */
export interface PatternDraft {
  readonly name: string;
  readonly pattern: Pattern;
  readonly minutes: number;
}

type Field = 'name' | 'inhaleS' | 'holdInS' | 'exhaleS' | 'holdOutS' | 'minutes';
const SECONDS: readonly { key: Exclude<Field, 'name' | 'minutes'>; label: string }[] = (
  ['inhaleS', 'holdInS', 'exhaleS', 'holdOutS'] as const
).map((key) => ({ key, label: PATTERN_FORM_WORDS.seconds[key] }));
const BREATHABLE: Pattern = { inhaleS: 4, topUpS: 0, holdInS: 0, exhaleS: 4, holdOutS: 0 };

/** Fired with a checked pattern when the form is submitted without errors. */
export class PatternSubmitEvent extends Event {
  constructor(readonly draft: PatternDraft) {
    super('pattern-submit', { bubbles: true, composed: true });
  }
}

/**
 * Create or edit a custom pattern; each error is shown beside its field and nothing is sent until all pass.
 * @fires pattern-submit - PatternSubmitEvent with the checked pattern.
 * @fires pattern-cancel - The person closed the form.
 */
@customElement('pattern-form')
export class PatternForm extends LitElement {
  static override styles = [
    baseStyles,
    fieldStyles,
    css`
      form {
        display: grid;
        gap: 1rem;
        padding: 1rem;
        border-radius: 1rem;
        background: var(--surface, #1a2240);
      }
      input {
        width: 100%;
        max-width: 16rem;
      }
      .error {
        margin: 0.25rem 0 0;
      }
      .actions {
        display: flex;
        gap: 0.75rem;
        flex-wrap: wrap;
      }
    `,
  ];

  /** The pattern being edited; null to create a new one. */
  @property({ attribute: false }) initial: CustomPattern | null = null;

  @state() private errors: Partial<Record<Field, string>> = {};

  protected override render() {
    const p = this.initial?.pattern ?? { ...BREATHABLE, exhaleS: 6 };
    return html`<form novalidate @submit=${this.submit}>
      ${this.field('name', PATTERN_FORM_WORDS.name, 'text', this.initial?.name ?? '')}
      ${SECONDS.map(({ key, label }) => this.field(key, label, 'number', String(p[key])))}
      ${this.field(
        'minutes',
        PATTERN_FORM_WORDS.minutes,
        'number',
        String(this.initial?.minutes ?? 3),
      )}
      <div class="actions">
        <button class="primary" type="submit">
          ${this.initial ? PATTERN_FORM_WORDS.saveChanges : PATTERN_FORM_WORDS.savePattern}
        </button>
        <button type="button" @click=${this.cancel}>${PATTERN_FORM_WORDS.cancel}</button>
      </div>
    </form>`;
  }

  private field(key: Field, label: string, type: 'text' | 'number', value: string) {
    const error = this.errors[key];
    const describedBy = error ? `${key}-error` : undefined;
    return html`<div>
      <label for=${key}>${label}</label>
      ${
        type === 'number'
          ? html`<input
              id=${key}
              name=${key}
              type="number"
              inputmode="decimal"
              step="0.1"
              .value=${value}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${ifDefined(describedBy)}
            />`
          : html`<input
              id=${key}
              name=${key}
              type="text"
              autocomplete="off"
              .value=${value}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${ifDefined(describedBy)}
            />`
      }
      ${error ? html`<p class="error" id="${key}-error">${error}</p>` : nothing}
    </div>`;
  }

  private readonly submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (key: Field) => {
      const value = data.get(key);
      return typeof value === 'string' ? value : '';
    };
    const { draft, errors } = checkDraft(text);
    this.errors = errors;
    if (draft) {
      this.dispatchEvent(new PatternSubmitEvent(draft));
      return;
    }
    const first = Object.keys(errors)[0];
    if (first)
      void this.updateComplete.then(() => form.querySelector<HTMLElement>(`#${first}`)?.focus());
  };

  private readonly cancel = () => {
    this.dispatchEvent(new Event('pattern-cancel', { bubbles: true, composed: true }));
  };
}

/** Checks the form's text fields; returns the draft, or an error per field. */
export function checkDraft(text: (key: Field) => string): {
  draft: PatternDraft | null;
  errors: Partial<Record<Field, string>>;
} {
  const errors: Partial<Record<Field, string>> = {};
  let name = '';
  try {
    name = cleanPatternName(text('name'));
  } catch (error) {
    errors.name = (error as Error).message;
  }
  const pattern: { -readonly [K in keyof Pattern]: number } = { ...BREATHABLE };
  for (const { key } of SECONDS) {
    const raw = text(key).trim();
    const value = raw === '' ? NaN : Number(raw);
    if (!Number.isFinite(value)) errors[key] = PATTERN_FORM_WORDS.notANumber;
    else pattern[key] = value;
  }
  for (const { key } of SECONDS) {
    if (errors[key]) continue;
    // Checked one phase at a time so each message sits beside the field it is about.
    try {
      validatePattern({ ...BREATHABLE, [key]: pattern[key] });
    } catch (error) {
      errors[key] = (error as Error).message;
    }
  }
  const minutes = Number(text('minutes'));
  if (!Number.isFinite(minutes) || minutes < 1 || minutes > MAX_CUSTOM_MINUTES) {
    errors.minutes = minutesRangeWords(MAX_CUSTOM_MINUTES);
  }
  if (Object.keys(errors).length > 0) return { draft: null, errors };
  return { draft: { name, pattern: validatePattern(pattern), minutes }, errors };
}

declare global {
  interface HTMLElementTagNameMap {
    'pattern-form': PatternForm;
  }
  interface HTMLElementEventMap {
    'pattern-submit': PatternSubmitEvent;
  }
}
