import { html, svg, type SVGTemplateResult } from 'lit';
import { CHART_WORDS } from '../../core/content/history';
import { weekWords } from '../../core/content/sessions';
import type { WeekStats } from './weekly';

// Plain SVG rather than a charting library: twelve points per chart, nothing to hover or zoom, so a
// library would add bytes to the history view and take away control over what a screen reader gets.
// Nothing here animates, so reduced motion needs no special case.

/** The weeks every chart covers. */
export const WEEKS = 12;
/** The viewBox of every chart. */
export const W = 320;
export const H = 140;
export const PAD = { left: 30, right: 8, top: 10, bottom: 22 } as const;
const PLOT_W = W - PAD.left - PAD.right;
export const PLOT_H = H - PAD.top - PAD.bottom;
export const SLOT = PLOT_W / WEEKS;

/** One numeric series across the weeks; null where a week has no value. */
export type Series = readonly (number | null)[];

const xMid = (index: number) => PAD.left + SLOT * (index + 0.5);
/** The y of `value` on a plot from `lo` to `hi`. */
export const yOf = (value: number, lo: number, hi: number) =>
  PAD.top + ((hi - value) / (hi - lo || 1)) * PLOT_H;

/** The base line, the `lo` and `hi` marks, and the first and last week. */
export function axes(weeks: readonly WeekStats[], lo: string, hi: string) {
  const first = weeks[0];
  return svg`<line class="axis" x1=${PAD.left} x2=${W - PAD.right} y1=${PAD.top + PLOT_H}
      y2=${PAD.top + PLOT_H}></line>
    <text x=${PAD.left - 4} y=${PAD.top + 4} text-anchor="end">${hi}</text>
    <text x=${PAD.left - 4} y=${PAD.top + PLOT_H} text-anchor="end">${lo}</text>
    <text x=${PAD.left} y=${H - 6}>${first ? weekWords(first.start) : ''}</text>
    <text x=${W - PAD.right} y=${H - 6} text-anchor="end">${CHART_WORDS.thisWeek}</text>`;
}

/** Dots for every value and lines between neighbouring weeks that both have one. */
export function line(series: Series, lo: number, hi: number, kind: 'before' | 'after' | 'resting') {
  const parts: SVGTemplateResult[] = [];
  series.forEach((value, i) => {
    if (value === null) return;
    const previous = series[i - 1];
    if (previous != null) {
      parts.push(svg`<line class="series ${kind}" x1=${xMid(i - 1)} x2=${xMid(i)}
        y1=${yOf(previous, lo, hi)} y2=${yOf(value, lo, hi)}></line>`);
    }
    parts.push(
      svg`<circle class="dot ${kind}" cx=${xMid(i)} cy=${yOf(value, lo, hi)} r="3.5"></circle>`,
    );
  });
  return parts;
}

/** The numbers behind a chart, as a table under "Show the numbers". */
export function table(
  caption: string,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  weeks: readonly WeekStats[],
) {
  return html`<details>
    <summary>${CHART_WORDS.showTable}</summary>
    <table>
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${CHART_WORDS.weekOf}</th>
          ${columns.map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (cells, i) =>
            html`<tr>
              <th scope="row">${weeks[i] ? weekWords(weeks[i].start) : ''}</th>
              ${cells.map((c) => html`<td>${c}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </details>`;
}
