import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { BODY_PLACES, orderBodyPlaces, type BodyPlace } from '../../core/reflect/body-places';
import { PRACTICE_WORDS, bodyPlaceLabel } from '../../core/content/practice';
import { baseStyles } from '../shared/styles';

/** Fired with the whole new choice each time a chip is toggled. */
export class BodyPlacesChangeEvent extends Event {
  constructor(readonly places: readonly BodyPlace[]) {
    super('body-places-change', { bubbles: true, composed: true });
  }
}

/**
 * Optional toggle chips for where the urge sits in the body; any number may be pressed.
 * It only reports choices: the page decides what to keep.
 * @fires body-places-change - BodyPlacesChangeEvent with the places now chosen, in BODY_PLACES order.
 */
@customElement('body-place-chips')
export class BodyPlaceChips extends LitElement {
  static override styles = [
    baseStyles,
    css`
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        min-width: 0;
      }
      legend {
        padding: 0;
        margin: 0 auto 0.75rem;
        text-align: center;
        color: var(--muted, #b9bdd2);
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        justify-content: center;
      }
      button {
        min-height: 3.5rem;
        min-width: 7rem;
        font-size: 1.125rem;
      }
      button[aria-pressed='true'] {
        background: var(--accent, #f2b880);
        color: var(--on-accent, #1b1423);
        font-weight: 600;
      }
      button[aria-pressed='true']::before {
        content: '✓' / '';
      }
    `,
  ];

  /** The places shown as pressed; a tap updates it before firing. */
  @property({ attribute: false }) selected: readonly BodyPlace[] = [];

  protected override render() {
    return html`<fieldset>
      <legend>${PRACTICE_WORDS.whereFelt}</legend>
      <div class="chips">
        ${BODY_PLACES.map(
          (place) =>
            html`<button
              type="button"
              aria-pressed=${this.selected.includes(place) ? 'true' : 'false'}
              @click=${() => {
                this.toggle(place);
              }}
            >
              ${bodyPlaceLabel(place)}
            </button>`,
        )}
      </div>
    </fieldset>`;
  }

  private toggle(place: BodyPlace): void {
    // Flipped here first, as a native checkbox does, so a second tap before the page re-renders
    // starts from this one.
    this.selected = this.selected.includes(place)
      ? this.selected.filter((p) => p !== place)
      : orderBodyPlaces([...this.selected, place]);
    this.dispatchEvent(new BodyPlacesChangeEvent(this.selected));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'body-place-chips': BodyPlaceChips;
  }
  interface HTMLElementEventMap {
    'body-places-change': BodyPlacesChangeEvent;
  }
}
