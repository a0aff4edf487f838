import { MAX_EXPORT_BYTES } from '../export';
import { MAX_COLUMN, MAX_ENTRIES } from '../export-schema';
import { sampleExport } from './sample';

/** A file `parseExport` must refuse, and a fragment of the message a person should see. */
export interface BrokenFile {
  readonly name: string;
  /** Built on demand: some files are large. */
  readonly text: () => string;
  readonly message: string;
}

/** Marks a field to delete in `changed()`. */
export const REMOVE = Symbol('remove');

type Step = string | number;

/** The sample export as JSON text, with the value at `path` replaced (or removed with REMOVE). */
export function changed(path: readonly Step[], value: unknown): string {
  const root = JSON.parse(JSON.stringify(sampleExport())) as Record<Step, unknown>;
  let parent = root;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<Step, unknown>;
  const last = path.at(-1);
  if (last === undefined) throw new Error('changed() needs a path');
  if (value === REMOVE) {
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else Reflect.deleteProperty(parent, last);
  } else {
    parent[last] = value;
  }
  return JSON.stringify(root);
}

/** The sample export as JSON text with `raw` written in place of the first `"key":` found. */
function withRawBefore(key: string, raw: string): string {
  const text = JSON.stringify(sampleExport());
  const at = text.indexOf(`"${key}":`);
  return `${text.slice(0, at)}${raw},${text.slice(at)}`;
}

const valid = () => JSON.stringify(sampleExport());
const session = (field: Step, ...rest: Step[]) => ['sessions', 0, field, ...rest];

