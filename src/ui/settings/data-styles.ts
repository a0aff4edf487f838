import { css } from 'lit';

/** Rows of buttons, the file picker and the confirm boxes of "Your data" (settings). */
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
  .confirm {
    padding: 1rem;
    border: 2px solid var(--line-strong, #8a93b8);
    border-radius: 1rem;
    margin: 0.75rem 0;
  }
`;
