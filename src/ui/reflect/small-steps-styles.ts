import { css } from 'lit';
import { fieldStyles } from '../shared/styles';

/** The look shared by <needs-ladder>, <connection-challenge> and <small-wins>. */
export const smallStepsStyles = css`
  ${fieldStyles}
  section {
    margin: 0 0 2rem;
  }
  h3 {
    font-size: 1.05rem;
    font-weight: 500;
    margin: 1.5rem 0 0.5rem;
  }
  h4 {
    font-size: 1rem;
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  ul,
  ol {
    padding: 0;
    margin: 0 0 1rem;
    list-style: none;
    display: grid;
    gap: 0.75rem;
  }
  .item {
    padding: 0.75rem 1rem;
    border-radius: 1rem;
    background: var(--surface, #1a2240);
  }
  .item h3 {
    margin-top: 0;
  }
  .item p {
    margin: 0.25rem 0;
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: 0.75rem 0;
  }
  fieldset {
    border: 1px solid var(--line-strong, #8a93b8);
    border-radius: 1rem;
    padding: 0.75rem 1rem;
    margin: 0 0 1rem;
  }
  legend {
    padding: 0 0.25rem;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    min-height: 48px;
    padding: 0.5rem 0;
  }
  .choice input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.1rem 0 0;
    flex: none;
  }
  .field {
    margin: 0 0 1rem;
  }
  input[type='text'] {
    width: 100%;
  }
  textarea {
    min-height: 5rem;
  }
  .examples {
    margin: 0.25rem 0 0.5rem 2.25rem;
    display: block;
    color: var(--muted, #b9bdd2);
  }
  .examples ul {
    gap: 0.25rem;
  }
  .examples li::before {
    content: '“';
  }
  .examples li::after {
    content: '”';
  }
`;
