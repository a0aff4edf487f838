/**
 * The Reflect view's paths. `/reflect` is the hub; `/reflect/<tool>` opens a tool, and
 * `/reflect/<tool>/<sessionId>` opens it for the practice the person just did;
 * `/reflect/practice/<sessionId>` is the hub for one practice; `/reflect/entry/<entryId>` edits an entry.
 */

/** Path segments keep `:` readable, as practice paths do. */
function segment(value: string): string {
  return encodeURIComponent(value).replaceAll('%3A', ':');
}

/** The hub, or the hub for one practice. */
export function reflectPath(sessionId: string | null = null): string {
  return sessionId === null ? '/reflect' : `/reflect/practice/${segment(sessionId)}`;
}

/** A tool, for the practice `sessionId` when there is one. */
export function toolPath(tool: string, sessionId: string | null = null): string {
  return sessionId === null
    ? `/reflect/${segment(tool)}`
    : `/reflect/${segment(tool)}/${segment(sessionId)}`;
}

/** Editing one journal entry. */
export function entryPath(entryId: string): string {
  return `/reflect/entry/${segment(entryId)}`;
}
