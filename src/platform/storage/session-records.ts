import type { SessionRecord, SessionSummary } from '../../core/session/record';
import { summarizeSession } from '../../core/session/summary';
import { decodeChunks } from './heart-chunks';
import type { HeartChunk, StoredDetails, StoredSession } from './schema';
import { omit } from './omit';

/**
 * The summary row for `record`; its heart overview (core/session/summary) is computed from the
 * record's trace, which must be the whole trace (a running session keeps all of it in memory).
 */
export function toStored(record: SessionRecord, savedAt: string, chunks: number): StoredSession {
  return { ...summarizeSession(record), savedAt, chunks };
}

/** The details row for `record`, or null when it has neither phases nor a heart trace. */
export function toDetails(record: SessionRecord): StoredDetails | null {
  if (!record.phases && !record.heart) return null;
  return {
    id: record.id,
    phases: record.phases ? [...record.phases] : null,
    gaps: record.heart ? [...record.heart.gaps] : [],
  };
}

/** The port's summary: the stored row without its bookkeeping. */
export function toSummary(stored: StoredSession): SessionSummary {
  return omit(stored, 'savedAt', 'chunks');
}

/** The whole record from its rows; `chunks` in `seq` order. RR comes back as `[]` when none was kept. */
export function assemble(
  stored: StoredSession,
  details: StoredDetails | undefined,
  chunks: readonly HeartChunk[],
): SessionRecord {
  const { heart, ...summary } = toSummary(stored);
  const phases = details?.phases;
  if (!heart) return { ...summary, ...(phases ? { phases } : {}) };
  const { samples, rrMs } = decodeChunks(chunks);
  return {
    ...summary,
    ...(phases ? { phases } : {}),
    heart: { samples, gaps: details?.gaps ?? [], baselineBpm: heart.baselineBpm, rrMs },
  };
}
