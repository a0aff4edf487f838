import fc from 'fast-check';
import type { CustomPattern } from '../../breathing/custom';
import { PRACTICE_IDS } from '../../breathing/practices';
import type { Pattern, PhaseKind, PracticeId } from '../../breathing/types';
import { BODY_PLACES } from '../../reflect/body-places';
import {
  DAY_WENT,
  WIN_KINDS,
  type ChallengeDay,
  type ChallengeProgress,
  type JournalEntry,
  type SmallWin,
} from '../../reflect/records';
import {
  SESSION_STATUSES,
  type HumResult,
  type HumSteadiness,
  type MotionResult,
} from '../../session/record';
import type { PracticeTiming, Settings } from '../../settings/settings';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportAnswer,
  type ExportHeart,
  type ExportPhases,
  type ExportSession,
  type StayExport,
} from '../export-format';

/** Plain records only: an import always returns objects with Object.prototype. */
const rec = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
  fc.record(model, { noNullPrototype: true });

/** A finite number in min..max, never -0 (JSON writes -0 as 0). */
const num = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);

const int = (min: number, max: number) => fc.integer({ min, max });

/** Ids as the app makes them (UUIDs) and as files may carry them (any allowed characters). */
export const idArb: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.stringMatching(/^[A-Za-z0-9._:-]{1,64}$/),
);

/** ISO 8601 UTC times with milliseconds, as `Date#toISOString` writes them. */
export const isoTimeArb: fc.Arbitrary<string> = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

/** Free text of any UTF-16 code units (lone surrogates included), kept short for speed. */
export const noteArb: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 40 });

const seconds = num(0, 24 * 60 * 60);
const nullableOf = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const phasesArb: fc.Arbitrary<ExportPhases> = fc
  .array(
    fc.tuple(
      fc.constantFrom<PhaseKind>('settle', 'inhale', 'top-up', 'hold', 'exhale', 'hum'),
      seconds,
      seconds,
    ),
    { maxLength: 12 },
  )
  .map((rows) => ({
    kind: rows.map((r) => r[0]),
    atS: rows.map((r) => r[1]),
    durationS: rows.map((r) => r[2]),
  }));

const heartArb: fc.Arbitrary<ExportHeart> = fc
  .record(
    {
      baselineBpm: nullableOf(num(1, 300)),
      gaps: fc.array(
        fc
          .tuple(seconds, seconds)
          .map(([a, b]) => ({ fromS: Math.min(a, b), toS: Math.max(a, b) })),
        { maxLength: 3 },
      ),
      samples: fc.array(fc.tuple(seconds, int(1, 300), int(0, 100)), { maxLength: 20 }),
      rrMs: fc.array(num(200, 3000), { maxLength: 20 }),
    },
    { noNullPrototype: true },
  )
  .map(({ samples, ...rest }) => {
    const tS = samples.map((s) => s[0]).sort((a, b) => a - b);
    return { ...rest, tS, bpm: samples.map((s) => s[1]), level: samples.map((s) => s[2]) };
  });

/** What a microphone heard of a hummed practice. */
const humArb: fc.Arbitrary<HumResult> = rec<HumResult>({
  seconds,
  rounds: int(0, 20),
  roundsPlanned: int(0, 20),
  longestS: seconds,
  steadinessCents: nullableOf(num(0, 500)),
  words: nullableOf(fc.constantFrom<HumSteadiness>('steady', 'a little wavering', 'wavering')),
  medianHz: nullableOf(num(60, 500)),
});

/** What the motion sensors saw in a five-minute pause. */
const motionArb: fc.Arbitrary<MotionResult> = rec<MotionResult>({
  firstMinute: nullableOf(num(0, 1)),
  curve: fc.array(num(0, 1), { maxLength: 40 }),
  bucketS: fc.constantFrom(5, 10, 30),
  faceDownAtS: nullableOf(seconds),
  waitedS: seconds,
  pickups: int(0, 20),
});

const sessionBaseArb: fc.Arbitrary<ExportSession> = rec<ExportSession>({
  id: idArb,
  practiceId: fc.oneof(
    fc.constantFrom(...PRACTICE_IDS),
    fc.stringMatching(/^[a-z0-9]{1,20}$/).map((slug) => `custom:${slug}`),
  ),
  practiceName: fc.string({ maxLength: 80 }),
  startedAt: isoTimeArb,
  endedAt: nullableOf(isoTimeArb),
  status: fc.constantFrom(...SESSION_STATUSES),
  plannedS: seconds,
  practisedS: seconds,
  breathsCompleted: int(0, 1000),
  answer: fc.constantFrom<ExportAnswer>('protecting', 'isolating', 'skipped', 'not-asked'),
  bodyPlaces: fc.subarray([...BODY_PLACES]),
  urgeBefore: nullableOf(int(0, 10)),
  urgeAfter: nullableOf(int(0, 10)),
  humSeconds: nullableOf(seconds),
  stillness: nullableOf(num(0, 1)),
  phases: nullableOf(phasesArb),
  heart: nullableOf(heartArb),
});

/**
 * A valid exported session; `hum` is there only when a microphone listened, `motion` only when
 * the motion sensors measured a pause.
 */
