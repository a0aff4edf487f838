import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { DataCounts, ImportOutcome } from '../../app/ports/data-vault';
import { DATA_WORDS, fileHoldsWords, outcomeWords } from '../../core/content/data';
import { ImportError, checkExportSize, parseExport } from '../../core/io/export';
import type { StayExport } from '../../core/io/export-format';
import { ServicesController } from '../shared/services-controller';
import { dataStyles } from './data-styles';
import { confirmRowStyles } from '../shared/confirm-row';
import '../shared/confirm-row';
import { baseStyles } from '../shared/styles';

type Importing =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'confirm'; readonly data: StayExport; readonly fileName: string }
  | { readonly kind: 'done'; readonly outcome: ImportOutcome }
  | { readonly kind: 'error'; readonly message: string };

/** What a file holds, as counts. */
export function exportCounts(data: StayExport): DataCounts {
  return {
    sessions: data.sessions.length,
    journal: data.journal.length,
    wins: data.wins.length,
    challenges: data.challenges.length,
    customPatterns: data.customPatterns.length,
  };
}

/**
 * Import a Stay export: pick a file, see what it holds, confirm, then hear what was added and
 * updated. A file that fails its checks shows why, and nothing is written.
 * @fires data-imported - Something was written; what the device holds has changed.
 */
@customElement('data-import')
export class DataImport extends LitElement {
  static override styles = [baseStyles, dataStyles, confirmRowStyles];

  private readonly ctx = new ServicesController(this);
  @state() private importing: Importing = { kind: 'idle' };

  protected override render() {
    return this.renderImport();
  }

  private renderImport() {
    const state = this.importing;
    const picker = html`<label for="import-file">${DATA_WORDS.importLabel}</label>
      <input
        id="import-file"
        type="file"
        accept=".json,application/json"
        ?disabled=${state.kind === 'busy' || state.kind === 'confirm'}
        @change=${this.pickFile}
      />`;
    switch (state.kind) {
      case 'idle':
      case 'busy':
        return picker;
      case 'error':
        return html`${picker}
          <p role="alert">${state.message} ${DATA_WORDS.nothingChanged}</p>`;
      case 'done':
        return html`${picker}
          <p role="status">${outcomeWords(state.outcome)}</p>`;
      case 'confirm': {
        return html`${picker}
          <confirm-row
            .questionId=${'import-text'}
            .question=${`${fileHoldsWords(state.fileName, exportCounts(state.data))} ${DATA_WORDS.sameId}`}
            .yes=${DATA_WORDS.importConfirm}
            .no=${DATA_WORDS.cancel}
            @confirm-yes=${this.confirmImport}
            @confirm-no=${this.cancelImport}
          ></confirm-row>`;
      }
    }
  }

  private readonly pickFile = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.importing = { kind: 'busy' };
    try {
      checkExportSize(file.size);
      const data = parseExport(await file.text());
      this.importing = { kind: 'confirm', data, fileName: file.name };
    } catch (error) {
      this.importing = {
        kind: 'error',
        message: error instanceof ImportError ? error.message : DATA_WORDS.unreadable,
      };
    } finally {
      input.value = '';
    }
  };

  private readonly confirmImport = async () => {
    const services = this.ctx.services;
    if (!services || this.importing.kind !== 'confirm') return;
    const { data } = this.importing;
    this.importing = { kind: 'busy' };
    try {
      const outcome = await services.storage.vault.importAll(data);
      // The vault may have written settings and patterns; tell every view to read them again.
      services.settings.save(services.settings.load());
      this.importing = { kind: 'done', outcome };
      this.dispatchEvent(new Event('data-imported', { bubbles: true, composed: true }));
    } catch (error) {
      this.importing = {
        kind: 'error',
        message: error instanceof ImportError ? error.message : DATA_WORDS.notSaved,
      };
    }
  };

  private readonly cancelImport = async () => {
    this.importing = { kind: 'idle' };
    await this.focusOn('#import-file');
  };

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'data-import': DataImport;
  }
}
