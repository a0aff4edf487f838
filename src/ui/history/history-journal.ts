import { html, nothing } from 'lit';
import {
  FIELD_WORDS,
  JOURNAL_WORDS,
  KIND_TITLES,
  capacityLine,
  entryWhenWords,
} from '../../core/content/reflect';
import { wasEdited } from '../../core/reflect/journal';
import type { JournalEntry } from '../../core/reflect/records';
import { rungWords } from '../../core/content/ladder';
import { dateTimeWords } from '../../core/content/sessions';
import { entryPath } from '../reflect/reflect-paths';

/**
 * One journal entry as plain text under its kind and time, with a link to edit it: nothing the
 * person wrote is read as HTML.
 */
export function journalTemplate(entry: JournalEntry) {
  const titleId = `entry-${entry.id}`;
  return html`<article class="entry" aria-labelledby=${titleId}>
    <h3 id=${titleId}>${KIND_TITLES[entry.kind]}</h3>
    <p class="muted">${journalWhen(entry)}</p>
    ${journalBody(entry)}
    <p><a href=${entryPath(entry.id)} aria-describedby=${titleId}>${JOURNAL_WORDS.edit}</a></p>
  </article>`;
}

/** "3 March, 22:14", with "· Edited …" once the entry has been changed. */
export function journalWhen(entry: JournalEntry): string {
  const edited = wasEdited(entry) ? dateTimeWords(entry.updatedAt) : null;
  return entryWhenWords(dateTimeWords(entry.createdAt), edited);
}

function field(label: string, text: string) {
  return text.trim() === ''
    ? nothing
    : html`<dt>${label}</dt>
        <dd class="text">${text}</dd>`;
}

/** What the person wrote, field by field; empty fields are left out. */
export function journalBody(entry: JournalEntry) {
  switch (entry.kind) {
    case 'three-column':
      return html`<dl>
        ${field(FIELD_WORDS.happened, entry.happened)} ${field(FIELD_WORDS.felt, entry.felt)}
        ${field(FIELD_WORDS.true, entry.true)}
      </dl>`;
    case 'capacity':
      return html`<p>${capacityLine(entry.percent)}</p>
        ${entry.note.trim() === '' ? nothing : html`<p class="text">${entry.note}</p>`}`;
    case 'ladder':
      return html`<p>${rungWords(entry.rung)}</p>
        <dl>${field(FIELD_WORDS.ask, entry.ask)} ${field(FIELD_WORDS.outcome, entry.outcome)}</dl>`;
    case 'evening':
    case 'note':
      return html`<p class="text">${entry.text}</p>`;
  }
}
