import type { HeartRateReading } from '../../core/heart/types';
import type { Coach } from '../practice/coach';
import { HeartSession, hrvWeightFor, type UrgeLive, type UrgeMeterFactory } from './heart-session';
import { NO_DATA_MS } from './heart-silence';
import { usualRestingBpm, type WithBaseline } from './resting-bpm';
import type { GuidancePlayer } from '../ports/guidance-player';
import type { HeartRateSource, StrapState } from '../ports/heart-rate-source';
import type { SessionLog } from '../practice/session-log';
import { createUrgeMeter } from './urge-meter';

/** What one recording writes to and tells. */
export interface RecordingPorts {
  readonly log: SessionLog;
  readonly player: GuidancePlayer;
  /** One meter per practice; the core `UrgeMeter` unless a test gives another. */
  readonly createMeter?: UrgeMeterFactory | undefined;
  /** Same clock as the readings' `tMs`. */
  readonly nowMs: () => number;
  /** Recent sessions kept on the device, for the usual resting heart rate. */
  readonly history?: (() => readonly WithBaseline[]) | undefined;
  /** The urge shown may have changed (silence noticed). */
  readonly onChange: () => void;
}

const LINKED: readonly StrapState['kind'][] = ['connected', 'connecting'];

/**
 * One running practice's heart recording, loaded only when a practice runs with a strap: a fresh
 * meter, the record's trace (about 1 Hz) and gaps, a soft notice when the strap drops and returns.
 */
export class HeartRecording {
  private readonly session: HeartSession;
  private readonly watchdog: ReturnType<typeof setInterval>;
  private lostNotified = false;

  constructor(
    private readonly coach: Coach,
    private readonly recordId: string,
    source: HeartRateSource,
    private readonly ports: RecordingPorts,
  ) {
    const meter = (ports.createMeter ?? createUrgeMeter)({
      restingBpm: usualRestingBpm([...ports.log.list(), ...(ports.history?.() ?? [])], recordId),
      hrvWeight: hrvWeightFor(coach.plan),
    });
    this.session = new HeartSession(meter, ports.nowMs());
    if (!LINKED.includes(source.state.kind)) this.session.openGap(coach.nowS());
    this.writeTrace();
    this.watchdog = setInterval(() => {
      this.checkSilence();
    }, 1000);
  }

  /** A reading from the chosen strap. */
  reading(reading: HeartRateReading): void {
    const kept = this.session.push(reading, this.coach.nowS(), this.coach.status === 'running');
    if (kept) this.writeTrace();
  }

  /** The chosen strap's new state: a drop opens a gap and sounds once; the return sounds again. */
  state(state: StrapState): void {
    const { coach } = this;
    const linked = state.kind === 'connected';
    if (!linked && !LINKED.includes(state.kind)) {
      this.session.openGap(coach.nowS());
      if (!this.lostNotified && coach.status === 'running') {
        this.ports.player.notify('strap-lost');
        this.lostNotified = true;
      }
    } else if (linked && this.lostNotified) {
      this.lostNotified = false;
      if (coach.status === 'running') this.ports.player.notify('strap-back');
    }
  }

  /** The meter at `nowMs`, greyed with its reason. */
  urge(nowMs: number): UrgeLive {
    return this.session.read(nowMs);
  }

  /** Stops the watchdog and writes the final trace, closing an open gap now. */
  finish(): void {
    clearInterval(this.watchdog);
    this.ports.log.update(this.recordId, { heart: this.session.trace(this.coach.nowS()) });
  }

  /** No packet for 5 s with the strap still linked: a gap, and the meter greys out. */
  private checkSilence(): void {
    const { session, coach } = this;
    if (session.stale(this.ports.nowMs())) {
      const fromS = session.lastSampleTS ?? coach.nowS() - NO_DATA_MS / 1000;
      session.openGap(Math.min(coach.nowS(), fromS));
    }
    this.ports.onChange();
  }

  private writeTrace(): void {
    this.ports.log.update(this.recordId, { heart: this.session.trace() });
  }
}
