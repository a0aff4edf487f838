import type { ExportSession, StayExport } from './export-format';

/** A cell: text is quoted and guarded against formulas; numbers are written as they are. */
type Cell = string | number | null;

const SESSION_HEADER = [
  'id',
  'practice',
  'name',
  'started',
  'ended',
  'status',
  'planned_s',
  'practised_s',
  'breaths',
  'urge_before',
  'urge_after',
  'answer',
  'body_places',
  'hum_s',
  'stillness',
  'still_first_minute',
  'pickups',
  'baseline_bpm',
  'sample_count',
];

const SAMPLE_HEADER = ['session_id', 't_s', 'bpm', 'level'];

/** One row per session (header first), as RFC 4180 CSV with CRLF line ends. Body places are space-separated. */
export function sessionsCsv(data: StayExport): string {
  return toCsv(SESSION_HEADER, data.sessions.map(sessionRow));
}

/** One row per heart sample of every session (header first): session id, t_s, bpm, level. */
export function samplesCsv(data: StayExport): string {
  const rows: Cell[][] = [];
  for (const session of data.sessions) {
    const heart = session.heart;
    if (!heart) continue;
    heart.tS.forEach((tS, i) => {
      rows.push([session.id, tS, heart.bpm[i] ?? null, heart.level[i] ?? null]);
    });
  }
  return toCsv(SAMPLE_HEADER, rows);
}

function sessionRow(s: ExportSession): Cell[] {
  return [
    s.id,
    s.practiceId,
    s.practiceName,
    s.startedAt,
    s.endedAt,
    s.status,
    s.plannedS,
    s.practisedS,
    s.breathsCompleted,
    s.urgeBefore,
    s.urgeAfter,
    s.answer,
    s.bodyPlaces.join(' '),
    s.humSeconds,
    s.stillness,
    s.motion?.firstMinute ?? null,
    s.motion?.pickups ?? null,
    s.heart?.baselineBpm ?? null,
    s.heart?.tS.length ?? 0,
  ];
}

function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** One CSV cell: null is empty; text that a spreadsheet would run as a formula gets a leading `'`. */
export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
