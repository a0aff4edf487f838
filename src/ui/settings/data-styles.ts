import { css } from 'lit';

/** Rows of buttons, and the file picker of "Your data" (settings). */
export const dataStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-bottom: 0.75rem;
  }
  input[type='file'] {
    display: block;
    min-height: 48px;
    padding: 0.5rem 0;
    font: inherit;
    color: var(--ink, #eceaf4);
  }
  label {
    display: block;
    margin-bottom: 0.25rem;
  }
`;
