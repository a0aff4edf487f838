import { html } from 'lit';
import type { JournalEntry } from '../core/practice/records';
import { dateTimeWords } from './history-format';

const RUNGS = {
  1: 'Physical',
  2: 'Logistical',
  3: 'Light emotional',
  4: 'Core need',
} as const;

/** One journal entry as plain text under its kind and time: nothing the person wrote is read as HTML. */
export function journalTemplate(entry: JournalEntry) {
  return html`<article class="entry">
    <h3>${kindTitle(entry)}</h3>
    <p class="muted">${dateTimeWords(entry.createdAt)}</p>
    ${body(entry)}
  </article>`;
}

function kindTitle(entry: JournalEntry): string {
  switch (entry.kind) {
    case 'three-column':
      return 'Three-column reset';
    case 'capacity':
      return 'Capacity note';
    case 'ladder':
      return 'Needs ladder';
    case 'evening':
      return 'Evening note';
    case 'note':
      return 'Note';
  }
}

function field(label: string, text: string) {
  return text.trim() === ''
    ? null
    : html`<dt>${label}</dt>
        <dd class="text">${text}</dd>`;
}

function body(entry: JournalEntry) {
  switch (entry.kind) {
    case 'three-column':
      return html`<dl>
        ${field('What happened', entry.happened)} ${field('What it felt like', entry.felt)}
        ${field('What is actually true', entry.true)}
      </dl>`;
    case 'capacity':
      return html`<p>I took a risk at ${entry.percent} % of my capacity today.</p>
        <dl>${field('Note', entry.note)}</dl>`;
    case 'ladder':
      return html`<p>Rung ${entry.rung}: ${RUNGS[entry.rung]}</p>
        <dl>${field('What I asked', entry.ask)} ${field('How it went', entry.outcome)}</dl>`;
    case 'evening':
    case 'note':
      return html`<p class="text">${entry.text}</p>`;
  }
}
