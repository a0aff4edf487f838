import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CoachStatus } from '../../app/practice/coach';
import type { HeartLive } from '../../app/heart/heart-monitor';
import type { HumLive } from '../../app/hum/hum-monitor';
import type { UrgeRating } from '../../core/session/record';
import type { PhaseCue, PhaseState, SessionPlan } from '../../core/breathing/types';
import type { BodyPlace } from '../../core/reflect/body-places';
import './body-place-chips';
import './breath-orb';
import '../hum/hum-meter';
import { RUNNING_WORDS, breathOfWords } from '../../core/content/practice';
import { phaseWord } from '../../core/content/practice';
import '../heart/strap-chip';
import { baseStyles } from '../shared/styles';
import '../heart/urge-meter';
import './urge-rating';

/**
 * A practice while it runs: the orb and phase word, the breath count, Pause/Resume and Stop, the live
 * heart block when a strap is chosen, what Stay hears of a hum, and the optional rating row and body-place chips. It only shows
 * and reports: the page drives the coach and keeps the record. Phase changes are announced by the page.
 * @fires pause-practice - The person asked to pause.
 * @fires resume-practice - The person asked to carry on after a pause.
 * @fires stop-practice - The person asked to stop.
 * @fires urge-rate - From the 0–10 row, the urge rated during the first phase (null for Skip).
 * @fires body-places-change - From the chips while settling, the places now chosen.
 */
@customElement('practice-running')
export class PracticeRunning extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .stage {
        display: grid;
        justify-items: center;
        gap: 1.25rem;
        margin: 1.5rem 0;
      }
      .count {
        min-height: 1.5em;
        margin: 0;
        color: var(--muted, #b9bdd2);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        justify-content: center;
      }
      .heart {
        display: grid;
        justify-items: center;
        gap: 0.5rem;
        width: 100%;
      }
      .bpm {
        margin: 0;
        font-size: 1.1rem;
      }
      .bpm strong {
        font-size: 2rem;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  @property({ attribute: false }) plan: SessionPlan | null = null;
  @property({ attribute: false }) status: CoachStatus = 'idle';
  @property({ attribute: false }) phase: PhaseState['phase'] = 'before';
  @property({ attribute: false }) cue: PhaseCue | null = null;
  /** The plan time, in seconds, at which `cue` was last placed. */
  @property({ attribute: false }) cueTimeS = 0;
  /** The breath under way, from 0; -1 before the first. */
  @property({ attribute: false }) breathIndex = -1;
  /** The heart monitor's live state; the heart block shows only when a strap is chosen. */
  @property({ attribute: false }) heart: HeartLive | null = null;
  /** What Stay hears of the hum (Hum reset with the microphone); nothing shows while it is off. */
  @property({ attribute: false }) hum: HumLive | null = null;
  /** Offer the 0–10 row during the first phase (until it is rated or skipped). */
  @property({ attribute: false }) asksUrgeBefore = false;
  @property({ attribute: false }) urgeBefore: UrgeRating = null;
  /** Offer the body-place chips while settling. */
  @property({ attribute: false }) asksBodyPlaces = false;
  @property({ attribute: false }) places: readonly BodyPlace[] = [];

  /** True while keyboard focus is on the body-place chips. */
  get placesFocused(): boolean {
    return this.shadowRoot?.activeElement?.localName === 'body-place-chips';
  }

  /** Moves keyboard focus to the Pause/Resume button once it is on screen. */
  async focusToggle(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#toggle')?.focus();
  }

  protected override render() {
    const plan = this.plan;
    if (!plan) return nothing;
    const settleS = plan.cues.find((c) => c.kind === 'settle')?.durationS ?? 0;
    const counting = this.breathIndex >= 0 && this.breathIndex < plan.breathCount;
    const paused = this.status === 'paused';
    return html`<div class="stage">
      <breath-orb
        .cue=${this.cue}
        .planTimeS=${this.cueTimeS}
        .paused=${paused || this.status === 'starting' || this.status === 'waiting'}
        .label=${paused ? RUNNING_WORDS.paused : phaseWord(this.phase, settleS)}
      ></breath-orb>
      <p class="count">
        ${counting ? breathOfWords(this.breathIndex + 1, plan.breathCount) : nothing}
      </p>
      <div class="actions">
        ${
          paused
            ? html`<button id="toggle" class="primary" @click=${this.resume}>
                ${RUNNING_WORDS.resume}
              </button>`
            : html`<button id="toggle" class="primary" @click=${this.pause}>
                ${RUNNING_WORDS.pause}
              </button>`
        }
        <button @click=${this.stop}>${RUNNING_WORDS.stop}</button>
      </div>
      ${this.hum && this.hum.state.kind !== 'off' ? html`<hum-meter .live=${this.hum}></hum-meter>` : nothing}
      ${this.renderHeart()} ${this.renderRatingBefore(plan)}
      ${
        this.asksBodyPlaces && this.phase === 'settle'
          ? html`<body-place-chips .selected=${this.places}></body-place-chips>`
          : nothing
      }
    </div>`;
  }

  /** Live heart rate, the urge meter and the strap chip, when a strap (real or simulated) is chosen. */
  private renderHeart() {
    const live = this.heart;
    if (!live || live.choice === 'off') return nothing;
    return html`<div class="heart" data-testid="heart">
      <p class="bpm">
        <strong data-testid="bpm">${live.bpm ?? RUNNING_WORDS.noBpm}</strong>
        ${RUNNING_WORDS.bpm}<span class="visually-hidden">${RUNNING_WORDS.heartRate}</span>
      </p>
      <urge-meter .urge=${live.urge}></urge-meter>
      <strap-chip .state=${live.strap} .choice=${live.choice}></strap-chip>
    </div>`;
  }

  /** The 0–10 row, during the first phase only. */
  private renderRatingBefore(plan: SessionPlan) {
    const first = plan.cues.find((c) => c.kind !== 'prompt' && c.kind !== 'end');
    if (!this.asksUrgeBefore || !first || this.cue?.atS !== first.atS) return nothing;
    return html`<urge-rating when="before" .value=${this.urgeBefore}></urge-rating>`;
  }

  private readonly pause = () => {
    this.dispatchEvent(new Event('pause-practice', { bubbles: true, composed: true }));
  };

  private readonly resume = () => {
    this.dispatchEvent(new Event('resume-practice', { bubbles: true, composed: true }));
  };

  private readonly stop = () => {
    this.dispatchEvent(new Event('stop-practice', { bubbles: true, composed: true }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-running': PracticeRunning;
  }
}
