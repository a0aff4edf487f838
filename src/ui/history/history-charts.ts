import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import {
  CHART_WORDS,
  lastWeeksWords,
  minutesChartWords,
  restingChartWords,
  urgeChartWords,
} from '../../core/content/history';
import { weekWords } from '../../core/content/sessions';
import { ServicesController } from '../shared/services-controller';
import { baseStyles } from '../shared/styles';
import { weeklyStats, type WeekStats } from './weekly';
import { H, PAD, PLOT_H, SLOT, W, WEEKS, axes, line, table, yOf } from './chart-parts';

function minutesLabel(weeks: readonly WeekStats[]): string {
  const active = weeks.filter((w) => w.minutes > 0);
  if (active.length === 0) return minutesChartWords(WEEKS, null);
  const most = active.reduce((a, b) => (b.minutes > a.minutes ? b : a));
  return minutesChartWords(WEEKS, {
    weeks: active.length,
    totalMinutes: Math.round(active.reduce((sum, w) => sum + w.minutes, 0) * 10) / 10,
    mostMinutes: most.minutes,
    mostWeek: weekWords(most.start),
    currentMinutes: weeks[weeks.length - 1]?.minutes ?? 0,
  });
}

function urgeLabel(weeks: readonly WeekStats[]): string {
  const rated = weeks.filter((w) => w.urgeBefore !== null || w.urgeAfter !== null);
  const latest = rated[rated.length - 1];
  return urgeChartWords(
    latest
      ? {
          ratedWeeks: rated.length,
          week: weekWords(latest.start),
          before: latest.urgeBefore,
          after: latest.urgeAfter,
        }
      : null,
  );
}

function restingLabel(weeks: readonly WeekStats[]): string {
  const known = weeks.flatMap((w) =>
    w.restingBpm === null ? [] : [{ bpm: w.restingBpm, week: weekWords(w.start) }],
  );
  const first = known[0];
  const last = known[known.length - 1];
  return restingChartWords(first && last ? { weeks: known.length, first, last } : null);
}

const show = (value: number | null, none: string) => (value === null ? none : String(value));

/**
 * Three small charts over the last twelve weeks: minutes practised, urge before and after, and
 * resting heart rate. Each is an image with its summary as its name, and a table of the numbers.
 */
@customElement('history-charts')
export class HistoryCharts extends LitElement {
  static override styles = [
    baseStyles,
    css`
      figure {
        margin: 0 0 1.5rem;
      }
      svg {
        width: 100%;
        height: auto;
        display: block;
      }
      .bar {
        fill: var(--accent, #f2b880);
      }
      .axis {
        stroke: var(--line-strong, #8a93b8);
        stroke-width: 1;
      }
      .series {
        stroke-width: 2;
      }
      .series.before {
        stroke: var(--muted, #b9bdd2);
        stroke-dasharray: 4 3;
      }
      .dot.before {
        fill: var(--bg, #0d1326);
        stroke: var(--muted, #b9bdd2);
        stroke-width: 2;
      }
      .series.after,
      .series.resting {
        stroke: var(--accent, #f2b880);
      }
      .dot.after,
      .dot.resting {
        fill: var(--accent, #f2b880);
      }
      text {
        fill: var(--muted, #b9bdd2);
        font-size: 10px;
        font-family: inherit;
      }
      h3 {
        font-size: 1.05rem;
      }
      .key {
        font-size: 0.9rem;
        margin: 0.25rem 0;
      }
      details {
        margin-top: 0.25rem;
      }
      summary {
        cursor: pointer;
        min-height: 48px;
        display: flex;
        align-items: center;
      }
      table {
        border-collapse: collapse;
        font-size: 0.95rem;
      }
      th,
      td {
        text-align: left;
        padding: 0.25rem 1rem 0.25rem 0;
      }
    `,
  ];