export const sessionArb: fc.Arbitrary<ExportSession> = fc
  .tuple(
    sessionBaseArb,
    fc.option(humArb, { nil: undefined }),
    fc.option(motionArb, { nil: undefined }),
  )
  .map(([session, hum, motion]) => ({
    ...session,
    ...(hum ? { hum } : {}),
    ...(motion ? { motion } : {}),
  }));

const journalBase = {
  id: idArb,
  createdAt: isoTimeArb,
  updatedAt: isoTimeArb,
  sessionId: nullableOf(idArb),
};

/** A valid journal entry of any kind. */
export const journalEntryArb: fc.Arbitrary<JournalEntry> = fc.oneof(
  rec({
    ...journalBase,
    kind: fc.constant('three-column' as const),
    happened: noteArb,
    felt: noteArb,
    true: noteArb,
  }),
  rec({
    ...journalBase,
    kind: fc.constant('capacity' as const),
    percent: num(0, 100),
    note: noteArb,
  }),
  rec({
    ...journalBase,
    kind: fc.constant('ladder' as const),
    rung: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
    ask: noteArb,
    outcome: noteArb,
  }),
  rec({ ...journalBase, kind: fc.constant('evening' as const), text: noteArb }),
  rec({ ...journalBase, kind: fc.constant('note' as const), text: noteArb }),
);

/** A valid small win. */
export const winArb: fc.Arbitrary<SmallWin> = rec<SmallWin>({
  id: idArb,
  at: isoTimeArb,
  kind: fc.constantFrom(...WIN_KINDS),
  stayedS: nullableOf(seconds),
  sessionId: nullableOf(idArb),
  note: noteArb,
});

/** A day; `went` is there only when the person said how it went (and never in older files). */
const dayArb = (day: number): fc.Arbitrary<ChallengeDay> =>
  fc
    .tuple(
      rec<Omit<ChallengeDay, 'went'>>({
        day: fc.constant(day),
        status: fc.constantFrom('done' as const, 'rest' as const),
        at: isoTimeArb,
        rung: nullableOf(fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const)),
        note: noteArb,
      }),
      fc.option(fc.constantFrom(...DAY_WENT), { nil: undefined }),
    )
    .map(([entry, went]) => (went ? { ...entry, went } : entry));

/** A valid run of the seven-day challenge (days 1..n, each once). */
export const challengeArb: fc.Arbitrary<ChallengeProgress> = rec<ChallengeProgress>({
  id: idArb,
  startedAt: isoTimeArb,
  days: int(0, 7).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => dayArb(i + 1)))),
});

const patternArb: fc.Arbitrary<Pattern> = rec<Pattern>({
  inhaleS: num(1, 60),
  topUpS: num(0, 60),
  holdInS: num(0, 60),
  exhaleS: num(1, 60),
  holdOutS: num(0, 60),
});

const timingArb: fc.Arbitrary<PracticeTiming> = fc.record(
  {
    breaths: int(1, 100),
    minutes: num(0, 60),
    pattern: fc.record(
      {
        inhaleS: num(1, 60),
        topUpS: num(0, 60),
        holdInS: num(0, 60),
        exhaleS: num(1, 60),
        holdOutS: num(0, 60),
      },
      { requiredKeys: [], noNullPrototype: true },
    ),
  },
  { requiredKeys: [], noNullPrototype: true },
);

const timingsArb: fc.Arbitrary<Settings['timings']> = fc
  .subarray([...PRACTICE_IDS])
  .chain((ids) => fc.tuple(...ids.map((id) => timingArb.map((t) => [id, t] as const))))
  .map((pairs) => Object.fromEntries(pairs) as Partial<Record<PracticeId, PracticeTiming>>);

/** Valid settings as an export holds them. */
export const settingsArb: fc.Arbitrary<Omit<Settings, 'customPatterns'>> = rec<
  Omit<Settings, 'customPatterns'>
>({
  voice: fc.boolean(),
  deviceVoice: fc.boolean(),
  vibration: fc.boolean(),
  volume: num(0, 1),
  theme: fc.constantFrom('warm' as const, 'airy' as const),
  timings: timingsArb,
  strap: fc.constantFrom('off' as const, 'bluetooth' as const, 'simulated' as const),
  simulatedStress: fc.boolean(),
  humListen: fc.boolean(),
});

/** A valid custom pattern. */
export const customPatternArb: fc.Arbitrary<CustomPattern> = rec<CustomPattern>({
  slug: fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/),
  name: fc.string({ minLength: 1, maxLength: 40 }).filter((name) => name.trim() !== ''),
  pattern: patternArb,
  minutes: num(1, 60),
});

const byId = { selector: (entry: { readonly id: string }) => entry.id };

/** A whole valid export (small collections), for round trips and mutation tests. */
export const stayExportArb: fc.Arbitrary<StayExport> = rec<StayExport>({
  format: fc.constant(EXPORT_FORMAT),
  version: fc.constant(EXPORT_VERSION),
  exportedAt: isoTimeArb,
  settings: nullableOf(settingsArb),
  customPatterns: fc.uniqueArray(customPatternArb, { maxLength: 3, selector: (p) => p.slug }),
  sessions: fc.uniqueArray(sessionArb, { maxLength: 5, ...byId }),
  journal: fc.uniqueArray(journalEntryArb, { maxLength: 4, ...byId }),
  wins: fc.uniqueArray(winArb, { maxLength: 3, ...byId }),
  challenges: fc.uniqueArray(challengeArb, { maxLength: 2, ...byId }),
});
