import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { UrgeLive, UrgeReason } from '../../app/heart/heart-session';
import { PRACTICE_WORDS, urgeValueWords } from '../../core/content/practice';
import { baseStyles } from '../shared/styles';

/** Why the meter is greyed out, in the person's words. */
export const URGE_REASON_WORDS: Readonly<Record<UrgeReason, string>> = PRACTICE_WORDS.urgeReasons;

/** The honest label under the meter. */
export const URGE_LABEL = PRACTICE_WORDS.urgeLabel;

/** One word for where the urge is: `high` only once the meter has held it there. */
export function urgeWord(urge: Pick<UrgeLive, 'level' | 'high'>): 'settled' | 'rising' | 'high' {
  if (urge.high) return 'high';
  return urge.level >= 40 ? 'rising' : 'settled';
}

/**
 * The urge to flee as a horizontal bar with a marker and a word (settled, rising, high), greyed with
 * the reason when the signal cannot be trusted. A role=meter with its value in words; it is never
 * announced on its own, and nothing about it asks for attention. The role is set through the
 * reflected `role` property because lit-analyzer's list of roles lacks `meter`.
 */
@customElement('urge-meter')
export class UrgeMeter extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        width: min(100%, 22rem);
      }
      .head {
        display: flex;
        justify-content: space-between;
        align-items: baseline;
        gap: 0.5rem;
        margin-bottom: 0.35rem;
      }
      .name {
        color: var(--muted, #b9bdd2);
      }
      .word {
        font-size: 1.25rem;
        font-weight: 600;
      }
      .track {
        position: relative;
        height: 1rem;
        border-radius: 999px;
        border: 2px solid var(--line-strong, #8a93b8);
        overflow: hidden;
        background: var(--bg, #0d1326);
      }
      .fill {
        position: absolute;
        inset: 0;
        transform-origin: left center;
        transform: scaleX(var(--level, 0));
        background: var(--accent, #f2b880);
        transition: transform 0.8s ease-out;
      }
      .zone {
        position: absolute;
        top: 0;
        bottom: 0;
        width: 2px;
        background: var(--line-strong, #8a93b8);
      }
      .zone.calm {
        left: 40%;
      }
      .zone.high {
        left: 70%;
      }
      .marker {
        position: relative;
        height: 0.9rem;
        transform: translateX(calc(var(--level, 0) * 100%));
        transition: transform 0.8s ease-out;
      }
      .marker::before {
        content: '';
        position: absolute;
        left: -0.5rem;
        top: 0;
        border-left: 0.5rem solid transparent;
        border-right: 0.5rem solid transparent;
        border-bottom: 0.75rem solid var(--ink, #eceaf4);
      }
      .ends {
        display: flex;
        justify-content: space-between;
        font-size: 0.85rem;
        color: var(--muted, #b9bdd2);
      }
      .label {
        margin: 0.35rem 0 0;
        font-size: 0.9rem;
        color: var(--muted, #b9bdd2);
      }
      [data-quality='poor'] .fill,
      [data-quality='none'] .fill {
        background: var(--line-strong, #8a93b8);
        opacity: 0.35;
      }
      [data-quality='poor'] .marker,
      [data-quality='none'] .marker {
        visibility: hidden;
      }
      [data-quality='poor'] .word,
      [data-quality='none'] .word {
        font-size: 1rem;
        font-weight: 400;
        color: var(--muted, #b9bdd2);
      }
      [data-high] .word::after {
        content: ' ▲';
      }
    `,
  ];

  /** The meter's reading; null shows it waiting for a baseline. */
  @property({ attribute: false }) urge: UrgeLive | null = null;

  protected override willUpdate(): void {
    // A custom property set through CSSOM, not a style="" attribute: the CSP blocks those.
    this.style.setProperty('--level', String(meterLevel(this.urge) / 100));
  }

  protected override render() {
    const urge = this.urge;
    const ok = urge?.quality === 'ok';
    const level = meterLevel(urge);
    const word = ok
      ? PRACTICE_WORDS.urgeLevels[urgeWord(urge)]
      : URGE_REASON_WORDS[urge?.reason ?? 'baseline'];
    const text = ok ? urgeValueWords(word, level) : word;
    return html`<div data-quality=${urge?.quality ?? 'none'} ?data-high=${ok && urge.high}>
      <div class="head">
        <span class="name" id="name">${PRACTICE_WORDS.urgeName}</span>
        <span class="word" aria-hidden="true">${word}</span>
      </div>
      <div
        class="track"
        .role=${'meter'}
        aria-labelledby="name"
        aria-describedby="label"
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${level}
        aria-valuetext=${text}
      >
        <div class="fill"></div>
        <div class="zone calm"></div>
        <div class="zone high"></div>
      </div>
      <div class="marker" aria-hidden="true"></div>
      <div class="ends" aria-hidden="true">
        <span>${PRACTICE_WORDS.urgeLow}</span><span>${PRACTICE_WORDS.urgeHigh}</span>
      </div>
      <p class="label" id="label">${URGE_LABEL}</p>
    </div>`;
  }
}

function meterLevel(urge: UrgeLive | null): number {
  return Math.round(Math.min(100, Math.max(0, urge?.level ?? 0)));
}

declare global {
  interface HTMLElementTagNameMap {
    'urge-meter': UrgeMeter;
  }
}