  /** The moment the twelve weeks end at; the current time when not set. */
  @property({ attribute: false }) now: Date | null = null;
  private readonly ctx = new ServicesController(this);
  // Nothing is drawn when the summaries cannot be read: the history list says so already.
  private readonly summaries = new Task(this, {
    args: () => [this.ctx.services?.storage.sessions] as const,
    task: ([sessions]) => (sessions ? sessions.summaries() : initialState),
  });

  protected override render() {
    const summaries = this.summaries.status === TaskStatus.COMPLETE ? this.summaries.value : [];
    if (!summaries || summaries.length === 0) return nothing;
    const weeks = weeklyStats(summaries, this.now ?? new Date(), WEEKS);
    return html`<section aria-labelledby="weeks">
      <h2 id="weeks">${lastWeeksWords(WEEKS)}</h2>
      ${this.minutes(weeks)} ${this.urge(weeks)} ${this.resting(weeks)}
    </section>`;
  }

  private minutes(weeks: readonly WeekStats[]) {
    const max = Math.max(1, ...weeks.map((w) => w.minutes));
    const hi = Math.ceil(max);
    return html`<figure data-chart="minutes">
      <h3>${CHART_WORDS.minutesTitle}</h3>
      <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${minutesLabel(weeks)}>
        ${weeks.map((w, i) => {
          if (w.minutes === 0) return nothing;
          const top = yOf(w.minutes, 0, hi);
          return svg`<rect class="bar" x=${PAD.left + SLOT * i + SLOT * 0.2} width=${SLOT * 0.6}
            y=${top} height=${PAD.top + PLOT_H - top}></rect>`;
        })}
        ${axes(weeks, '0', String(hi))}
      </svg>
      ${table(
        CHART_WORDS.minutesCaption,
        CHART_WORDS.minutesColumns,
        weeks.map((w) => [String(w.minutes), String(w.sessions)]),
        weeks,
      )}
    </figure>`;
  }

  private urge(weeks: readonly WeekStats[]) {
    return html`<figure data-chart="urge">
      <h3>${CHART_WORDS.urgeTitle}</h3>
      <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${urgeLabel(weeks)}>
        ${axes(weeks, '0', '10')}
        ${line(
          weeks.map((w) => w.urgeBefore),
          0,
          10,
          'before',
        )}
        ${line(
          weeks.map((w) => w.urgeAfter),
          0,
          10,
          'after',
        )}
      </svg>
      <p class="key muted">${CHART_WORDS.urgeKey}</p>
      ${table(
        CHART_WORDS.urgeCaption,
        CHART_WORDS.urgeColumns,
        weeks.map((w) => [
          show(w.urgeBefore, CHART_WORDS.notRated),
          show(w.urgeAfter, CHART_WORDS.notRated),
        ]),
        weeks,
      )}
    </figure>`;
  }

  private resting(weeks: readonly WeekStats[]) {
    const known = weeks.filter((w) => w.restingBpm !== null);
    if (known.length === 0) {
      return html`<figure data-chart="resting">
        <h3>${CHART_WORDS.restingTitle}</h3>
        <p class="muted">${CHART_WORDS.restingEmpty}</p>
      </figure>`;
    }
    const values = known.map((w) => w.restingBpm ?? 0);
    const lo = Math.floor(Math.min(...values) - 5);
    const hi = Math.ceil(Math.max(...values) + 5);
    return html`<figure data-chart="resting">
      <h3>${CHART_WORDS.restingTitle}</h3>
      <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${restingLabel(weeks)}>
        ${axes(weeks, String(lo), String(hi))}
        ${line(
          weeks.map((w) => w.restingBpm),
          lo,
          hi,
          'resting',
        )}
      </svg>
      ${table(
        CHART_WORDS.restingCaption,
        CHART_WORDS.restingColumns,
        known.map((w) => [String(w.restingBpm)]),
        known,
      )}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'history-charts': HistoryCharts;
  }
}
