import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { validatePattern } from '../../core/breathing/pattern';
import type { Practice } from '../../core/breathing/types';
import { TIMING_WORDS, lengthRangeWords } from '../../core/content/settings';
import type { PracticeTiming } from '../../core/settings/settings';
import { baseStyles, fieldStyles } from '../shared/styles';

/** Practices whose in and out seconds a person may change (the others keep their shape). */
const IN_OUT = new Set<string>(['five-breaths', 'five-minute-pause', 'resonance']);

/** Fired with a checked timing whenever a field commits a valid value. */
export class TimingChangeEvent extends Event {
  constructor(
    readonly practiceId: string,
    readonly timing: PracticeTiming,
  ) {
    super('timing-change', { bubbles: true, composed: true });
  }
}

type Field = 'length' | 'inhaleS' | 'exhaleS';

/**
 * Length (breaths or minutes, within the practice's range) and, where it makes sense, in/out seconds.
 * @fires timing-change - TimingChangeEvent after a valid change.
 */
@customElement('timing-fields')
export class TimingFields extends LitElement {
  static override styles = [
    baseStyles,
    fieldStyles,
    css`
      fieldset {
        border: 1px solid var(--line, #2c3658);
        border-radius: 1rem;
        padding: 0.75rem 1rem 1rem;
        margin: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
      }
      legend {
        padding: 0 0.25rem;
        font-weight: 600;
      }
      input {
        width: 7rem;
      }
      .error {
        flex-basis: 100%;
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) practice: Practice | null = null;
  @property({ attribute: false }) timing: PracticeTiming | null = null;

  @state() private errors: Partial<Record<Field, string>> = {};

  protected override render() {
    const practice = this.practice;
    if (!practice) return nothing;
    const { unit, count } = practice.length;
    const { min, max } = practice.lengthRange;
    const length = this.timing?.[unit] ?? count;
    const pattern = { ...practice.pattern, ...this.timing?.pattern };
    return html`<fieldset>
      <legend>${practice.name}</legend>
      ${this.input(
        'length',
        unit === 'breaths' ? TIMING_WORDS.breaths : TIMING_WORDS.minutes,
        length,
        min,
        max,
        1,
      )}
      ${
        IN_OUT.has(practice.id)
          ? html`${this.input('inhaleS', TIMING_WORDS.inhaleS, pattern.inhaleS, 1, 60, 0.5)}
            ${this.input('exhaleS', TIMING_WORDS.exhaleS, pattern.exhaleS, 1, 60, 0.5)}`
          : nothing
      }
      ${Object.entries(this.errors).map(
        ([key, message]) => html`<p class="error" id="${key}-error">${message}</p>`,
      )}
    </fieldset>`;
  }

  private input(key: Field, label: string, value: number, min: number, max: number, step: number) {
    const error = this.errors[key];
    return html`<div>
      <label for=${key}>${label}</label>
      <input
        id=${key}
        type="number"
        inputmode="decimal"
        min=${min}
        max=${max}
        step=${step}
        .value=${String(value)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(error ? `${key}-error` : undefined)}
        @change=${this.commit}
      />
    </div>`;
  }

  private readonly commit = () => {
    const practice = this.practice;
    if (!practice) return;
    const read = (key: Field) => {
      const input = this.renderRoot.querySelector<HTMLInputElement>(`#${key}`);
      return input ? Number(input.value) : undefined;
    };
    const errors: Partial<Record<Field, string>> = {};
    const { unit } = practice.length;
    const { min, max } = practice.lengthRange;
    const length = read('length');
    const whole = unit === 'breaths';
    if (
      length === undefined ||
      !Number.isFinite(length) ||
      length < min ||
      length > max ||
      (whole && !Number.isInteger(length))
    ) {
      errors.length = lengthRangeWords(whole, min, max);
    }
    const timing: { breaths?: number; minutes?: number; pattern?: PracticeTiming['pattern'] } = {};
    if (!errors.length && length !== undefined) timing[unit] = length;
    if (IN_OUT.has(practice.id)) {
      const seconds = { inhaleS: read('inhaleS') ?? NaN, exhaleS: read('exhaleS') ?? NaN };
      for (const key of ['inhaleS', 'exhaleS'] as const) {
        try {
          validatePattern({ ...practice.pattern, [key]: seconds[key] });
        } catch (error) {
          errors[key] = (error as Error).message;
        }
      }
      if (!errors.inhaleS && !errors.exhaleS) timing.pattern = seconds;
    }
    this.errors = errors;
    if (Object.keys(errors).length === 0) {
      this.dispatchEvent(new TimingChangeEvent(practice.id, timing));
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'timing-fields': TimingFields;
  }
  interface HTMLElementEventMap {
    'timing-change': TimingChangeEvent;
  }
}
