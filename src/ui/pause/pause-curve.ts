import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PAUSE_WORDS, curveAlt, motionFacts } from '../../core/content/pause';
import type { MotionResult } from '../../core/session/record';
import { baseStyles } from '../shared/styles';

const WIDTH = 300;
const HEIGHT = 80;
const PAD = 4;

/** The curve's points in the SVG box: 0 stillness at the bottom, 1 at the top. */
export function curvePoints(curve: readonly number[]): string {
  if (curve.length === 0) return '';
  const values = curve.length === 1 ? [curve[0] ?? 0, curve[0] ?? 0] : curve;
  const step = (WIDTH - 2 * PAD) / (values.length - 1);
  return values
    .map((v, i) => {
      const x = PAD + i * step;
      const y = PAD + (1 - Math.min(1, Math.max(0, v))) * (HEIGHT - 2 * PAD);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/**
 * A pause's stillness on its history page: a small curve (every ten seconds, with a text
 * alternative) and the face-down and pickup facts in words.
 */
@customElement('pause-curve')
export class PauseCurve extends LitElement {
  static override styles = [
    baseStyles,
    css`
      svg {
        display: block;
        width: min(100%, 30rem);
        height: auto;
      }
      .frame {
        fill: none;
        stroke: var(--line, #3a4062);
      }
      .line {
        fill: none;
        stroke: var(--accent, #f2b880);
        stroke-width: 2;
        stroke-linejoin: round;
      }
      ul {
        padding-left: 1.25rem;
      }
    `,
  ];

  @property({ attribute: false }) motion: MotionResult | null = null;

  protected override render() {
    const motion = this.motion;
    if (!motion) return nothing;
    return html`${
        motion.curve.length === 0
          ? nothing
          : html`<figure>
              <svg
                viewBox="0 0 ${WIDTH} ${HEIGHT}"
                role="img"
                aria-label=${curveAlt(motion.curve, motion.bucketS)}
              >
                <title>${PAUSE_WORDS.curveTitle}</title>
                ${svg`<rect class="frame" x="0.5" y="0.5" width=${WIDTH - 1} height=${HEIGHT - 1}></rect>
                <polyline class="line" points=${curvePoints(motion.curve)}></polyline>`}
              </svg>
            </figure>`
      }
      <ul data-testid="pause-facts">
        ${motionFacts(motion).map((fact) => html`<li>${fact}</li>`)}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pause-curve': PauseCurve;
  }
}
