import { breathsDoneBy } from '../../core/breathing/plan';
import type { SessionRecord } from '../../core/session/record';
import type { Coach, CoachStatus } from './coach';
import type { PageLifecycle } from '../ports/page-lifecycle';
import type { SessionStore } from '../ports/session-store';

export type { PageLifecycle };
import type { SessionLog } from './session-log';

/** What the recorder writes to and listens to. */
export interface RecorderPorts {
  readonly store: SessionStore;
  readonly log: SessionLog;
  readonly page: PageLifecycle;
  /** Called once a practice has been completed and saved (to ask for persistent storage). */
  readonly onCompleted?: () => void;
  /** A running practice is saved at least this often (ms); 3 s keeps what a crash loses under 5 s, samples included. */
  readonly everyMs?: number;
  /** Edits after a practice (an answer, a rating) are saved this long after the last one (ms). */
  readonly settleMs?: number;
}

const EVERY_MS = 3000;
const SETTLE_MS = 300;
/** Statuses of a practice still under way (held or paused included). */
const PRACTISING: ReadonlySet<CoachStatus> = new Set(['running', 'waiting', 'paused']);

/** What has been written of one record. */
interface Written {
  readonly id: string;
  readonly coach: Coach;
  /** Heart samples and RR intervals already stored. */
  samples: number;
  rr: number;
  /** The record object last stored (the log replaces it on every change). */
  last: SessionRecord | null;
  release: Promise<() => void> | null;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Keeps every practice on the device as it happens: the record is written when the practice starts
 * (`running`), re-written with the new heart samples every few seconds and whenever the page is
 * hidden or closed, and finally when it ends; later answers and ratings follow. While the practice
 * runs this page holds its claim, so another tab never takes it for abandoned.
 */
export class SessionRecorder {
  readonly #ports: RecorderPorts;
  readonly #written = new Map<string, Written>();
  #chain: Promise<void> = Promise.resolve();
  readonly #offs: (() => void)[] = [];

  constructor(ports: RecorderPorts) {
    this.#ports = ports;
    this.#offs.push(
      ports.log.subscribe(() => {
        this.#onLogChange();
      }),
      ports.page.onLeave(() => {
        void this.flush();
      }),
    );
  }

  /** Records the session `coach` runs, from its first status change on. */
  track(coach: Coach): void {
    const off = coach.onStatus((status) => {
      this.#onStatus(coach, status, off);
    });
    this.#onStatus(coach, coach.status, off);
  }

  /** Writes every record with unsaved changes now. Resolves when the writes are done. */
  flush(): Promise<void> {
    for (const written of this.#written.values()) this.#saveIfChanged(written, true);
    return this.#chain;
  }

  /** Stops listening; writes nothing more. */
  dispose(): void {
    for (const off of this.#offs.splice(0)) off();
    for (const written of this.#written.values()) this.#stopTimer(written);
  }

  #onStatus(coach: Coach, status: CoachStatus, off: () => void): void {
    const record = coach.record;
    if (!record) {
      if (status === 'stopped') off();
      return;
    }
    let written = this.#written.get(record.id);
    if (!written) {
      written = {
        id: record.id,
        coach,
        samples: 0,
        rr: 0,
        last: null,
        release: null,
        timer: undefined,
      };
      this.#written.set(record.id, written);
      const release = this.#ports.store.own(record.id).catch(() => () => undefined);
      written.release = release;
      // Claimed before the first write, so no other page ever sees it running and unowned.
      this.#chain = this.#chain.then(() => release.then(() => undefined));
      this.#save(written);
    }
    if (status === 'running') this.#every(written);
    if (status === 'ended' || status === 'stopped') {
      off();
      this.#stopTimer(written);
      this.#save(written);
      const { release } = written;
      written.release = null;
      void this.#chain.then(async () => {
        (await release)?.();
        if (status === 'ended') this.#ports.onCompleted?.();
      });
      this.#forgetOthers(record.id);
    }
  }

  /** Re-arms the periodic save of a running practice. */
  #every(written: Written): void {
    this.#stopTimer(written);
    written.timer = setTimeout(() => {
      written.timer = undefined;
      const { status } = written.coach;
      if (!PRACTISING.has(status)) return;
      this.#save(written);
      this.#every(written);
    }, this.#ports.everyMs ?? EVERY_MS);
  }

  /** Edits made after a practice ended (answer, ratings) are saved once they settle. */
  #onLogChange(): void {
    for (const written of this.#written.values()) {
      const running = PRACTISING.has(written.coach.status);
      if (running || written.timer !== undefined) continue;
      if (this.#ports.log.get(written.id) === written.last) continue;
      written.timer = setTimeout(() => {
        written.timer = undefined;
        this.#saveIfChanged(written, false);
      }, this.#ports.settleMs ?? SETTLE_MS);
    }
  }

  #saveIfChanged(written: Written, force: boolean): void {
    const running = PRACTISING.has(written.coach.status);
    if (force && running) this.#save(written);
    else if (this.#ports.log.get(written.id) !== written.last) this.#save(written);
  }

  /**
   * Queues one write of the record as it is when the write runs, with the heart samples and RR
   * intervals not yet stored. Writes run one after another, so chunks stay in order; a failed
   * write (a full disk) stores nothing and its samples go with the next one.
   */
  #save(written: Written): void {
    this.#chain = this.#chain.then(async () => {
      const current = this.#ports.log.get(written.id);
      if (!current) return;
      const record = this.#withProgress(current, written.coach);
      const samples = current.heart?.samples ?? [];
      const rrMs = current.heart?.rrMs ?? [];
      const append = { samples: samples.slice(written.samples), rrMs: rrMs.slice(written.rr) };
      try {
        await this.#ports.store.save(record, append);
        written.samples = samples.length;
        written.rr = rrMs.length;
        written.last = current;
      } catch {
        // The store reports the problem to the person (a full disk); the next write tries again.
      }
    });
  }

  /** A running record carries how far the person got, so an interruption keeps it. */
  #withProgress(record: SessionRecord, coach: Coach): SessionRecord {
    if (record.status !== 'running') return record;
    const nowS = coach.nowS();
    return {
      ...record,
      practisedS: Math.round(nowS * 100) / 100,
      breathsCompleted: breathsDoneBy(coach.plan, nowS),
    };
  }

  /** Only the newest finished record still takes late edits; older ones are done. */
  #forgetOthers(keepId: string): void {
    for (const [id, written] of this.#written) {
      if (id === keepId) continue;
      if (written.coach.status === 'ended' || written.coach.status === 'stopped') {
        this.#saveIfChanged(written, false);
        this.#stopTimer(written);
        this.#written.delete(id);
      }
    }
  }

  #stopTimer(written: Written): void {
    clearTimeout(written.timer);
    written.timer = undefined;
  }
}
