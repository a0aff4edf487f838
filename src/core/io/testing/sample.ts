import type { StayExport } from '../export-format';

/** A small, valid export with one of everything: the base for corpus files and exact CSV tests. */
export function sampleExport(): StayExport {
  return {
    format: 'stay-export',
    version: 1,
    exportedAt: '2026-11-27T09:30:00.000Z',
    settings: {
      voice: true,
      vibration: false,
      volume: 0.6,
      theme: 'airy',
      timings: { 'five-breaths': { breaths: 7 }, box: { pattern: { holdInS: 3 } } },
      strap: 'simulated',
      simulatedStress: true,
    },
    customPatterns: [
      {
        slug: 'slow-out',
        name: 'Slow out',
        pattern: { inhaleS: 4, topUpS: 0, holdInS: 1, exhaleS: 8, holdOutS: 0 },
        minutes: 5,
      },
    ],
    sessions: [
      {
        id: 's-1',
        practiceId: 'five-breaths',
        practiceName: 'Five breaths',
        startedAt: '2026-11-26T21:00:00.000Z',
        endedAt: '2026-11-26T21:01:10.000Z',
        status: 'completed',
        plannedS: 58,
        practisedS: 58,
        breathsCompleted: 5,
        answer: 'protecting',
        bodyPlaces: ['chest', 'jaw'],
        urgeBefore: 8,
        urgeAfter: 3,
        humSeconds: null,
        stillness: null,
        phases: { kind: ['settle', 'inhale', 'exhale'], atS: [0, 8, 12], durationS: [8, 4, 6] },
        heart: {
          baselineBpm: 72,
          gaps: [{ fromS: 20, toS: 25.5 }],
          tS: [0, 1.02, 2.05],
          bpm: [88, 86, 84],
          level: [70, 64, 51],
          rrMs: [681.640625, 697.265625],
        },
      },
      {
        id: '-cmd',
        practiceId: 'custom:slow-out',
        practiceName: '=HYPERLINK("x"), "quoted"',
        startedAt: '2026-11-25T08:00:00.000Z',
        endedAt: null,
        status: 'interrupted',
        plannedS: 300,
        practisedS: 12.5,
        breathsCompleted: 1,
        answer: 'not-asked',
        bodyPlaces: [],
        urgeBefore: null,
        urgeAfter: null,
        humSeconds: 4.25,
        stillness: 0.9,
        phases: null,
        heart: null,
      },
    ],
    journal: [
      {
        id: 'j-1',
        kind: 'capacity',
        createdAt: '2026-11-26T21:05:00.000Z',
        updatedAt: '2026-11-26T21:05:00.000Z',
        sessionId: 's-1',
        percent: 40,
        note: 'Said I needed ten minutes,\nthen came back.',
      },
    ],
    wins: [
      {
        id: 'w-1',
        at: '2026-11-26T21:06:00.000Z',
        kind: 'pause',
        stayedS: 70,
        sessionId: 's-1',
        note: '',
      },
    ],
    challenges: [
      {
        id: 'c-1',
        startedAt: '2026-11-20T08:00:00.000Z',
        days: [{ day: 1, status: 'done', at: '2026-11-20T20:00:00.000Z', rung: 2, note: 'Asked.' }],
      },
    ],
  };
}
