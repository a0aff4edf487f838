import { expect } from '@open-wc/testing';
import { describe, it } from '../../testing/mocha';
import { sampleExport } from '../../core/io/testing/sample';
import type { HeartSample, SessionRecord } from '../../core/session/record';
import { openStayDb } from './db';
import { createIdbSessionStore } from './idb-session-store';
import { openStayStorage } from './storage';

const unique = (what: string) => `${what}-${Date.now()}-${Math.random().toString(36).slice(2)}`;

function running(id: string, samples: HeartSample[], rrMs: number[]): SessionRecord {
  return {
    id,
    practiceId: 'resonance',
    practiceName: 'Resonance',
    startedAt: '2026-11-27T08:00:00.000Z',
    endedAt: null,
    status: 'running',
    plannedS: 600,
    practisedS: samples.at(-1)?.tS ?? 0,
    breathsCompleted: 0,
    answer: undefined,
    bodyPlaces: [],
    urgeBefore: 6,
    urgeAfter: null,
    phases: [{ kind: 'inhale', atS: 0, durationS: 5.5 }],
    heart: { samples: [...samples], gaps: [], baselineBpm: 66, rrMs: [...rrMs] },
  };
}

/** A page-like holder of a session lock: a worker, which frees the lock when it is terminated. */
async function workerHolding(lockName: string): Promise<Worker> {
  const source = `navigator.locks.request(${JSON.stringify(lockName)}, () => {
    postMessage('held');
    return new Promise(() => {});
  });`;
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  await new Promise((resolve) => {
    worker.addEventListener('message', resolve, { once: true });
  });
  return worker;
}

describe('IndexedDB storage in Chromium', () => {
  it('saves a running session in chunks and gives the exact trace back', async () => {
    const { storage } = await openStayStorage(unique('stay-browser'));
    const samples: HeartSample[] = [];
    const rrMs: number[] = [];
    for (let save = 0; save < 30; save++) {
      const fresh = [0, 1, 2].map((i) => ({
        tS: (save * 300 + i * 100 + 7) / 100,
        bpm: 60 + ((save + i) % 40),
        level: (save * 3 + i) % 101,
      }));
      const freshRr = [0, 1, 2, 3].map((i) => ((700 + save * 4 + i) * 1000) / 1024);
      samples.push(...fresh);
      rrMs.push(...freshRr);
      await storage.sessions.save(running('live', samples, rrMs), {
        samples: fresh,
        rrMs: freshRr,
      });
    }
    expect(await storage.sessions.get('live')).to.deep.equal(running('live', samples, rrMs));
    const page = await storage.sessions.page(10);
    expect(page.total).to.equal(1);
    expect(page.items[0]!.heart!.sampleCount).to.equal(90);
  });

  it('exports what it imported, and again after deleting everything', async () => {
    const { storage } = await openStayStorage(unique('stay-browser'));
    const file = sampleExport();
    await storage.vault.importAll(file);
    const first = await storage.vault.exportAll();
    expect({ ...first, exportedAt: file.exportedAt }).to.deep.equal(file);
    await storage.vault.deleteAll();
    expect(await storage.vault.counts()).to.deep.equal({
      sessions: 0,
      journal: 0,
      wins: 0,
      challenges: 0,
      customPatterns: 0,
    });
    await storage.vault.importAll(first);
    expect({ ...(await storage.vault.exportAll()), exportedAt: first.exportedAt }).to.deep.equal(
      first,
    );
  });

  it('leaves sessions a live page holds, and interrupts them once it dies', async () => {
    const db = await openStayDb(unique('stay-locks'));
    const sessions = createIdbSessionStore(db);
    for (const id of ['mine', 'worker', 'orphan']) await sessions.save(running(id, [], []));
    const release = await sessions.own('mine');
    const worker = await workerHolding('stay-session:worker');

    const held = (await navigator.locks.query()).held?.map((l) => l.name);
    expect(held).to.include.members(['stay-session:mine', 'stay-session:worker']);
    expect((await sessions.recoverAbandoned()).map((s) => s.id)).to.deep.equal(['orphan']);
    expect((await sessions.get('orphan'))!.status).to.equal('interrupted');
    expect((await sessions.get('worker'))!.status).to.equal('running');

    worker.terminate();
    release();
    let recovered: string[] = [];
    // Up to 10 s: a terminated worker's lock can take a while to go on a loaded machine.
    for (let i = 0; i < 500 && recovered.length < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      recovered = [...recovered, ...(await sessions.recoverAbandoned()).map((s) => s.id)];
    }
    expect(recovered.sort()).to.deep.equal(['mine', 'worker']);
    db.close();
  });
});
