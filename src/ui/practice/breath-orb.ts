import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { PhaseCue } from '../../core/breathing/types';

/** Scale of the orb with empty lungs; full lungs are scale 1. */
export const EMPTY_SCALE = 0.5;
/** Opacity of the reduced-motion glow with empty lungs; full lungs are opacity 1. */
export const EMPTY_OPACITY = 0.3;

/** Orb scale for a lung fill of `level` (0..1). */
export function scaleForLevel(level: number): number {
  return EMPTY_SCALE + (1 - EMPTY_SCALE) * level;
}

/** Glow opacity for a lung fill of `level` (0..1), used under reduced motion. */
export function opacityForLevel(level: number): number {
  return EMPTY_OPACITY + (1 - EMPTY_OPACITY) * level;
}

/**
 * The breathing visual. At each phase change the page sets `cue` and `planTimeS` (the session clock's
 * reading); the orb starts one Web Animation on the compositor at that offset and does no work per frame.
 * Under prefers-reduced-motion it fades a glow instead of scaling.
 */
@customElement('breath-orb')
export class BreathOrb extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      justify-items: center;
      gap: 1.25rem;
    }
    .frame {
      position: relative;
      width: min(70vw, 18rem);
      aspect-ratio: 1;
    }
    .visual {
      position: absolute;
      inset: 0;
      border-radius: 50%;
      background: radial-gradient(
        circle at 40% 35%,
        var(--orb-light, #ffd8b0),
        var(--accent, #f2b880) 45%,
        var(--orb-dark, #b7745a) 100%
      );
      box-shadow: 0 0 4rem 0.5rem rgb(242 184 128 / 0.25);
      transform: scale(${EMPTY_SCALE});
      will-change: transform;
    }
    .visual.reduced {
      transform: scale(0.85);
      opacity: ${EMPTY_OPACITY};
      will-change: opacity;
    }
    .word {
      min-height: 1.3em;
      font-size: 1.75rem;
      font-weight: 500;
      color: var(--ink, #eceaf4);
      text-align: center;
    }
  `;

  /** The phase in force; null before the session and after it. */
  @property({ attribute: false }) cue: PhaseCue | null = null;
  /** Plan time, in seconds, at which `cue` was handed over; the animation starts at `planTimeS - cue.atS`. */
  @property({ type: Number, attribute: false }) planTimeS = 0;
  /** Freezes the animation where it is. */
  @property({ type: Boolean }) paused = false;
  /** The phase word shown in the orb. */
  @property() label = '';

  @query('.visual') private readonly visual!: HTMLElement;
  private animation: Animation | null = null;
  private reduced = false;

  /** Lung fill 0..1 the orb shows at plan time `planTimeS`, from the current cue. */
  levelAt(planTimeS: number): number {
    const { cue } = this;
    if (!cue) return 0;
    const progress = Math.min(1, Math.max(0, (planTimeS - cue.atS) / cue.durationS));
    return cue.fromLevel + (cue.toLevel - cue.fromLevel) * progress;
  }

  /** Lung fill 0..1 the running animation is showing now, read from its progress. */
  currentLevel(): number {
    const { cue, animation } = this;
    if (!cue) return 0;
    const time = Number(animation?.currentTime ?? 0);
    return this.levelAt(cue.atS + time / 1000);
  }

  /** True when the calm, non-scaling alternative is in use. */
  get reducedMotion(): boolean {
    return this.reduced;
  }

  protected override render() {
    return html`<div class="frame"><div class="visual" part="visual"></div></div>
      <span class="word">${this.label}</span>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.dataset.phase = this.cue?.kind ?? 'none';
    if (changed.has('cue') || changed.has('planTimeS')) this.restart();
    else if (changed.has('paused')) this.applyPaused();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.animation?.cancel();
    this.animation = null;
  }

  private restart(): void {
    this.animation?.cancel();
    this.animation = null;
    this.reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.visual.classList.toggle('reduced', this.reduced);
    const { cue } = this;
    if (!cue) return;
    const keyframes = this.reduced
      ? [{ opacity: opacityForLevel(cue.fromLevel) }, { opacity: opacityForLevel(cue.toLevel) }]
      : [
          { transform: `scale(${scaleForLevel(cue.fromLevel)})` },
          { transform: `scale(${scaleForLevel(cue.toLevel)})` },
        ];
    this.animation = this.visual.animate(keyframes, {
      duration: cue.durationS * 1000,
      easing: 'linear',
      fill: 'forwards',
    });
    this.animation.currentTime = Math.max(0, (this.planTimeS - cue.atS) * 1000);
    this.applyPaused();
  }

  private applyPaused(): void {
    const { animation, cue } = this;
    if (!animation || !cue) return;
    if (this.paused) animation.pause();
    // play() on a finished animation rewinds it; a finished phase holds its last frame instead.
    else if (Number(animation.currentTime ?? 0) < cue.durationS * 1000) animation.play();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'breath-orb': BreathOrb;
  }
}
