import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { HeartSample, HeartTrace } from '../../core/session/record';
import { phaseCues } from '../../core/breathing/plan';
import type { SessionPlan } from '../../core/breathing/types';
import type { PhaseSpan } from '../../core/session/record';
import {
  HEART_WORDS,
  backToBaselineWords,
  heartChartWords,
  peakMarkWords,
  peaksWords,
} from '../../core/content/heart';
import { formatDuration, summarizeHeart, type HeartSummary } from '../../core/heart/recovery';
import { baseStyles } from '../shared/styles';

const W = 320;
const H = 160;
const PAD = { left: 34, right: 8, top: 10, bottom: 22 } as const;
/** Samples further apart than this are not joined by a line. */
const JOIN_S = 3;

const PLOT_H = H - PAD.top - PAD.bottom;

/** Where plan seconds and bpm land in the SVG. */
interface Scale {
  readonly endS: number;
  readonly lo: number;
  readonly hi: number;
  readonly x: (tS: number) => number;
  readonly y: (bpm: number) => number;
}

/** The sentence about recovery: how long it took, that it never rose, or an honest "not yet". */
export function recoveryLine(summary: HeartSummary): string {
  if (summary.peakBpm !== null && !summary.rose) {
    return HEART_WORDS.stayedClose;
  }
  return summary.backToBaselineAfterMs === null
    ? HEART_WORDS.notBackYet
    : backToBaselineWords(summary.backToBaselineAfterMs);
}

function scaleFor(trace: HeartTrace, phases: readonly PhaseSpan[]): Scale {
  const lastS = trace.samples[trace.samples.length - 1]?.tS ?? 0;
  const last = phases[phases.length - 1];
  const endS = Math.max(last ? last.atS + last.durationS : 0, lastS, 1);
  const bpms = trace.samples.map((s) => s.bpm);
  const baseline = trace.baselineBpm;
  const lo = Math.floor(Math.min(...bpms, baseline ?? Infinity) - 5);
  const hi = Math.ceil(Math.max(...bpms, baseline ?? -Infinity) + 5);
  return {
    endS,
    lo,
    hi,
    x: (tS) => PAD.left + (tS / endS) * (W - PAD.left - PAD.right),
    y: (bpm) => PAD.top + ((hi - bpm) / (hi - lo)) * PLOT_H,
  };
}

/** The chart in one sentence, for screen readers. */
function describe(trace: HeartTrace, summary: HeartSummary): string {
  const bpms = trace.samples.map((s) => s.bpm);
  return heartChartWords({
    minBpm: Math.min(...bpms),
    maxBpm: Math.max(...bpms),
    baselineBpm: trace.baselineBpm,
    peakBpm: summary.peakBpm,
    peakAtMs: summary.peakAtMs,
    gaps: trace.gaps.length,
  });
}

function renderGaps(trace: HeartTrace, { x }: Scale) {
  return trace.gaps.map(
    (g) =>
      svg`<rect class="gap" data-testid="gap" x=${x(g.fromS)} y=${PAD.top} height=${PLOT_H}
        width=${Math.max(1, x(g.toS) - x(g.fromS))}></rect>`,
  );
}

function renderPeak(summary: HeartSummary, { x, y }: Scale) {
  if (summary.peakBpm === null || summary.peakAtMs === null) return nothing;
  const cx = x(summary.peakAtMs / 1000);
  const cy = y(summary.peakBpm);
  return svg`<circle class="peak" data-testid="peak" cx=${cx} cy=${cy} r="4"></circle>
    <text x=${cx + 6} y=${Math.max(10, cy - 6)}>${peakMarkWords(summary.peakBpm)}</text>`;
}

function renderAxes({ lo, hi, endS, y }: Scale) {
  return svg`<text x="2" y=${y(hi - 5) + 3}>${hi - 5}</text>
    <text x="2" y=${y(lo + 5) + 3}>${lo + 5}</text>
    <text x=${PAD.left} y=${H - 6}>0</text>
    <text x=${W - PAD.right} y=${H - 6} text-anchor="end">${formatDuration(endS * 1000)}</text>`;
}

function renderPhases(phases: readonly PhaseSpan[], { x, endS }: Scale) {
  return phases
    .filter((c) => c.atS < endS)
    .map(
      (c) =>
        svg`<rect class=${c.kind} x=${x(c.atS)} y=${PAD.top} height=${PLOT_H}
          width=${Math.max(0, x(Math.min(endS, c.atS + c.durationS)) - x(c.atS))}></rect>`,
    );
}

