/**
 * The Reflect view's paths. `/reflect` is the hub; `/reflect/<tool>` opens a tool, and
 * `/reflect/<tool>/<sessionId>` opens it for the practice the person just did;
 * `/reflect/practice/<sessionId>` is the hub for one practice; `/reflect/entry/<entryId>` edits an entry.
 */
import { pathSegment } from '../shell/routes';

/** The hub, or the hub for one practice. */
export function reflectPath(sessionId: string | null = null): string {
  return sessionId === null ? '/reflect' : `/reflect/practice/${pathSegment(sessionId)}`;
}

/** A tool, for the practice `sessionId` when there is one. */
export function toolPath(tool: string, sessionId: string | null = null): string {
  return sessionId === null
    ? `/reflect/${pathSegment(tool)}`
    : `/reflect/${pathSegment(tool)}/${pathSegment(sessionId)}`;
}

/** Editing one journal entry. */
export function entryPath(entryId: string): string {
  return `/reflect/entry/${pathSegment(entryId)}`;
}
