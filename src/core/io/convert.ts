import type { ExportAnswer, ExportHeart, ExportPhases, ExportSession } from './export-format';
import type {
  ClosingAnswer,
  HeartTrace,
  MotionResult,
  PhaseSpan,
  SessionRecord,
} from '../session/record';

/** A session as an export file holds it: heart and phases column by column, no `undefined`. */
export function toExportSession(record: SessionRecord): ExportSession {
  return {
    id: record.id,
    practiceId: record.practiceId,
    practiceName: record.practiceName,
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    status: record.status,
    plannedS: record.plannedS,
    practisedS: record.practisedS,
    breathsCompleted: record.breathsCompleted,
    answer: exportAnswer(record.answer),
    bodyPlaces: [...record.bodyPlaces],
    urgeBefore: record.urgeBefore,
    urgeAfter: record.urgeAfter,
    humSeconds: record.humSeconds ?? null,
    ...(record.hum ? { hum: { ...record.hum } } : {}),
    stillness: record.stillness ?? null,
    ...(record.motion ? { motion: copyMotion(record.motion) } : {}),
    phases: record.phases ? phaseColumns(record.phases) : null,
    heart: record.heart ? heartColumns(record.heart) : null,
  };
}

/** The record an export session restores; `toExportSession(fromExportSession(s))` equals `s`. */
export function fromExportSession(session: ExportSession): SessionRecord {
  const { humSeconds, hum, stillness, motion, phases, heart } = session;
  return {
    id: session.id,
    practiceId: session.practiceId,
    practiceName: session.practiceName,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    status: session.status,
    plannedS: session.plannedS,
    practisedS: session.practisedS,
    breathsCompleted: session.breathsCompleted,
    answer: recordAnswer(session.answer),
    bodyPlaces: [...session.bodyPlaces],
    urgeBefore: session.urgeBefore,
    urgeAfter: session.urgeAfter,
    ...(humSeconds === null ? {} : { humSeconds }),
    ...(hum ? { hum: { ...hum } } : {}),
    ...(stillness === null ? {} : { stillness }),
    ...(motion ? { motion: copyMotion(motion) } : {}),
    ...(phases ? { phases: phaseSpans(phases) } : {}),
    ...(heart ? { heart: heartTrace(heart) } : {}),
  };
}

function copyMotion(motion: MotionResult): MotionResult {
  return { ...motion, curve: [...motion.curve] };
}

function exportAnswer(answer: ClosingAnswer): ExportAnswer {
  if (answer === undefined) return 'not-asked';
  return answer ?? 'skipped';
}

function recordAnswer(answer: ExportAnswer): ClosingAnswer {
  if (answer === 'not-asked') return undefined;
  return answer === 'skipped' ? null : answer;
}

function phaseColumns(phases: readonly PhaseSpan[]): ExportPhases {
  return {
    kind: phases.map((p) => p.kind),
    atS: phases.map((p) => p.atS),
    durationS: phases.map((p) => p.durationS),
  };
}

function phaseSpans(columns: ExportPhases): PhaseSpan[] {
  return columns.kind.map((kind, i) => ({
    kind,
    atS: columns.atS[i] ?? 0,
    durationS: columns.durationS[i] ?? 0,
  }));
}

function heartColumns(trace: HeartTrace): ExportHeart {
  return {
    baselineBpm: trace.baselineBpm,
    gaps: trace.gaps.map(({ fromS, toS }) => ({ fromS, toS })),
    tS: trace.samples.map((s) => s.tS),
    bpm: trace.samples.map((s) => s.bpm),
    level: trace.samples.map((s) => s.level),
    rrMs: [...(trace.rrMs ?? [])],
  };
}

function heartTrace(heart: ExportHeart): HeartTrace {
  return {
    baselineBpm: heart.baselineBpm,
    gaps: heart.gaps.map(({ fromS, toS }) => ({ fromS, toS })),
    samples: heart.tS.map((tS, i) => ({ tS, bpm: heart.bpm[i] ?? 0, level: heart.level[i] ?? 0 })),
    rrMs: [...heart.rrMs],
  };
}
