import { EXPORT_FORMAT, EXPORT_VERSION, type StayExport } from './export-format';
import { challenges, journal, sessions, wins } from './export-schema';
import { ImportError } from './import-error';
import { isoTime } from './iso-time';
import { parseJsonText } from './json-text';
import { nullable, objectAt, refuseUnknownKeys } from './schema';
import { fail, fieldOf, itemOf, TOP } from './where';
import { customPatterns, exportSettings } from './settings-schema';

export { ImportError };

/**
 * Largest export Stay reads: 200 MiB. `parseExport` compares it with the text's UTF-16 length, which
 * is never more than the file's UTF-8 size, so a file that passes `checkExportSize` passes that too.
 */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

const KEYS = new Set<keyof StayExport>([
  'format',
  'version',
  'exportedAt',
  'settings',
  'customPatterns',
  'sessions',
  'journal',
  'wins',
  'challenges',
]);

/** Throws ImportError when a file of `bytes` bytes (e.g. `File.size`) is too large to import. */
export function checkExportSize(bytes: number): void {
  if (bytes > MAX_EXPORT_BYTES) {
    const mb = Math.ceil(bytes / (1024 * 1024));
    throw new ImportError(
      `This file is ${String(mb)} MB; Stay imports files of up to ${String(MAX_EXPORT_BYTES / (1024 * 1024))} MB.`,
    );
  }
}

/**
 * Read a Stay export (version 1), checking every field before returning a fresh, plain copy.
 * Throws ImportError, and nothing else, for anything that is not a whole, valid export.
 */
export function parseExport(text: string): StayExport {
  try {
    checkExportSize(text.length);
    return readExport(parseJsonText(text));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('This file could not be read as a Stay export.', { cause: error });
  }
}

function readExport(value: unknown): StayExport {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ImportError('This is not a Stay export.');
  }
  const source = objectAt(value, TOP);
  if (!Object.hasOwn(source, 'format') || source.format !== EXPORT_FORMAT) {
    throw new ImportError('This is not a Stay export.');
  }
  checkVersion(Object.hasOwn(source, 'version') ? source.version : undefined);
  refuseUnknownKeys(source, KEYS, TOP);
  const field = (key: keyof StayExport): unknown => {
    if (!Object.hasOwn(source, key)) throw fail(fieldOf(TOP, key), 'is missing');
    return source[key];
  };
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: isoTime(field('exportedAt'), fieldOf(TOP, 'exportedAt')),
    settings: nullable(exportSettings)(field('settings'), itemOf(TOP, 'Settings')),
    customPatterns: customPatterns(field('customPatterns'), fieldOf(TOP, 'customPatterns')),
    sessions: sessions(field('sessions'), fieldOf(TOP, 'sessions')),
    journal: journal(field('journal'), fieldOf(TOP, 'journal')),
    wins: wins(field('wins'), fieldOf(TOP, 'wins')),
    challenges: challenges(field('challenges'), fieldOf(TOP, 'challenges')),
  };
}

function checkVersion(version: unknown): void {
  if (version === EXPORT_VERSION) return;
  if (Number.isInteger(version) && (version as number) > EXPORT_VERSION) {
    throw new ImportError(
      'This file is from a newer version of Stay. Update Stay, then import it again.',
    );
  }
  const shown = version === undefined ? 'none' : JSON.stringify(version).slice(0, 40);
  throw new ImportError(
    `This Stay export has an unknown version (${shown}); this Stay reads version ${String(EXPORT_VERSION)}.`,
  );
}

/**
 * The export as JSON text: one field per line at the top, and one entry per line in each list, so
 * two exports compare well line by line.
 */
export function serializeExport(data: StayExport): string {
  const lines = [...KEYS].map((key) => {
    const value: unknown = data[key];
    const body = Array.isArray(value)
      ? listLines(value as readonly unknown[])
      : JSON.stringify(value);
    return `  ${JSON.stringify(key)}: ${body}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

function listLines(items: readonly unknown[]): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
}

/** The file name for an export made on `date` (local calendar day): `stay-export-2026-11-27.json`. */
export function exportFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `stay-export-${day}.json`;
}
