import { provide } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { servicesContext, type AppServices } from '../../app/contexts';
import {
  APP_NAME,
  NAV_HISTORY,
  NAV_HOME,
  NAV_LABEL,
  NAV_REFLECT,
  NAV_SETTINGS,
  TITLE_HISTORY,
  TITLE_JOIN,
  TITLE_PRACTICE,
  TITLE_REFLECT,
  TITLE_SESSION,
  TITLE_SETTINGS,
} from '../../core/content/home';
import { parseRoute, type NavigateEvent, type Route } from './routes';
import { baseStyles } from '../shared/styles';
import './stay-home';

/** Views loaded on first visit, to keep the first download to the shell and home. */
const LAZY_VIEWS: Record<
  Exclude<Route['name'], 'home'>,
  { tag: string; load: () => Promise<unknown> }
> = {
  practice: { tag: 'practice-view', load: () => import('../practice/practice-view') },
  settings: { tag: 'stay-settings', load: () => import('../settings/stay-settings') },
  history: { tag: 'stay-history', load: () => import('../history/stay-history') },
  'history-session': { tag: 'history-session', load: () => import('../history/history-session') },
  reflect: { tag: 'reflect-view', load: () => import('../reflect/reflect-view') },
};

/** The History link is the current page on the list, and marks where you are on one practice. */
function historyCurrent(route: Route['name']): 'page' | 'true' | undefined {
  if (route === 'history') return 'page';
  return route === 'history-session' ? 'true' : undefined;
}

/**
 * The app shell: provides the services, routes on the History API and moves focus to each new view's h1.
 */
@customElement('stay-app')
export class StayApp extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        min-height: 100vh;
        background: var(--bg, #0d1326);
        display: flex;
        flex-direction: column;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        column-gap: 1rem;
        padding: 0.5rem 1rem;
        max-width: 40rem;
        width: 100%;
        margin: 0 auto;
      }
      .brand {
        font-size: 1.25rem;
        font-weight: 600;
        letter-spacing: 0.04em;
        color: var(--ink, #eceaf4);
        text-decoration: none;
        min-height: 48px;
        display: inline-flex;
        align-items: center;
      }
      nav ul {
        display: flex;
        gap: 0.25rem;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      nav a {
        display: inline-flex;
        align-items: center;
        min-height: 48px;
        padding: 0 0.45rem;
        color: var(--ink, #eceaf4);
        text-decoration: none;
        border-radius: 999px;
      }
      nav a[aria-current='page'] {
        text-decoration: underline;
        text-underline-offset: 6px;
      }
      main {
        flex: 1;
        width: 100%;
        max-width: 40rem;
        margin: 0 auto;
        padding: 0.5rem 1rem 3rem;
      }
    `,
  ];

  /** Set once by main.ts (or a test) and provided to every view. */
  @provide({ context: servicesContext })
  @property({ attribute: false })
  services!: AppServices;

  @state() private route: Route = parseRoute(location.pathname);
  private focusPending = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    this.addEventListener('click', this.onClick);
    this.addEventListener('navigate', this.onNavigate);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.removeEventListener('click', this.onClick);
    this.removeEventListener('navigate', this.onNavigate);
  }

  /** Shows `path`, adding a history entry. */
  navigate(path: string): void {
    if (path !== location.pathname) history.pushState(null, '', path);
    this.show(parseRoute(path));
  }

  /** Nothing renders until main.ts provides the services (it awaits IndexedDB first). */
  protected override shouldUpdate(): boolean {
    return (this.services as AppServices | undefined) !== undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('route') || changed.has('services')) {
      if (this.route.name !== 'home') void LAZY_VIEWS[this.route.name].load();
      document.title = this.pageTitle();
    }
  }

  protected override updated(): void {
    if (this.focusPending) {
      this.focusPending = false;
      void this.focusView();
    }
  }

  protected override render() {
    const current = this.route.name;
    return html`
      <header>
        <a class="brand" href="/">${APP_NAME}</a>
        <nav aria-label=${NAV_LABEL}>
          <ul>
            <li>
              <a href="/" aria-current=${ifDefined(current === 'home' ? 'page' : undefined)}
                >${NAV_HOME}</a
              >
            </li>
            <li>
              <a href="/history" aria-current=${ifDefined(historyCurrent(current))}
                >${NAV_HISTORY}</a
              >
            </li>
            <li>
              <a
                href="/reflect"
                aria-current=${ifDefined(current === 'reflect' ? 'page' : undefined)}
                >${NAV_REFLECT}</a
              >
            </li>
            <li>
              <a
                href="/settings"
                aria-current=${ifDefined(current === 'settings' ? 'page' : undefined)}
                >${NAV_SETTINGS}</a
              >
            </li>
          </ul>
        </nav>
      </header>
      <main>${this.renderView()}</main>
    `;
  }

  private renderView() {
    switch (this.route.name) {
      case 'practice':
        return html`<practice-view .practiceId=${this.route.id}></practice-view>`;
      case 'settings':
        return html`<stay-settings></stay-settings>`;
      case 'history':
        return html`<stay-history></stay-history>`;
      case 'history-session':
        return html`<history-session .sessionId=${this.route.id}></history-session>`;
      case 'reflect':
        return html`<reflect-view
          .tool=${this.route.tool}
          .itemId=${this.route.id}
        ></reflect-view>`;
      case 'home':
        return html`<stay-home></stay-home>`;
    }
  }

  private pageTitle(): string {
    switch (this.route.name) {
      case 'practice':
        return `${this.services.launcher.practice(this.route.id)?.name ?? TITLE_PRACTICE}${TITLE_JOIN}${APP_NAME}`;
      case 'settings':
        return TITLE_SETTINGS;
      case 'history':
        return TITLE_HISTORY;
      case 'history-session':
        return TITLE_SESSION;
      case 'reflect':
        return TITLE_REFLECT;
      case 'home':
        return APP_NAME;
    }
  }

  private show(route: Route): void {
    this.route = route;
    this.focusPending = true;
  }

  private async focusView(): Promise<void> {
    const view = this.renderRoot.querySelector('main > *');
    if (!view) return;
    await customElements.whenDefined(view.localName);
    if (view instanceof LitElement) await view.updateComplete;
    const heading = view.shadowRoot?.querySelector('h1');
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }

  private readonly onPopState = () => {
    this.show(parseRoute(location.pathname));
  };

  private readonly onNavigate = (event: NavigateEvent) => {
    this.navigate(event.path);
  };

  private readonly onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event
      .composedPath()
      .find((target): target is HTMLAnchorElement => target instanceof HTMLAnchorElement);
    if (!anchor?.href || anchor.hasAttribute('download')) return;
    if (anchor.target && anchor.target !== '_self') return;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin) return;
    event.preventDefault();
    this.navigate(url.pathname);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'stay-app': StayApp;
  }
}
