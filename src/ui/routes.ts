/** The views <stay-app> can show. */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'settings' }
  | { readonly name: 'practice'; readonly id: string };

/** Reads a path; anything unknown is home. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/settings' || pathname === '/settings/') return { name: 'settings' };
  const match = /^\/practice\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1]) {
    try {
      return { name: 'practice', id: decodeURIComponent(match[1]) };
    } catch {
      return { name: 'home' };
    }
  }
  return { name: 'home' };
}

/** The path of a practice view; `custom:` ids keep their colon readable. */
export function practicePath(id: string): string {
  return `/practice/${encodeURIComponent(id).replace('%3A', ':')}`;
}

/** Fired by views that move somewhere without a link (a button that starts a practice). */
export class NavigateEvent extends Event {
  constructor(readonly path: string) {
    super('navigate', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    navigate: NavigateEvent;
  }
}
