import { css } from 'lit';
import { fieldStyles } from '../shared/styles';

/** Text boxes (the shared field look), hints and field errors of the reflection tools. */
export const writingStyles = css`
  ${fieldStyles}
  .field {
    margin: 0 0 1.25rem;
  }
  label,
  legend {
    display: block;
    margin-bottom: 0.25rem;
    font-weight: 600;
  }
  .hint {
    display: block;
    margin: 0 0 0.5rem;
    color: var(--muted, #b9bdd2);
    font-size: 0.95rem;
  }
  .field-error {
    margin: 0.5rem 0 0;
    color: var(--error, #ffb4a8);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin: 0 0 1rem;
  }
`;

/** Journal entries as cards. */
export const entryStyles = css`
  .entry {
    padding: 0.75rem 1rem;
    border-radius: 1rem;
    background: var(--surface, #1a2240);
    margin-bottom: 0.75rem;
  }
  .entry h3 {
    font-size: 1.1rem;
    margin: 0 0 0.25rem;
  }
  .entry dl {
    margin: 0 0 0.5rem;
  }
  .entry dt {
    color: var(--muted, #b9bdd2);
  }
  .entry dd {
    margin: 0 0 0.5rem;
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
