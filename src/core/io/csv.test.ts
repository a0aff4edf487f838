import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, samplesCsv, sessionsCsv } from './csv';
import type { StayExport } from './export-format';
import { stayExportArb } from './testing/arbitraries';
import { sampleExport } from './testing/sample';

/** Rows of RFC 4180 CSV with CRLF line ends, as a spreadsheet would read them. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(row.length === 0 && cell === '' && !quoted, 'CSV ends with CRLF').toBe(true);
  return rows;
}

const SESSIONS_HEADER =
  'id,practice,name,started,ended,status,planned_s,practised_s,breaths,urge_before,urge_after,answer,body_places,hum_s,stillness,still_first_minute,pickups,baseline_bpm,sample_count';

describe('sessionsCsv', () => {
  it('writes the sample export exactly', () => {
    expect(sessionsCsv(sampleExport())).toBe(
      `${SESSIONS_HEADER}\r\n` +
        's-1,five-breaths,Five breaths,2026-11-26T21:00:00.000Z,2026-11-26T21:01:10.000Z,completed,58,58,5,8,3,protecting,chest jaw,,,,,72,3\r\n' +
        `'-cmd,custom:slow-out,"'=HYPERLINK(""x""), ""quoted""",2026-11-25T08:00:00.000Z,,interrupted,300,12.5,1,,,not-asked,,4.25,0.9,0.95,1,,0\r\n`,
    );
  });

  it('writes only the header for an export without sessions', () => {
    expect(sessionsCsv({ ...sampleExport(), sessions: [] })).toBe(`${SESSIONS_HEADER}\r\n`);
  });

  it('gives every row 19 cells, and every id back as written (guarded)', () => {
    fc.assert(
      fc.property(stayExportArb, (data: StayExport) => {
        const rows = readCsv(sessionsCsv(data));
        expect(rows).toHaveLength(data.sessions.length + 1);
        for (const row of rows) expect(row).toHaveLength(19);
        expect(rows.slice(1).map((r) => r[0])).toEqual(
          data.sessions.map((s) => (/^[=+\-@]/.test(s.id) ? `'${s.id}` : s.id)),
        );
        expect(rows.slice(1).map((r) => r[2])).toEqual(
          data.sessions.map((s) =>
            /^[=+\-@\t\r]/.test(s.practiceName) ? `'${s.practiceName}` : s.practiceName,
          ),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('samplesCsv', () => {
  it('writes one row per heart sample, sessions without a strap left out', () => {
    expect(samplesCsv(sampleExport())).toBe(
      'session_id,t_s,bpm,level\r\ns-1,0,88,70\r\ns-1,1.02,86,64\r\ns-1,2.05,84,51\r\n',
    );
  });

  it('gives every row 4 cells and one row per sample', () => {
    fc.assert(
      fc.property(stayExportArb, (data: StayExport) => {
        const rows = readCsv(samplesCsv(data));
        const samples = data.sessions.reduce((n, s) => n + (s.heart?.tS.length ?? 0), 0);
        expect(rows).toHaveLength(samples + 1);
        for (const row of rows) expect(row).toHaveLength(4);
      }),
      { numRuns: 100 },
    );
  });
});

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvCell('plain text')).toBe('plain text');
  });

  it('guards text a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('keeps numbers numeric, negative ones included, and writes null as an empty cell', () => {
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
  });
});
