import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describePattern, slugFor, type CustomPattern } from '../../core/breathing/custom';
import { PRACTICES, PRACTICE_IDS } from '../../core/breathing/practices';
import { SETTINGS_WORDS, patternLineWords, volumeWords } from '../../core/content/settings';
import type { Settings, SoundTheme } from '../../core/settings/settings';
import './data-settings';
import '../shell/install-action';
import './pattern-form';
import type { PatternSubmitEvent } from './pattern-form';
import { practicePath } from '../shell/routes';
import { ServicesController } from '../shared/services-controller';
import '../heart/strap-settings';
import { baseStyles } from '../shared/styles';
import './timing-fields';
import type { TimingChangeEvent } from './timing-fields';

const THEMES: readonly { value: SoundTheme; label: string }[] = [
  { value: 'warm', label: SETTINGS_WORDS.themes.warm },
  { value: 'airy', label: SETTINGS_WORDS.themes.airy },
];

/** Settings: sound and touch, practice timings, and the person's own patterns. Every change is saved at once. */
@customElement('stay-settings')
export class StaySettings extends LitElement {
  static override styles = [
    baseStyles,
    css`
      section {
        margin: 0 0 2.5rem;
      }
      .row {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        min-height: 48px;
      }
      input[type='checkbox'],
      input[type='radio'] {
        width: 1.5rem;
        height: 1.5rem;
      }
      input[type='range'] {
        width: min(100%, 20rem);
        min-height: 48px;
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0.5rem 0 0;
      }
      legend {
        padding: 0;
        margin-bottom: 0.25rem;
      }
      .stack {
        display: grid;
        gap: 1rem;
      }
      ul {
        list-style: none;
        margin: 0 0 1rem;
        padding: 0;
        display: grid;
        gap: 0.75rem;
      }
      li {
        padding: 0.75rem 1rem;
        border-radius: 1rem;
        background: var(--surface, #1a2240);
      }
      li .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 0.5rem;
      }
      .note {
        margin: 0 0 0 2.25rem;
        font-size: 0.95rem;
      }
    `,
  ];

  private readonly ctx = new ServicesController(this);
  /** The slug being edited, 'new' for the create form, null when the form is closed. */
  @state() private editing: string | null = null;

  protected override render() {
    const settings = this.ctx.settings;
    if (!settings) return nothing;
    const vibrates = this.ctx.services?.ports.haptics.supported ?? false;
    return html`
      <h1 tabindex="-1">${SETTINGS_WORDS.title}</h1>
      <section aria-labelledby="sound">
        <h2 id="sound">${SETTINGS_WORDS.sound}</h2>
        <div class="row">
          <input
            id="voice"
            type="checkbox"
            .checked=${settings.voice}
            @change=${this.toggle('voice')}
          />
          <label for="voice">${SETTINGS_WORDS.voice}</label>
        </div>
        <div class="row">
          <input
            id="device-voice"
            type="checkbox"
            .checked=${settings.deviceVoice}
            ?disabled=${!settings.voice}
            aria-describedby="device-voice-note"
            @change=${this.toggle('deviceVoice')}
          />
          <label for="device-voice">${SETTINGS_WORDS.deviceVoice}</label>
        </div>
        <p class="note muted" id="device-voice-note">${SETTINGS_WORDS.deviceVoiceNote}</p>
        <div class="row">
          <input
            id="vibration"
            type="checkbox"
            .checked=${settings.vibration}
            aria-describedby=${ifDefined(vibrates ? undefined : 'no-vibration')}
            @change=${this.toggle('vibration')}
          />
          <label for="vibration">${SETTINGS_WORDS.vibration}</label>
        </div>
        ${
          vibrates
            ? nothing
            : html`<p class="note muted" id="no-vibration">${SETTINGS_WORDS.noVibration}</p>`
        }
        <div>
          <label for="volume">${volumeWords(Math.round(settings.volume * 100))}</label>
          <input
            id="volume"
            type="range"
            min="0"
            max="100"
            step="5"
            .value=${String(Math.round(settings.volume * 100))}
            @change=${this.setVolume}
          />
        </div>
        <fieldset>
          <legend>${SETTINGS_WORDS.tone}</legend>
          ${THEMES.map(
            ({ value, label }) =>
              html`<div class="row">
                <input
                  id="theme-${value}"
                  type="radio"
                  name="theme"
                  .value=${value}
                  .checked=${settings.theme === value}
                  @change=${() => {
                    this.ctx.update((s) => ({ ...s, theme: value }));
                  }}
                />
                <label for="theme-${value}">${label}</label>
              </div>`,
          )}
        </fieldset>
      </section>

      <section aria-labelledby="strap">
        <h2 id="strap">${SETTINGS_WORDS.strap}</h2>
        <strap-settings></strap-settings>
      </section>

      <section aria-labelledby="timings">
        <h2 id="timings">${SETTINGS_WORDS.timings}</h2>
        <div class="stack" @timing-change=${this.setTiming}>
          ${PRACTICE_IDS.map(
            (id) =>
              html`<timing-fields
                .practice=${PRACTICES[id]}
                .timing=${settings.timings[id] ?? null}
              ></timing-fields>`,
          )}
        </div>
      </section>

      <section aria-labelledby="patterns">
        <h2 id="patterns">${SETTINGS_WORDS.patterns}</h2>
        ${this.renderPatterns(settings)}
      </section>

      <section aria-labelledby="data">
        <h2 id="data">${SETTINGS_WORDS.data}</h2>
        <data-settings></data-settings>
      </section>

      <install-action .installer=${this.ctx.services?.installer ?? null}></install-action>
    `;
  }

