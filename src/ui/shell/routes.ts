/** The views <stay-app> can show. */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'settings' }
  | { readonly name: 'history' }
  | { readonly name: 'history-session'; readonly id: string }
  | { readonly name: 'practice'; readonly id: string }
  /** `/reflect`, `/reflect/<tool>`, `/reflect/<tool>/<id>`: reflect-view says what `id` means per tool. */
  | { readonly name: 'reflect'; readonly tool: string | null; readonly id: string | null };

/** Reads a path; anything unknown is home. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/settings' || pathname === '/settings/') return { name: 'settings' };
  if (pathname === '/history' || pathname === '/history/') return { name: 'history' };
  const practice = idIn(/^\/practice\/([^/]+)\/?$/, pathname);
  if (practice !== null) return { name: 'practice', id: practice };
  const reflect = /^\/reflect(?:\/([^/]+)(?:\/([^/]+))?)?\/?$/.exec(pathname);
  if (reflect) return { name: 'reflect', tool: decoded(reflect[1]), id: decoded(reflect[2]) };
  const session = idIn(/^\/history\/([^/]+)\/?$/, pathname);
  if (session !== null) return { name: 'history-session', id: session };
  return { name: 'home' };
}

/** The decoded id `pattern` captures from `pathname`, or null (also for malformed escapes). */
function idIn(pattern: RegExp, pathname: string): string | null {
  return decoded(pattern.exec(pathname)?.[1]);
}

/** `raw` decoded, or null when absent or malformed. */
function decoded(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** One path segment for `value`: escaped as a URI component, with every `:` kept readable. */
export function pathSegment(value: string): string {
  return encodeURIComponent(value).replaceAll('%3A', ':');
}

/** The path of a practice view (`custom:` ids read as they are). */
export function practicePath(id: string): string {
  return `/practice/${pathSegment(id)}`;
}

/** The path of one practice in the history. */
export function historyPath(sessionId: string): string {
  return `/history/${pathSegment(sessionId)}`;
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