/** Broken and hostile files, each with the message fragment it must produce. */
export const BROKEN_FILES: readonly BrokenFile[] = [
  { name: 'empty file', text: () => '', message: 'The file is empty.' },
  { name: 'only spaces and a BOM', text: () => '\uFEFF  \n', message: 'The file is empty.' },
  { name: 'null', text: () => 'null', message: 'This is not a Stay export.' },
  { name: 'an array at the top', text: () => '[]', message: 'This is not a Stay export.' },
  { name: 'a bare string', text: () => '"stay-export"', message: 'This is not a Stay export.' },
  {
    name: 'truncated JSON',
    text: () => valid().slice(0, 120),
    message: 'Line 1, column 121: the file ends too early',
  },
  {
    name: 'truncated on the third line',
    text: () => '{\n  "format": "stay-export",\n  "version": 1',
    message: 'Line 3, column 15: the file ends too early',
  },
  {
    name: 'trailing garbage',
    text: () => `${valid()}\n}oops`,
    message: 'the file has extra text after the end of the data',
  },
  {
    name: 'a stray token',
    text: () => '{"format": }',
    message: 'The file is not valid JSON (unexpected ‘}’).',
  },
  {
    name: 'a missing comma on line 2',
    text: () => '{"format": "stay-export"\n "version": 1}',
    message:
      "Line 2, column 2: the file is not valid JSON (expected ',' or '}' after property value).",
  },
  {
    name: 'wrong format tag',
    text: () => changed(['format'], 'other-app'),
    message: 'This is not a Stay export.',
  },
  {
    name: 'no format tag',
    text: () => changed(['format'], REMOVE),
    message: 'This is not a Stay export.',
  },
  {
    name: 'version 2',
    text: () => changed(['version'], 2),
    message: 'This file is from a newer version of Stay. Update Stay, then import it again.',
  },
  { name: 'version "1"', text: () => changed(['version'], '1'), message: 'unknown version ("1")' },
  { name: 'version 1.5', text: () => changed(['version'], 1.5), message: 'unknown version (1.5)' },
  { name: 'version 0', text: () => changed(['version'], 0), message: 'unknown version (0)' },
  {
    name: 'no version',
    text: () => changed(['version'], REMOVE),
    message: 'unknown version (none)',
  },
  {
    name: 'missing sessions',
    text: () => changed(['sessions'], REMOVE),
    message: 'The field sessions is missing.',
  },
  {
    name: 'missing journal',
    text: () => changed(['journal'], REMOVE),
    message: 'journal is missing.',
  },
  {
    name: 'sessions not a list',
    text: () => changed(['sessions'], {}),
    message: 'The field sessions must be a list.',
  },
  {
    name: 'unknown top-level field',
    text: () => changed(['extra'], 1),
    message: 'The file has fields Stay does not know: "extra".',
  },
  {
    name: 'unknown session field',
    text: () => changed(session('mood'), 'ok'),
    message: 'Session 1 ("s-1") has fields Stay does not know: "mood".',
  },
  {
    name: 'duplicate session ids',
    text: () => changed(['sessions', 1, 'id'], 's-1'),
    message: 'Session 2 ("s-1") repeats the id of entry 1',
  },
  {
    name: 'duplicate journal ids',
    text: () => {
      const data = sampleExport();
      return JSON.stringify({ ...data, journal: [...data.journal, ...data.journal] });
    },
    message: 'Journal entry 2 ("j-1") repeats the id of entry 1',
  },
  {
    name: 'an id with spaces',
    text: () => changed(['wins', 0, 'id'], 'my win'),
    message: 'Small win 1 ("my win"): id must be an id of 1 to 64 letters',
  },
  {
    name: 'a NaN-like string',
    text: () => changed(session('urgeBefore'), 'NaN'),
    message: 'Session 1 ("s-1"): urgeBefore must be a whole number from 0 to 10.',
  },
  {
    name: 'an Infinity-like string',
    text: () => changed(session('heart', 'bpm', 1), 'Infinity'),
    message: 'Session 1 ("s-1"): heart.bpm value 2 must be a whole number from 1 to 65535.',
  },
  {
    name: 'a number too large for a double',
    text: () => valid().replace('"plannedS":58', '"plannedS":1e309'),
    message: 'Session 1 ("s-1"): plannedS must be a number from 0 to 86400.',
  },
  {
    name: 'a huge urge',
    text: () => changed(session('urgeAfter'), 1e21),
    message: 'urgeAfter must be a whole number from 0 to 10.',
  },
  {
    name: 'a fractional urge',
    text: () => changed(session('urgeAfter'), 2.5),
    message: 'urgeAfter must be a whole number from 0 to 10.',
  },
  {
    name: 'a negative duration',
    text: () => changed(session('practisedS'), -5),
    message: 'Session 1 ("s-1"): practisedS must be a number from 0 to 86400.',
  },
  {
    name: 'a negative stay',
    text: () => changed(['wins', 0, 'stayedS'], -1),
    message: 'Small win 1 ("w-1"): stayedS must be a number from 0 to 86400.',
  },
  {
    name: 'an impossible date',
    text: () => changed(session('startedAt'), '2026-02-30T10:00:00.000Z'),
    message: 'Session 1 ("s-1"): startedAt must be a date and time like 2025-01-01T10:00:00.000Z.',
  },
  {
    name: 'a date without a zone',
    text: () => changed(['exportedAt'], '2026-11-27 09:30'),
    message: 'exportedAt must be a date and time',
  },
  {
    name: 'an unknown status',
    text: () => changed(session('status'), 'paused'),
    message: 'status must be one of "running"',
  },
  {
    name: 'heart columns of different lengths',
    text: () => changed(session('heart', 'level'), [1, 2]),
    message: 'Session 1 ("s-1"): heart.level has 2 values but tS has 3; they must match.',
  },
  {
    name: 'heart times going back',
    text: () => changed(session('heart', 'tS'), [0, 2, 1]),
    message: 'heart.tS value 3 is earlier than the value before it',
  },
  {
    name: 'an RR interval out of range',
    text: () => changed(session('heart', 'rrMs', 0), 64000),
    message: 'heart.rrMs value 1 must be a number from 0 to 63999.0234375.',
  },
  {
    name: 'a gap that ends before it starts',
    text: () => changed(session('heart', 'gaps', 0, 'toS'), 1),
    message: 'heart.gaps value 1, toS must not be before fromS.',
  },
  {
    name: 'phase columns of different lengths',
    text: () => changed(session('phases', 'atS'), [0]),
    message: 'phases.atS has 1 values but kind has 3',
  },
  {
    name: 'an unknown phase kind',
    text: () => changed(session('phases', 'kind', 0), 'nap'),
    message: 'phases.kind value 1 must be one of "settle"',
  },
  {
    name: 'stillness above 1',
    text: () => changed(['sessions', 1, 'stillness'], 1.5),
    message: 'Session 2 ("-cmd"): stillness must be a number from 0 to 1.',
  },
  {
    name: 'a stillness curve point above 1',
    text: () => changed(['sessions', 1, 'motion', 'curve', 1], 1.2),
    message: 'Session 2 ("-cmd"): motion.curve value 2 must be a number from 0 to 1.',
  },
  {
    name: 'a negative pickup count',
    text: () => changed(['sessions', 1, 'motion', 'pickups'], -1),
    message: 'Session 2 ("-cmd"): motion.pickups must be a whole number from 0 to 86400.',
  },
  {
    name: 'a motion result without its curve',
    text: () => changed(['sessions', 1, 'motion', 'curve'], REMOVE),
    message: 'Session 2 ("-cmd"): motion.curve is missing.',
  },
  {
    name: 'a repeated body place',
    text: () => changed(session('bodyPlaces'), ['chest', 'chest']),
    message: 'bodyPlaces value 2 repeats the place of entry 1',
  },
  {
    name: 'a missing required field',
    text: () => changed(session('answer'), REMOVE),
    message: 'Session 1 ("s-1"): answer is missing.',
  },
  {
    name: 'an unknown journal kind',
    text: () => changed(['journal', 0, 'kind'], 'diary'),
    message: 'Journal entry 1 ("j-1"): kind must be one of "three-column"',
  },
  {
    name: 'a capacity over 100 %',
    text: () => changed(['journal', 0, 'percent'], 140),
    message: 'percent must be a number from 0 to 100.',
  },
  {
    name: 'a field of another journal kind',
    text: () => changed(['journal', 0, 'rung'], 2),
    message: 'has fields Stay does not know: "rung"',
  },
  {
    name: 'a ladder rung of 5',
    text: () => changed(['challenges', 0, 'days', 0, 'rung'], 5),
    message: 'Challenge 1 ("c-1"), day entry 1: rung must be a whole number from 1 to 4.',
  },
  {
    name: 'a challenge day that went sideways',
    text: () => changed(['challenges', 0, 'days', 0, 'went'], 'sideways'),
    message: 'Challenge 1 ("c-1"), day entry 1: went must be one of "well", "mixed", "badly".',
  },
  {
    name: 'a challenge day 8',
    text: () => changed(['challenges', 0, 'days', 0, 'day'], 8),
    message: 'day must be a whole number from 1 to 7.',
  },
  {
    name: 'settings of the wrong type',
    text: () => changed(['settings', 'volume'], 'loud'),
    message: 'Settings: volume must be a number from 0 to 1.',
  },
  {
    name: 'settings with a string for a switch',
    text: () => changed(['settings', 'voice'], 'yes'),
    message: 'Settings: voice must be true or false.',
  },
  {
    name: 'a timing for an unknown practice',
    text: () => changed(['settings', 'timings', 'jog'], { minutes: 5 }),
    message: 'Settings: timings names a practice Stay does not know: "jog".',
  },
  {
    name: 'a timing that cannot be breathed',
    text: () => changed(['settings', 'timings', 'box', 'pattern', 'exhaleS'], 0.5),
    message:
      'Settings: timings.box.pattern cannot be breathed: Breathing out must last at least 1 second.',
  },
  {
    name: 'a custom pattern that cannot be breathed',
    text: () => changed(['customPatterns', 0, 'pattern', 'inhaleS'], 0),
    message: 'Custom pattern 1 ("slow-out"): pattern cannot be breathed',
  },
  {
    name: 'duplicate custom pattern slugs',
    text: () => {
      const data = sampleExport();
      return JSON.stringify({
        ...data,
        customPatterns: [...data.customPatterns, ...data.customPatterns],
      });
    },
    message: 'Custom pattern 2 ("slow-out") repeats the slug of entry 1',
  },
  {
    name: '__proto__ at the top',
    text: () => withRawBefore('format', '"__proto__": {"polluted": true}'),
    message: 'The file contains the key "__proto__"',
  },
  {
    name: '__proto__ inside a session',
    text: () => withRawBefore('practiceId', '"__proto__": {"polluted": true}'),
    message: 'The file contains the key "__proto__"',
  },
  {
    name: 'constructor.prototype',
    text: () => withRawBefore('exportedAt', '"constructor": {"prototype": {"polluted": true}}'),
    message: 'The file contains the key "constructor"',
  },
  {
    name: 'prototype inside settings',
    text: () => withRawBefore('voice', '"prototype": {"polluted": true}'),
    message: 'The file contains the key "prototype"',
  },
  {
    name: '100,000 nested lists',
    text: () => '['.repeat(100_000) + ']'.repeat(100_000),
    message: 'The file is nested more than 32 levels deep; a Stay export never is.',
  },
  {
    name: '100,000 nested objects, unclosed',
    text: () => '{"a":'.repeat(100_000),
    message: 'the file ends too early',
  },
  {
    name: 'a 10 MB note',
    text: () => changed(['journal', 0, 'note'], 'x'.repeat(10 * 1024 * 1024)),
    message: 'Journal entry 1 ("j-1"): note must be text of at most 4000 characters.',
  },
  {
    name: 'a practice name of 81 characters',
    text: () => changed(session('practiceName'), 'n'.repeat(81)),
    message: 'practiceName must be text of at most 80 characters.',
  },
  {
    name: 'too many sessions',
    text: () => changed(['sessions'], new Array<number>(MAX_ENTRIES + 1).fill(0)),
    message: `sessions has ${String(MAX_ENTRIES + 1)} entries; at most ${String(MAX_ENTRIES)} are allowed.`,
  },
  {
    name: 'a heart column that is too long',
    text: () => changed(session('heart', 'rrMs'), new Array<number>(MAX_COLUMN + 1).fill(800)),
    message: `heart.rrMs has ${String(MAX_COLUMN + 1)} entries`,
  },
  {
    name: 'a file over 200 MB',
    text: () => ' '.repeat(MAX_EXPORT_BYTES + 1),
    message: 'Stay imports files of up to 200 MB.',
  },
];