  private renderPatterns(settings: Settings) {
    const patterns = settings.customPatterns;
    return html`
      ${
        patterns.length > 0
          ? html`<ul>
              ${patterns.map((p) =>
                this.editing === p.slug
                  ? html`<li>${this.form(p)}</li>`
                  : html`<li>
                      <a href=${practicePath(`custom:${p.slug}`)}>${p.name}</a>
                      <span class="muted"
                        >${patternLineWords(describePattern(p.pattern), p.minutes)}</span
                      >
                      <div class="actions">
                        <button @click=${() => (this.editing = p.slug)}>
                          ${SETTINGS_WORDS.edit}<span class="visually-hidden"> ${p.name}</span>
                        </button>
                        <button
                          @click=${() => {
                            this.deletePattern(p.slug);
                          }}
                        >
                          ${SETTINGS_WORDS.delete}<span class="visually-hidden"> ${p.name}</span>
                        </button>
                      </div>
                    </li>`,
              )}
            </ul>`
          : html`<p class="muted">${SETTINGS_WORDS.noPatterns}</p>`
      }
      ${
        this.editing === 'new'
          ? this.form(null)
          : html`<button class="primary" @click=${() => (this.editing = 'new')}>
              ${SETTINGS_WORDS.newPattern}
            </button>`
      }
    `;
  }

  private form(initial: CustomPattern | null) {
    return html`<pattern-form
      .initial=${initial}
      @pattern-submit=${this.savePattern}
      @pattern-cancel=${() => (this.editing = null)}
    ></pattern-form>`;
  }

  private toggle(key: 'voice' | 'deviceVoice' | 'vibration') {
    return (event: Event) => {
      const { checked } = event.target as HTMLInputElement;
      this.ctx.update((s) => ({ ...s, [key]: checked }));
    };
  }

  private readonly setVolume = (event: Event) => {
    const volume = Number((event.target as HTMLInputElement).value) / 100;
    this.ctx.update((s) => ({ ...s, volume }));
    this.ctx.services?.ports.player.setVolume(volume);
  };

  private readonly setTiming = (event: TimingChangeEvent) => {
    const id = PRACTICE_IDS.find((p) => p === event.practiceId);
    if (!id) return;
    this.ctx.update((s) => {
      return { ...s, timings: { ...s.timings, [id]: event.timing } };
    });
  };

  private readonly savePattern = (event: PatternSubmitEvent) => {
    const { name, pattern, minutes } = event.draft;
    const editing = this.editing;
    this.ctx.update((s) => {
      const others = s.customPatterns.filter((p) => p.slug !== editing);
      const slug =
        editing && editing !== 'new'
          ? editing
          : slugFor(name, new Set(s.customPatterns.map((p) => p.slug)));
      const saved: CustomPattern = { slug, name, pattern, minutes };
      const customPatterns =
        editing && editing !== 'new'
          ? s.customPatterns.map((p) => (p.slug === editing ? saved : p))
          : [...others, saved];
      return { ...s, customPatterns };
    });
    this.editing = null;
  };

  private deletePattern(slug: string): void {
    this.ctx.update((s) => ({
      ...s,
      customPatterns: s.customPatterns.filter((p) => p.slug !== slug),
    }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stay-settings': StaySettings;
  }
}
