import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { DataCounts, StorageEstimate } from '../../app/ports/data-vault';
import { DATA_WORDS, deleteWords, savedWords, usageWords } from '../../core/content/data';
import { samplesCsv, sessionsCsv } from '../../core/io/csv';
import { exportFileName, serializeExport } from '../../core/io/export';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import './data-import';
import { ServicesController } from '../shared/services-controller';
import { dataStyles } from './data-styles';
import { confirmRowStyles } from '../shared/confirm-row';
import '../shared/confirm-row';
import { baseStyles } from '../shared/styles';

type ExportKind = 'json' | 'sessions' | 'samples';

type Deleting =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'confirm'; readonly counts: DataCounts }
  | { readonly kind: 'done' }
  | { readonly kind: 'error' };

/**
 * "Your data", inside settings: how much Stay keeps and whether the browser may clear it; export as
 * JSON or CSV; import (<data-import>); delete everything after naming what goes.
 */
@customElement('data-settings')
export class DataSettings extends LitElement {
  static override styles = [
    baseStyles,
    dataStyles,
    confirmRowStyles,
    css`
      h3 {
        font-size: 1.05rem;
        margin-top: 1.5rem;
      }
    `,
  ];

  private readonly ctx = new ServicesController(this, () => void this.refreshEstimate());
  @state() private estimate: StorageEstimate | null = null;
  @state() private persistRefused = false;
  @state() private exporting: ExportKind | null = null;
  @state() private exportMessage = '';
  @state() private exportFailed = false;
  @state() private deleting: Deleting = { kind: 'idle' };

  protected override render() {
    return html`
      <h3>${DATA_WORDS.onDevice}</h3>
      ${this.renderEstimate()}
      <h3>${DATA_WORDS.exportHeading}</h3>
      <p>${DATA_WORDS.exportIntro}</p>
      <div class="actions">
        ${this.exportButton('json', DATA_WORDS.exportJson)}
        ${this.exportButton('sessions', DATA_WORDS.exportSessions)}
        ${this.exportButton('samples', DATA_WORDS.exportSamples)}
      </div>
      <p role="status">${this.exportMessage}</p>
      ${this.exportFailed ? html`<p role="alert">${DATA_WORDS.exportFailed}</p>` : nothing}
      <h3>${DATA_WORDS.importHeading}</h3>
      <data-import @data-imported=${() => void this.refreshEstimate()}></data-import>
      <h3>${DATA_WORDS.deleteHeading}</h3>
      ${this.renderDelete()}
    `;
  }

  private renderEstimate() {
    const estimate = this.estimate;
    if (!estimate) return html`<p class="muted">${DATA_WORDS.checking}</p>`;
    const usage =
      estimate.usageBytes === null ? nothing : html`<p>${usageWords(estimate.usageBytes)}</p>`;
    if (estimate.persisted === true) {
      return html`${usage}
        <p>${DATA_WORDS.persisted}</p>`;
    }
    if (estimate.persisted === null) {
      return html`${usage}
        <p>${DATA_WORDS.persistUnknown}</p>`;
    }
    return html`${usage}
      <p>${DATA_WORDS.mayClear}</p>
      <div class="actions"><button @click=${this.persist}>${DATA_WORDS.keepSafe}</button></div>
      ${this.persistRefused ? html`<p role="status">${DATA_WORDS.persistRefused}</p>` : nothing}`;
  }

  private exportButton(kind: ExportKind, label: string) {
    const busy = this.exporting === kind;
    return html`<button
      ?disabled=${this.exporting !== null}
      aria-busy=${busy ? 'true' : 'false'}
      @click=${() => void this.save(kind)}
    >
      ${label}
    </button>`;
  }

  private renderDelete() {
    const state = this.deleting;
    switch (state.kind) {
      case 'idle':
      case 'busy':
        return html`<div class="actions">
          <button ?disabled=${state.kind === 'busy'} @click=${this.askDelete}>
            ${DATA_WORDS.askDelete}
          </button>
        </div>`;
      case 'confirm':
        return html`<confirm-row
          .questionId=${'delete-text'}
          .question=${deleteWords(state.counts)}
          .yes=${DATA_WORDS.confirmDelete}
          .no=${DATA_WORDS.keepData}
          @confirm-yes=${this.confirmDelete}
          @confirm-no=${this.keepData}
        ></confirm-row>`;
      case 'done':
        return html`<p role="status">${DATA_WORDS.deleted}</p>`;
      case 'error':
        return html`<p role="alert">${DATA_WORDS.tryAgain}</p>
          <div class="actions">
            <button @click=${this.askDelete}>${DATA_WORDS.askDelete}</button>
          </div>`;
    }
  }

  private async refreshEstimate(): Promise<void> {
    const vault = this.ctx.services?.storage.vault;
    this.estimate = (await vault?.estimate().catch(() => null)) ?? {
      persisted: null,
      usageBytes: null,
      quotaBytes: null,
    };
  }

  private readonly persist = async () => {
    const vault = this.ctx.services?.storage.vault;
    if (!vault) return;
    const persisted = await vault.persist().catch(() => false);
    this.persistRefused = persisted !== true;
    if (this.estimate) this.estimate = { ...this.estimate, persisted };
  };

  private async save(kind: ExportKind): Promise<void> {
    const services = this.ctx.services;
    if (!services) return;
    this.exporting = kind;
    this.exportFailed = false;
    this.exportMessage = '';
    try {
      const data = await services.storage.vault.exportAll();
      const base = exportFileName(new Date());
      const file =
        kind === 'json'
          ? { text: serializeExport(data), type: 'application/json', name: base }
          : {
              text: kind === 'sessions' ? sessionsCsv(data) : samplesCsv(data),
              type: 'text/csv',
              name: base
                .replace(
                  'stay-export-',
                  kind === 'sessions' ? 'stay-sessions-' : 'stay-heart-samples-',
                )
                .replace(/\.json$/, '.csv'),
            };
      await services.files.save(new Blob([file.text], { type: file.type }), file.name);
      this.exportMessage = savedWords(file.name);
    } catch {
      this.exportFailed = true;
    } finally {
      this.exporting = null;
    }
  }

  private readonly askDelete = async () => {
    const vault = this.ctx.services?.storage.vault;
    if (!vault) return;
    this.deleting = { kind: 'busy' };
    try {
      this.deleting = { kind: 'confirm', counts: await vault.counts() };
    } catch {
      this.deleting = { kind: 'error' };
    }
  };

  private readonly confirmDelete = async () => {
    const services = this.ctx.services;
    if (!services) return;
    this.deleting = { kind: 'busy' };
    try {
      await services.storage.vault.deleteAll();
      // Settings went too: every view goes back to the defaults now, not on the next reload.
      services.settings.save(DEFAULT_SETTINGS);
      this.deleting = { kind: 'done' };
      void this.refreshEstimate();
    } catch {
      this.deleting = { kind: 'error' };
    }
  };

  private readonly keepData = async () => {
    this.deleting = { kind: 'idle' };
    await this.focusOn('.actions button');
  };

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'data-settings': DataSettings;
  }
}
