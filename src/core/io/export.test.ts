import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StayExport } from './export-format';
import {
  checkExportSize,
  exportFileName,
  ImportError,
  MAX_EXPORT_BYTES,
  parseExport,
  serializeExport,
} from './export';
import { stayExportArb } from './testing/arbitraries';
import { BROKEN_FILES, changed } from './testing/corpus';
import { sampleExport } from './testing/sample';

/** The ImportError `parseExport(text)` throws; fails the test when it returns or throws anything else. */
function importErrorOf(text: string): ImportError {
  try {
    parseExport(text);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw new Error(`Expected an ImportError, got ${String(error)}`, { cause: error });
  }
  throw new Error('Expected an ImportError, but the file was accepted');
}

describe('parseExport accepts valid files', () => {
  it('reads back what serializeExport wrote', () => {
    expect(parseExport(serializeExport(sampleExport()))).toEqual(sampleExport());
  });

  it('reads compact JSON and ignores a UTF-8 byte order mark', () => {
    expect(parseExport(`\uFEFF${JSON.stringify(sampleExport())}`)).toEqual(sampleExport());
  });

  it('accepts an export with no settings and empty collections', () => {
    const empty: StayExport = {
      ...sampleExport(),
      settings: null,
      customPatterns: [],
      sessions: [],
      journal: [],
      wins: [],
      challenges: [],
    };
    expect(parseExport(JSON.stringify(empty))).toEqual(empty);
  });

  it('accepts times with a zone offset and any number of fraction digits', () => {
    for (const at of ['2026-11-27T10:00:00+01:00', '2024-02-29T23:59:59.123456Z']) {
      expect(parseExport(changed(['exportedAt'], at)).exportedAt).toBe(at);
    }
  });

  it('reads files made before the device-voice choice as the recorded voice, and keeps the choice', () => {
    const data = sampleExport();
    const old = JSON.parse(serializeExport(data)) as { settings: Record<string, unknown> };
    delete old.settings.deviceVoice;
    expect(parseExport(JSON.stringify(old)).settings?.deviceVoice).toBe(false);
    expect(parseExport(serializeExport(data)).settings?.deviceVoice).toBe(true);
  });

  it('reads files made before hum listening, and keeps what a microphone heard', () => {
    const data = sampleExport();
    const old = JSON.parse(serializeExport(data)) as {
      settings: Record<string, unknown>;
      sessions: Record<string, unknown>[];
    };
    delete old.settings.humListen;
    for (const session of old.sessions) delete session.hum;
    const read = parseExport(JSON.stringify(old));
    expect(read.settings?.humListen).toBe(false);
    expect(read.sessions.every((s) => s.hum === undefined)).toBe(true);
    expect(parseExport(serializeExport(data)).sessions[1]?.hum).toEqual({
      seconds: 4.25,
      rounds: 1,
      roundsPlanned: 1,
      longestS: 4.25,
      steadinessCents: 12.5,
      words: 'steady',
      medianHz: 148,
    });
  });

  it('refuses a hum steadiness word Stay does not use', () => {
    const error = importErrorOf(changed(['sessions', 1, 'hum', 'words'], 'perfect'));
    expect(error.message).toMatch(/words/);
  });

  it('returns plain objects with the ordinary prototype', () => {
    const result = parseExport(serializeExport(sampleExport()));
    const session = result.sessions[0];
    for (const value of [result, result.settings, session, session?.heart, session?.phases]) {
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    }
    expect(Array.isArray(result.sessions)).toBe(true);
  });

  it('round-trips any valid export', () => {
    fc.assert(
      fc.property(stayExportArb, (data) => {
        expect(parseExport(serializeExport(data))).toEqual(data);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseExport refuses broken and hostile files', () => {
  it.each(BROKEN_FILES)('$name', ({ text, message }) => {
    const error = importErrorOf(text());
    expect(error.message).toContain(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an oversized file before reading it', () => {
    const started = Date.now();
    const error = importErrorOf(`{${' '.repeat(MAX_EXPORT_BYTES)}}`);
    expect(error.message).toMatch(/^This file is 201 MB; Stay imports files of up to 200 MB\.$/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('names the line and column of a syntax error from the position V8 gives', () => {
    const text = '{\n  "format": "stay-export",\n  "version": 1,,\n}';
    expect(importErrorOf(text).message).toBe(
      'Line 3, column 16: the file is not valid JSON (expected double-quoted property name).',
    );
  });

  it('never lets a pollution attempt reach Object.prototype', () => {
    const text = JSON.stringify(sampleExport()).replace(
      '{',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    importErrorOf(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

type Path = readonly (string | number)[];

/** Every value inside `root` with its path, the root itself left out. */
function nodesOf(root: unknown, path: Path = []): [Path, unknown][] {
  if (typeof root !== 'object' || root === null) return [];
  return Object.entries(root).flatMap(([key, value]) => {
    const at = [...path, Array.isArray(root) ? Number(key) : key];
    return [[at, value] as [Path, unknown], ...nodesOf(value, at)];
  });
}

/** A value of another JSON type than `value`, which no field of an export accepts in its place. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return 0;
  if (value === null) return true;
  return Array.isArray(value) ? {} : [];
}

type Mutation = 'wrong type' | 'out of range' | 'removed' | '__proto__' | 'unknown key';

/** `data` as JSON text with `mutation` applied at `path`; null when it does not apply there. */
function mutated(data: StayExport, path: Path, mutation: Mutation): string | null {
  const root = JSON.parse(JSON.stringify(data)) as Record<string | number, unknown>;
  let parent = root;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1) ?? '';
  const value = parent[last];
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  switch (mutation) {
    case 'wrong type':
      parent[last] = wrongType(value);
      break;
    case 'out of range':
      if (typeof value === 'number') parent[last] = -1;
      else if (typeof value === 'string') parent[last] = 'x'.repeat(4001);
      else return null;
      break;
    case 'removed':
      // Timings and their fields are optional; list entries are not fields.
      if (Array.isArray(parent) || path.slice(0, 2).join('.') === 'settings.timings') return null;
      // Files made before hum listening have neither field.
      if (OPTIONAL_FIELDS.has(`${String(path[0])}.${String(last)}`) && path.length <= 5)
        return null;
      Reflect.deleteProperty(parent, last);
      break;
    case '__proto__':
    case 'unknown key':
      if (!isObject) return null;
      Object.defineProperty(value, mutation === '__proto__' ? '__proto__' : 'extraField', {
        value: { polluted: true },
        enumerable: true,
      });
      break;
  }
  return JSON.stringify(root);
}

/** Fields a valid file may leave out, as `<top-level key>.<field>`. */
const OPTIONAL_FIELDS = new Set([
  'settings.humListen',
  'settings.deviceVoice',
  'sessions.hum',
  'sessions.motion',
  'challenges.went',
]);

describe('parseExport refuses any broken field of a valid export', () => {
  // 500 runs: 1.5 s alone, 5.6 s seen on a loaded machine, hence its own generous timeout.
  it('throws ImportError, with a message a person can read, for every mutation', () => {
    const mutations: Mutation[] = [
      'wrong type',
      'out of range',
      'removed',
      '__proto__',
      'unknown key',
    ];
    const cases = stayExportArb.chain((data) =>
      fc.tuple(fc.constant(data), fc.constantFrom(...nodesOf(data)), fc.constantFrom(...mutations)),
    );
    fc.assert(
      fc.property(cases, ([data, [path], mutation]) => {
        const text = mutated(data, path, mutation);
        fc.pre(text !== null);
        const error = importErrorOf(text);
        expect(error.message).toMatch(/^[A-Z].*\.$/s);
        expect(error.message).not.toMatch(/undefined|\[object|NaN/);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe('checkExportSize', () => {
  it('accepts up to 200 MiB and refuses one byte more', () => {
    expect(() => {
      checkExportSize(MAX_EXPORT_BYTES);
    }).not.toThrow();
    expect(() => {
      checkExportSize(MAX_EXPORT_BYTES + 1);
    }).toThrow(ImportError);
    expect(MAX_EXPORT_BYTES).toBe(209_715_200);
  });
});

describe('serializeExport', () => {
  it('writes one field per line and one entry per line', () => {
    const lines = serializeExport(sampleExport()).split('\n');
    expect(lines[0]).toBe('{');
    expect(lines[1]).toBe('  "format": "stay-export",');
    expect(lines[2]).toBe('  "version": 1,');
    const first = lines.indexOf('  "sessions": [');
    expect(JSON.parse(lines[first + 1]!.replace(/,$/, ''))).toEqual(sampleExport().sessions[0]);
    expect(lines[first + 3]).toBe('  ],');
    expect(lines.at(-2)).toBe('}');
  });

  it('writes empty lists on one line', () => {
    const text = serializeExport({ ...sampleExport(), wins: [] });
    expect(text).toContain('\n  "wins": [],\n');
  });
});

describe('exportFileName', () => {
  it('names the file after the local calendar day', () => {
    expect(exportFileName(new Date(2026, 10, 27, 23, 59))).toBe('stay-export-2026-11-27.json');
    expect(exportFileName(new Date(2027, 0, 5))).toBe('stay-export-2027-01-05.json');
  });
});
