import { css } from 'lit';

/** Shared look for every view: colours come from the custom properties set in index.html. */
export const baseStyles = css`
  :host {
    display: block;
    color: var(--ink, #eceaf4);
    font: inherit;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3 {
    font-weight: 500;
    line-height: 1.2;
    margin: 0 0 0.75rem;
  }
  h1 {
    font-size: 1.75rem;
  }
  h2 {
    font-size: 1.25rem;
  }
  h1:focus,
  h2:focus {
    outline: none;
  }
  h1:focus-visible,
  h2:focus-visible {
    outline: 3px solid var(--focus, #ffd9a8);
    outline-offset: 4px;
  }
  p {
    margin: 0 0 1rem;
    line-height: 1.5;
  }
  a {
    color: var(--link, #f6c99b);
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-height: 48px;
    min-width: 48px;
    padding: 0.75rem 1.25rem;
    border-radius: 999px;
    border: 2px solid var(--accent, #f2b880);
    background: transparent;
    color: var(--ink, #eceaf4);
    font: inherit;
    font-size: 1rem;
    text-decoration: none;
    cursor: pointer;
  }
  button.primary,
  .button.primary {
    background: var(--accent, #f2b880);
    color: var(--on-accent, #1b1423);
    font-weight: 600;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid var(--focus, #ffd9a8);
    outline-offset: 3px;
  }
  .muted {
    color: var(--muted, #b9bdd2);
  }
  .error {
    color: var(--error, #ffb4a8);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/**
 * Every text field: the label above, 48px-high text and number inputs, a text box that grows
 * downwards, and a thicker error-coloured border on a field marked aria-invalid. Each form sets
 * widths and the text box's height.
 */
export const fieldStyles = css`
  label {
    display: block;
    margin-bottom: 0.25rem;
  }
  input:not([type]),
  input[type='text'],
  input[type='number'],
  textarea {
    min-height: 48px;
    padding: 0.5rem 0.75rem;
    border-radius: 0.5rem;
    border: 1px solid var(--line-strong, #8a93b8);
    background: var(--bg, #0d1326);
    color: var(--ink, #eceaf4);
    font: inherit;
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 6rem;
    line-height: 1.5;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--error, #ffb4a8);
  }
`;

/** A list of links shown as large tappable rows, each a `.name` over a `.summary` (home's practices, the history, Reflect's tools). */
export const rowListStyles = css`
  ul,
  ol {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  li a {
    display: block;
    min-height: 48px;
    padding: 0.75rem 1rem;
    border-radius: 1rem;
    background: var(--surface, #1a2240);
    color: var(--ink, #eceaf4);
    text-decoration: none;
  }
  li a .name {
    display: block;
    font-weight: 600;
  }
  li a .summary {
    display: block;
    color: var(--muted, #b9bdd2);
    font-size: 0.95rem;
    margin-top: 0.25rem;
  }
`;
