import { describe, expect, it } from 'vitest';
import { DATA_WORDS } from './data';
import { HEART_WORDS } from './heart';
import { CHART_WORDS, HISTORY_WORDS } from './history';
import { HUM_WORDS } from './hum';
import { DONE_WORDS, PRACTICE_VIEW_WORDS, PRACTICE_WORDS, RUNNING_WORDS } from './practice';
import { RECOVERED_WORDS } from './recovered-notice';
import { SESSION_PAGE_WORDS } from './session-page';
import { SESSION_WORDS } from './sessions';
import { INSTALL_WORDS, PATTERN_FORM_WORDS, SETTINGS_WORDS, TIMING_WORDS } from './settings';
import { STRAP_WORDS } from './strap';
import { STRAP_FAILURE_WORDS } from './strap-failures';
import { LISTEN_FAILURE_WORDS } from './listen-failures';
import { UPDATE_WORDS } from './update-notice';

const MODULES = {
  DATA_WORDS,
  HEART_WORDS,
  CHART_WORDS,
  HISTORY_WORDS,
  HUM_WORDS,
  RECOVERED_WORDS,
  SESSION_WORDS,
  UPDATE_WORDS,
  STRAP_FAILURE_WORDS,
  LISTEN_FAILURE_WORDS,
  PRACTICE_WORDS,
  PRACTICE_VIEW_WORDS,
  RUNNING_WORDS,
  DONE_WORDS,
  SESSION_PAGE_WORDS,
  INSTALL_WORDS,
  PATTERN_FORM_WORDS,
  SETTINGS_WORDS,
  TIMING_WORDS,
  STRAP_WORDS,
};

/** Pieces that join other words, so their spaces are part of the text. */
const JOINERS = new Set(['STRAP_WORDS.separator', 'INSTALL_WORDS.iosThen']);

function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (value !== null && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) yield* strings(inner, `${path}.${key}`);
}

describe('content', () => {
  it('holds only words: every leaf is text, none empty or padded', () => {
    let count = 0;
    for (const [name, words] of Object.entries(MODULES)) {
      for (const [path, text] of strings(words, name)) {
        count += 1;
        expect(text.trim(), path).not.toBe('');
        if (!JOINERS.has(path)) expect(text, path).toBe(text.trim());
        expect(text, path).not.toMatch(/\s{2}/);
      }
    }
    expect(count).toBeGreaterThan(150);
  });
});
