import { ImportError } from './import-error';
import { FORBIDDEN_KEYS } from './schema';

/** Deepest nesting of lists and objects a file may have; a real export needs about 5. */
export const MAX_DEPTH = 32;

const BOM = '\uFEFF';

/**
 * Parse JSON text into plain values, or throw ImportError: syntax errors name a line and column when
 * V8 gives a position; nesting deeper than MAX_DEPTH and the keys `__proto__`, `constructor` and
 * `prototype` are refused. A leading UTF-8 byte order mark is ignored.
 */
export function parseJsonText(raw: string): unknown {
  const source = raw.startsWith(BOM) ? raw.slice(1) : raw;
  if (/^\s*$/.test(source)) throw new ImportError('The file is empty.');
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    throw syntaxError(source, error);
  }
  if (typeof value === 'object' && value !== null) refuseHostileShapes(value);
  return value;
}

/**
 * Walks every list and object without recursion (V8's JSON.parse does not recurse either, so a
 * 100,000-deep file parses), refusing nesting deeper than MAX_DEPTH and keys that could reach a
 * prototype.
 */
function refuseHostileShapes(root: unknown): void {
  const stack: [unknown, number][] = [[root, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, depth] = next;
    if (depth > MAX_DEPTH) {
      throw new ImportError(
        `The file is nested more than ${String(MAX_DEPTH)} levels deep; a Stay export never is.`,
      );
    }
    const children: readonly unknown[] = Array.isArray(value)
      ? (value as readonly unknown[])
      : Object.keys(value as object).map((key) => {
          if (FORBIDDEN_KEYS.has(key)) {
            throw new ImportError(
              `The file contains the key "${key}", which Stay never writes; it is refused for safety.`,
            );
          }
          return (value as Record<string, unknown>)[key];
        });
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
}

function syntaxError(source: string, error: unknown): ImportError {
  if (error instanceof RangeError) {
    return new ImportError('The file is too large or too deeply nested to read.');
  }
  const message = error instanceof Error ? error.message : '';
  const at = errorOffset(source, message);
  const where = at === null ? '' : position(source, at);
  return new ImportError(`${where}${describeSyntaxError(source, message, at)}`);
}

/**
 * Where the engine says the error is, as an offset into `source`; null when it does not say.
 * V8: `… at position 12` or `… (line 3 column 5)`; Firefox: `… at line 3 column 5 of the JSON data`.
 */
export function errorOffset(source: string, message: string): number | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return offsetOf(source, Number(lineColumn[1]), Number(lineColumn[2]));
  const offset = /at position (\d+)/.exec(message);
  if (offset) return Math.min(Number(offset[1]), source.length);
  if (/Unexpected end of JSON input/i.test(message)) return source.length;
  return offsetFromSnippet(source, message);
}

/**
 * V8 gives no position for an unexpected token, only the text around it: `..."…"...` with the
 * token 10 characters in, or `"…"...` from the start of the file ending 10 characters after it.
 */
function offsetFromSnippet(source: string, message: string): number | null {
  const match = /^Unexpected token '.', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(
    message,
  );
  const [, before, snippet = '', after] = match ?? [];
  if (!match || (!before && !after)) return null;
  if (!before) return snippet.length - 10;
  const at = source.indexOf(snippet);
  return at === -1 ? null : at + 10;
}

function describeSyntaxError(source: string, message: string, at: number | null): string {
  const prefix = at === null ? 'The file' : 'the file';
  if (at === source.length || /Unexpected end/i.test(message)) {
    return `${prefix} ends too early; it may have been cut off.`;
  }
  if (/after JSON/i.test(message)) return `${prefix} has extra text after the end of the data.`;
  const detail = syntaxDetail(message);
  return `${prefix} is not valid JSON${detail ? ` (${detail})` : ''}.`;
}

/** The engine's own words for a syntax error, without its position or a copy of the text. */
function syntaxDetail(message: string): string | null {
  const token = /^Unexpected token '(.)'/.exec(message)?.[1];
  if (token !== undefined) return `unexpected ‘${token}’`;
  const words =
    /^(.+?) in JSON at position/.exec(message)?.[1] ??
    /^JSON\.parse: (.+?) at line \d+/.exec(message)?.[1] ??
    /^JSON Parse error: (.+)$/.exec(message)?.[1];
  return words ? words.charAt(0).toLowerCase() + words.slice(1) : null;
}

/** "Line 3, column 5: " for an offset into `source`; lines and columns count from 1. */
function position(source: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `Line ${String(line)}, column ${String(offset - lineStart + 1)}: `;
}

function offsetOf(source: string, line: number, column: number): number {
  let lineStart = 0;
  for (let n = 1; n < line; n++) {
    const next = source.indexOf('\n', lineStart);
    if (next === -1) break;
    lineStart = next + 1;
  }
  return Math.min(lineStart + column - 1, source.length);
}
