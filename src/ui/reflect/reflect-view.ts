import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { HUB_WORDS, JOURNAL_WORDS, TOOL_WORDS } from '../../core/content/reflect';
import './journal-editor';
import './reflect-hub';
import { reflectPath } from './reflect-paths';
import { baseStyles } from '../shared/styles';

/** Tools that write a new journal entry of the same kind. */
const ENTRY_TOOLS = ['three-column', 'capacity', 'evening', 'note'] as const;

type EntryTool = (typeof ENTRY_TOOLS)[number];

function isEntryTool(tool: string): tool is EntryTool {
  return (ENTRY_TOOLS as readonly string[]).includes(tool);
}

/** The needs ladder's elements (built beside this view), loaded when first opened. */
const LADDER_TOOLS = {
  ladder: () => import('./needs-ladder'),
  challenge: () => import('./connection-challenge'),
  wins: () => import('./small-wins'),
} as const;

type LadderTool = keyof typeof LADDER_TOOLS;

function isLadderTool(tool: string): tool is LadderTool {
  return Object.hasOwn(LADDER_TOOLS, tool);
}

/**
 * The Reflect view: one h1, then the tool the path names (see reflect-paths.ts).
 *
 * | path | `tool` | `itemId` | shows |
 * |---|---|---|---|
 * | `/reflect` | null | null | the hub: tools, journal, the not-therapy note |
 * | `/reflect/practice/<id>` | 'practice' | session id | the hub for one practice |
 * | `/reflect/three-column`, `capacity`, `evening`, `note` (+ `/<id>`) | kind | session id or null | a new entry, following that practice |
 * | `/reflect/ladder`, `challenge`, `wins` (+ `/<id>`) | tool | session id or null | `<needs-ladder>`, `<connection-challenge>`, `<small-wins>` with `.sessionId` |
 * | `/reflect/unsent` | 'unsent' | ignored | the unsent message (never stored) |
 * | `/reflect/entry/<id>` | 'entry' | journal entry id | edit that entry |
 *
 * Anything else says plainly that the page is not here.
 */
@customElement('reflect-view')
export class ReflectView extends LitElement {
  static override styles = [baseStyles];

  @property({ attribute: false }) tool: string | null = null;
  @property({ attribute: false }) itemId: string | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const tool = this.tool;
    if (!changed.has('tool') || tool === null) return;
    if (tool === 'unsent') void import('./reflect-unsent');
    else if (isLadderTool(tool)) void LADDER_TOOLS[tool]();
  }

  protected override render() {
    const tool = this.tool;
    const id = this.itemId;
    if (tool === null) return this.page(HUB_WORDS.title, html`<reflect-hub></reflect-hub>`, false);
    if (tool === 'practice' && id !== null) {
      return this.page(
        HUB_WORDS.practiceTitle,
        html`<reflect-hub .sessionId=${id}></reflect-hub>`,
        false,
      );
    }
    if (isEntryTool(tool)) {
      return this.page(
        TOOL_WORDS[tool].title,
        html`<journal-editor .kind=${tool} .sessionId=${id}></journal-editor>`,
      );
    }
    if (tool === 'entry' && id !== null) {
      return this.page(
        JOURNAL_WORDS.entryTitle,
        html`<journal-editor .entryId=${id}></journal-editor>`,
      );
    }
    if (tool === 'unsent') {
      return this.page(TOOL_WORDS.unsent.title, html`<reflect-unsent></reflect-unsent>`);
    }
    if (isLadderTool(tool)) return this.page(TOOL_WORDS[tool].title, this.ladderTool(tool, id));
    return this.page(HUB_WORDS.unknownTitle, html`<p>${HUB_WORDS.unknownBody}</p>`);
  }

  private ladderTool(tool: LadderTool, sessionId: string | null) {
    switch (tool) {
      case 'ladder':
        return html`<needs-ladder .sessionId=${sessionId}></needs-ladder>`;
      case 'challenge':
        return html`<connection-challenge .sessionId=${sessionId}></connection-challenge>`;
      case 'wins':
        return html`<small-wins .sessionId=${sessionId}></small-wins>`;
    }
  }

  /** The h1, the tool, and (below a tool) the way back to the hub it came from. */
  private page(title: string, body: unknown, back = true) {
    const sessionId = this.tool === 'entry' || this.tool === 'unsent' ? null : this.itemId;
    return html`<h1>${title}</h1>
      ${body} ${back ? html`<p><a href=${reflectPath(sessionId)}>${HUB_WORDS.back}</a></p>` : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reflect-view': ReflectView;
  }
}