/** Runs of samples to draw as one line: broken at gaps and where samples are missing. */
function segments(trace: HeartTrace): HeartSample[][] {
  const runs: HeartSample[][] = [];
  let run: HeartSample[] = [];
  let previous: HeartSample | null = null;
  for (const sample of trace.samples) {
    const broken =
      previous !== null &&
      (sample.tS - previous.tS > JOIN_S ||
        trace.gaps.some((g) => g.fromS >= (previous as HeartSample).tS && g.fromS < sample.tS));
    if (broken && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push(sample);
    previous = sample;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Heart rate over the practice as a plain SVG: the phases shaded behind (in and out breaths), gaps
 * hatched, the baseline dashed and the peak marked, with the same facts in words beside it.
 */
@customElement('heart-curve')
export class HeartCurve extends LitElement {
  static override styles = [
    baseStyles,
    css`
      figure {
        margin: 1rem 0;
      }
      svg {
        width: 100%;
        height: auto;
        display: block;
      }
      .settle {
        fill: var(--line-strong, #8a93b8);
        opacity: 0.12;
      }
      .inhale,
      .top-up {
        fill: var(--accent, #f2b880);
        opacity: 0.16;
      }
      .hold {
        fill: var(--ink, #eceaf4);
        opacity: 0.08;
      }
      .exhale,
      .hum {
        fill: var(--link, #f6c99b);
        opacity: 0.05;
      }
      .gap {
        fill: url(#hatch);
      }
      .hatch-line {
        stroke: var(--muted, #b9bdd2);
        stroke-width: 1;
      }
      .curve {
        fill: none;
        stroke: var(--ink, #eceaf4);
        stroke-width: 2;
        stroke-linejoin: round;
      }
      .baseline {
        stroke: var(--muted, #b9bdd2);
        stroke-width: 1.5;
        stroke-dasharray: 5 4;
      }
      .peak {
        fill: var(--accent, #f2b880);
        stroke: var(--ink, #eceaf4);
        stroke-width: 1.5;
      }
      text {
        fill: var(--muted, #b9bdd2);
        font-size: 10px;
        font-family: inherit;
      }
      figcaption p {
        margin: 0.5rem 0 0;
      }
      .key {
        font-size: 0.9rem;
      }
    `,
  ];

  @property({ attribute: false }) trace: HeartTrace | null = null;
  /** The practice's plan, for the phases behind the curve. */
  @property({ attribute: false }) plan: SessionPlan | null = null;
  /** The phases behind the curve as a saved session keeps them; used instead of `plan` when set. */
  @property({ attribute: false }) phases: readonly PhaseSpan[] | null = null;

  protected override render() {
    const trace = this.trace;
    if (!trace || trace.samples.length === 0) return nothing;
    const baseline = trace.baselineBpm;
    const summary = summarizeHeart(
      trace.samples.map((s) => ({ tMs: s.tS * 1000, bpm: s.bpm })),
      baseline ?? Number.NaN,
    );
    const phases = this.phaseSpans();
    const scale = scaleFor(trace, phases);
    const peakBpm = summary.peakBpm === null ? null : Math.round(summary.peakBpm);
    const peakUrge = Math.round(Math.max(...trace.samples.map((s) => s.level)));
    const recovery = baseline === null ? HEART_WORDS.noBaseline : recoveryLine(summary);
    return html`<figure>
      <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${describe(trace, summary)}>
        <defs>
          <pattern
            id="hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
          </pattern>
        </defs>
        ${renderPhases(phases, scale)} ${renderGaps(trace, scale)}
        ${
          baseline === null
            ? nothing
            : svg`<line class="baseline" data-testid="baseline" x1=${PAD.left} x2=${W - PAD.right}
                y1=${scale.y(baseline)} y2=${scale.y(baseline)}></line>`
        }
        ${segments(trace).map(
          (run) =>
            svg`<polyline class="curve" points=${run.map((s) => `${scale.x(s.tS).toFixed(1)},${scale.y(s.bpm).toFixed(1)}`).join(' ')}></polyline>`,
        )}
        ${renderPeak(summary, scale)} ${renderAxes(scale)}
      </svg>
      <figcaption>
        <p data-testid="recovery">${recovery}</p>
        <p>${peaksWords(peakBpm, peakUrge)}</p>
        <p class="key muted">${HEART_WORDS.key}</p>
      </figcaption>
    </figure>`;
  }

  private phaseSpans(): readonly PhaseSpan[] {
    if (this.phases) return this.phases;
    return this.plan ? phaseCues(this.plan) : [];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'heart-curve': HeartCurve;
  }
}
