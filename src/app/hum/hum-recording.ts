import { median } from '../../core/hum/robust';
import { type HumSegment, scoreHum } from '../../core/hum/hum';
import type { HumResult } from '../../core/session/record';
import type { Coach } from '../practice/coach';
import { HumRounds, type HumRoundsLive, type HumSpan } from './hum-rounds';
import type { GuidancePlayer } from '../ports/guidance-player';
import type { HeardFrame } from '../ports/hum-listener';
import type { SessionLog } from '../practice/session-log';

/** What one recording writes to and tells. */
export interface HumRecordingPorts {
  readonly log: SessionLog;
  readonly player: GuidancePlayer;
  /** The clock of `HeardFrame.performanceMs`: `performance.now()`. */
  readonly nowMs: () => number;
  /** The live picture changed (a hum began or ended, a second passed, a round was reached). */
  readonly onChange: () => void;
}

/** The listener's stream, as it said when it started. */
export interface HeardStream {
  readonly sampleRate: number;
  readonly hopSize: number;
}

/** A stretch of listening while the practice ran, and how its times map onto plan seconds. */
interface Stretch {
  /** Listener seconds (from its first sample) where the stretch began. */
  readonly fromS: number;
  /** Plan seconds minus listener seconds. */
  readonly offsetS: number;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** `segment` clipped to start at `fromS` and moved by `offsetS`; null when nothing is left. */
function inPlan(segment: HumSegment, { fromS, offsetS }: Stretch): HumSegment | null {
  const startS = Math.max(segment.startS, fromS);
  if (segment.endS - startS <= 0) return null;
  return {
    startS: startS + offsetS,
    endS: segment.endS + offsetS,
    medianHz: segment.medianHz,
    track: segment.track.filter((p) => p.tS >= fromS).map((p) => ({ ...p, tS: p.tS + offsetS })),
  };
}

/**
 * One running Hum reset's listening: the listener's hums, moved onto plan seconds → seconds per
 * round, a soft sound once when a round's hum reaches its target, and the result on the record.
 * Frames are ignored while the practice is paused; what was hummed then never counts.
 */
export class HumRecording {
  readonly rounds: HumRounds;
  readonly #segments: HumSegment[] = [];
  #stretch: Stretch | null = null;
  #seen = 0;
  #lastVerdictS = 0;
  #lastLive: HumRoundsLive;
  #finished: HumResult | null = null;

  constructor(
    private readonly coach: Coach,
    private readonly recordId: string,
    private readonly stream: HeardStream,
    private readonly ports: HumRecordingPorts,
  ) {
    this.rounds = new HumRounds(coach.plan);
    this.#lastLive = this.rounds.live(coach.nowS());
  }

  /** The live picture now. */
  live(): HumRoundsLive {
    return this.rounds.live(this.coach.nowS());
  }

  /** The listener's next hop, just arrived. */
  frame(frame: HeardFrame): void {
    if (this.#finished) return;
    const last = frame.verdicts.at(-1);
    if (last) this.#lastVerdictS = last.tS;
    if (this.coach.status !== 'running') {
      this.#pause(frame.segments);
      return;
    }
    const hopStartS = frame.startS;
    if (!this.#stretch) {
      // Hums already closed before this stretch belong to no running time.
      this.#seen = frame.segments.length;
      const agoS = Math.max(0, (this.ports.nowMs() - frame.performanceMs) / 1000);
      this.#stretch = { fromS: hopStartS, offsetS: this.coach.nowS() - agoS - hopStartS };
    }
    const stretch = this.#stretch;
    this.#take(frame.segments, stretch);
    const endS = this.#lastVerdictS;
    const open: HumSpan | null =
      frame.openHumS > 0 && endS > stretch.fromS
        ? {
            startS: Math.max(stretch.fromS, endS - frame.openHumS) + stretch.offsetS,
            endS: endS + stretch.offsetS,
          }
        : null;
    this.rounds.setOpen(open);
    this.#afterChange();
  }

  /**
   * Ends listening with every hum the listener heard (its `stop()` result, the one in progress
   * included); writes the result on the record and returns it.
   */
  finish(segments: readonly HumSegment[] = []): HumResult {
    if (this.#finished) return this.#finished;
    if (this.#stretch) this.#take(segments, this.#stretch);
    this.#stretch = null;
    this.rounds.setOpen(null);
    this.#afterChange();
    const result = this.result();
    this.#finished = result;
    this.ports.log.update(this.recordId, { humSeconds: result.seconds, hum: result });
    this.ports.onChange();
    return result;
  }

  /** The result so far. */
  result(): HumResult {
    const windows = this.rounds.windows;
    const score = scoreHum(this.#segments, windows);
    const medianHz = median(this.#segments.map((s) => s.medianHz));
    const planned =
      this.coach.status === 'ended' ? windows.length : this.rounds.startedBy(this.coach.nowS());
    return {
      seconds: round2(score.humS),
      rounds: this.rounds.reached,
      roundsPlanned: planned,
      longestS: round2(score.longestS),
      steadinessCents: Number.isFinite(score.pitchSdCents)
        ? Math.round(score.pitchSdCents * 10) / 10
        : null,
      words: score.words,
      medianHz: Number.isFinite(medianHz) ? Math.round(medianHz * 10) / 10 : null,
    };
  }

  /** Paused: the hum in progress ends where the running time did. */
  #pause(segments: readonly HumSegment[]): void {
    const stretch = this.#stretch;
    if (!stretch) return;
    this.#stretch = null;
    this.#take(segments, stretch);
    this.rounds.setOpen(null);
    this.#afterChange();
  }

  /** Moves hums the listener has closed since the last look onto plan seconds. */
  #take(segments: readonly HumSegment[], stretch: Stretch): void {
    if (segments.length <= this.#seen) return;
    for (const segment of segments.slice(this.#seen)) {
      const moved = inPlan(segment, stretch);
      if (!moved) continue;
      this.#segments.push(moved);
      this.rounds.close(moved);
    }
    this.#seen = segments.length;
    // Kept on the record as it goes, so a closed tab still has what was heard.
    const seconds = round2(this.#segments.reduce((sum, s) => sum + s.endS - s.startS, 0));
    this.ports.log.update(this.recordId, { humSeconds: seconds });
  }

  #afterChange(): void {
    if (this.rounds.check().length > 0 && this.coach.status === 'running') {
      this.ports.player.notify('hum-reached');
    }
    const live = this.live();
    const before = this.#lastLive;
    if (
      live.heard !== before.heard ||
      live.round !== before.round ||
      live.reached !== before.reached ||
      Math.floor(live.roundS) !== Math.floor(before.roundS)
    ) {
      this.#lastLive = live;
      this.ports.onChange();
    }
  }
}
