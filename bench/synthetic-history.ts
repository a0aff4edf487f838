// Five years of someone's practice, made up but shaped like real use: a few practices most days,
// more in hard weeks, every one with a heart trace at 1 Hz and the RR intervals behind it.
import { phaseCues, compileSession } from '../src/core/breathing/plan';
import { PRACTICES } from '../src/core/breathing/practices';
import type { PracticeId } from '../src/core/breathing/types';
import { EXPORT_FORMAT, EXPORT_VERSION, type StayExport } from '../src/core/io/export-format';
import { toExportSession } from '../src/core/io/convert';
import type { SessionRecord } from '../src/core/session/record';
import { seededRandom } from '../src/core/random/seeded-random';

/** The mix of practices, most often the short ones. */
const MIX: readonly [PracticeId, number, number][] = [
  // id, share, minutes (for minute-long practices)
  ['five-breaths', 0.35, 0],
  ['cyclic-sigh', 0.2, 5],
  ['hum-reset', 0.15, 3],
  ['five-minute-pause', 0.1, 5],
  ['resonance', 0.1, 10],
  ['box', 0.05, 4],
  ['4-7-8', 0.05, 0],
];

const DAY_MS = 86_400_000;

/** `count` sessions ending on `end`, oldest first, every one with a heart trace. */
export function syntheticSessions(
  count: number,
  end = new Date('2026-11-01T20:00:00Z'),
): SessionRecord[] {
  const random = seededRandom(20261127);
  const plans = new Map(
    MIX.map(([id, , minutes]) => [
      id,
      compileSession(PRACTICES[id], minutes > 0 ? { minutes } : {}),
    ]),
  );
  const spanMs = 5 * 365 * DAY_MS;
  const records: SessionRecord[] = [];
  for (let i = 0; i < count; i++) {
    const startMs = end.getTime() - spanMs + (spanMs * (i + random())) / count;
    const id = pick(random);
    const plan = plans.get(id);
    if (!plan) throw new Error(`No plan for ${id}`);
    const completed = random() > 0.08;
    const practisedS = completed
      ? plan.durationS
      : Math.round(plan.durationS * random() * 100) / 100;
    const baseline = 58 + random() * 14;
    const rise = 6 + random() * 22;
    const samples = [];
    const rrMs: number[] = [];
    let owed = 0;
    for (let t = 0; t < practisedS; t += 1) {
      const settle = Math.exp(-t / (40 + random() * 40));
      const bpm = Math.round(baseline + rise * settle + 2 * Math.sin(t / 5) + random() * 2);
      samples.push({ tS: t, bpm, level: Math.round(Math.min(100, (rise * settle * 100) / 30)) });
      // One RR interval per beat, on the strap's 1/1024 s grid.
      for (owed += bpm / 60; owed >= 1; owed -= 1) {
        rrMs.push((Math.round((60_000 / bpm) * 1.024) * 1000) / 1024);
      }
    }
    const urgeBefore = random() > 0.3 ? Math.round(4 + random() * 6) : null;
    records.push({
      id: `synthetic-${String(i).padStart(5, '0')}`,
      practiceId: id,
      practiceName: plan.practiceName,
      startedAt: new Date(startMs).toISOString(),
      endedAt: new Date(startMs + practisedS * 1000).toISOString(),
      status: completed ? 'completed' : random() > 0.5 ? 'stopped' : 'interrupted',
      plannedS: plan.durationS,
      practisedS,
      breathsCompleted: completed
        ? plan.breathCount
        : Math.floor(plan.breathCount * (practisedS / plan.durationS)),
      answer: plan.asksClosingQuestion ? (random() > 0.5 ? 'protecting' : 'isolating') : undefined,
      bodyPlaces: random() > 0.5 ? ['chest'] : [],
      urgeBefore,
      urgeAfter: urgeBefore === null ? null : Math.max(0, urgeBefore - Math.round(random() * 5)),
      phases: phaseCues(plan).map(({ kind, atS, durationS }) => ({ kind, atS, durationS })),
      heart: { samples, gaps: [], baselineBpm: Math.round(baseline), rrMs },
    });
  }
  return records;
}

/** The same sessions as a complete export file's contents. */
export function syntheticExport(count: number): StayExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: '2026-11-27T09:00:00.000Z',
    settings: null,
    customPatterns: [],
    sessions: syntheticSessions(count).reverse().map(toExportSession),
    journal: [],
    wins: [],
    challenges: [],
  };
}

function pick(random: () => number): PracticeId {
  let x = random();
  for (const [id, share] of MIX) {
    if (x < share) return id;
    x -= share;
  }
  return 'five-breaths';
}
