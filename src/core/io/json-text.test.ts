import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { errorOffset, MAX_DEPTH, parseJsonText } from './json-text';

const text = '{\n  "a": 1,\n  "b": ?\n}';

describe('errorOffset', () => {
  it('reads the offset of a V8 "at position" message', () => {
    expect(errorOffset(text, `Unexpected token in JSON at position 19`)).toBe(19);
  });

  it('reads line and column when the message gives them (newer V8, Firefox)', () => {
    const v8 = 'Unexpected token in JSON at position 19 (line 3 column 8)';
    const firefox = 'JSON.parse: unexpected character at line 3 column 8 of the JSON data';
    expect(errorOffset(text, v8)).toBe(19);
    expect(errorOffset(text, firefox)).toBe(19);
  });

  it('puts an unexpected end at the end, and gives null without a position', () => {
    expect(errorOffset(text, 'Unexpected end of JSON input')).toBe(text.length);
    expect(errorOffset(text, `Unexpected token '?', "…" is not valid JSON`)).toBeNull();
  });
});

describe('parseJsonText', () => {
  it('accepts nesting up to MAX_DEPTH and refuses one level more', () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    expect(() => parseJsonText(nested(MAX_DEPTH))).not.toThrow();
    expect(() => parseJsonText(nested(MAX_DEPTH + 1))).toThrow(ImportError);
  });

  it('counts lines and columns from 1, after a byte order mark', () => {
    expect(() => parseJsonText('\uFEFF{\n  "a" 1}')).toThrow(
      "Line 2, column 7: the file is not valid JSON (expected ':' after property name).",
    );
  });

  it('places an unexpected token V8 gives no position for, from the text it quotes', () => {
    const lines = [
      '{',
      '  "format": "stay-export",',
      '  "list": [1, 2, 3,],',
      '  "more": "text"',
      '}',
    ];
    expect(() => parseJsonText(lines.join('\n'))).toThrow(
      'Line 3, column 20: the file is not valid JSON (unexpected ‘]’).',
    );
    expect(() => parseJsonText(`[1,]${' '.repeat(30)}`)).toThrow(/^Line 1, column 4: /);
    expect(() => parseJsonText(`${' '.repeat(30)}[1,]`)).toThrow(/^Line 1, column 34: /);
  });

  it('refuses a forbidden key however deep it sits in lists', () => {
    expect(() => parseJsonText('[[[{"x": [{"prototype": 1}]}]]]')).toThrow(
      'The file contains the key "prototype"',
    );
  });
});
