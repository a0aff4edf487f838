import { DEFAULT_DRONE_HZ } from '../../core/hum/drone-pitch';
import type { HumResult } from '../../core/session/record';
import type { Coach, CoachStatus } from '../practice/coach';
import { HumRecording } from './hum-recording';
import type { HumRoundsLive } from './hum-rounds';
import type { GuidancePlayer } from '../ports/guidance-player';
import type { HeardFrame, HumListener, ListenResult } from '../ports/hum-listener';
import type { SessionLog } from '../practice/session-log';

export { DEFAULT_DRONE_HZ };

/** Where listening is for the practice on screen. */
export type HumListenState =
  | { readonly kind: 'off' }
  | { readonly kind: 'asking' }
  | { readonly kind: 'listening' }
  | { readonly kind: 'unavailable'; readonly message: string };

/** What the screens show about the humming, now. */
export interface HumLive {
  readonly state: HumListenState;
  /** Rounds, seconds and "hum heard" while listening; null otherwise. */
  readonly rounds: HumRoundsLive | null;
  /** What was heard, once the practice is over. */
  readonly result: HumResult | null;
}

/** Everything the monitor drives. */
export interface HumMonitorPorts {
  /** The microphone listener, loaded (not asked for) on first need; absent where there is none. */
  readonly loadMic?: (() => Promise<HumListener>) | undefined;
  readonly player: GuidancePlayer;
  readonly log: SessionLog;
  /** The clock of `HeardFrame.performanceMs`; defaults to `performance.now()`. */
  readonly nowMs?: () => number;
}

const OFF: HumLive = { state: { kind: 'off' }, rounds: null, result: null };

/** Said when the microphone code itself could not load or start. */
export const MIC_FAILED =
  'Stay could not reach the microphone here, so this practice runs on its timer as usual.';

/**
 * Listens for the person's hum during a Hum reset they chose to be heard in: asks for the
 * microphone when the practice starts, follows the practice's rounds, and releases the microphone
 * the moment it ends. Without a microphone the practice runs on its timer; `live` says why.
 */
export class HumMonitor {
  #live: HumLive = OFF;
  #coach: Coach | null = null;
  #mic: HumListener | null = null;
  #recording: HumRecording | null = null;
  #offs: (() => void)[] = [];
  readonly #listeners = new Set<(live: HumLive) => void>();

  constructor(private readonly ports: HumMonitorPorts) {}

  get live(): HumLive {
    return this.#live;
  }

  /** Called with new live state on every change; returns unsubscribe. */
  subscribe(listener: (live: HumLive) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Listens through `coach`'s hummed practice; call it from the Start tap, right after starting. */
  track(coach: Coach): void {
    this.#release();
    this.#coach = coach;
    if (!coach.plan.hum) {
      this.#set(OFF);
      return;
    }
    this.#set({ state: { kind: 'asking' }, rounds: null, result: null });
    // The microphone opens with the practice's first sound, not while that sound gets ready: the
    // listener's first sample then lines up with the plan's start, and nothing is heard before it.
    let opened = false;
    const openOnceSounding = (status: CoachStatus) => {
      if (opened || !['running', 'waiting', 'paused'].includes(status)) return;
      opened = true;
      void this.#open(coach);
    };
    this.#offs.push(
      coach.onStatus((status) => {
        this.#onStatus(coach, status);
        openOnceSounding(status);
      }),
    );
    openOnceSounding(coach.status);
  }

  /** Stops listening (a page going away, tests). */
  dispose(): void {
    this.#release();
    this.#set(OFF);
  }

  async #open(coach: Coach): Promise<void> {
    let mic: HumListener;
    let started: ListenResult;
    // The app's own drone must never count as the person humming.
    const drone = coach.plan.drone ? { hz: coach.guidance.droneHz ?? DEFAULT_DRONE_HZ } : null;
    try {
      if (!this.ports.loadMic) throw new Error('No microphone in this build.');
      mic = await this.ports.loadMic();
      if (coach !== this.#coach) return;
      this.#mic = mic;
      started = await mic.start({ hum: { drone } });
    } catch {
      if (coach === this.#coach) this.#unavailable(MIC_FAILED);
      return;
    }
    if (coach !== this.#coach || started.kind === 'stopped') return;
    if (coach.status === 'ended' || coach.status === 'stopped') {
      mic.stop();
      return;
    }
    if (started.kind !== 'listening') {
      mic.stop();
      this.#mic = null;
      this.#unavailable(started.message);
      return;
    }
    const stream = { sampleRate: started.sampleRate, hopSize: started.hopSize };
    this.#offs.push(
      mic.onFrame((frame) => {
        this.#frame(coach, stream, frame);
      }),
    );
    this.#set({ state: { kind: 'listening' }, rounds: null, result: null });
  }

  #frame(coach: Coach, stream: { sampleRate: number; hopSize: number }, frame: HeardFrame): void {
    if (coach !== this.#coach) return;
    const id = coach.record?.id;
    if (!this.#recording && id && coach.status === 'running') {
      this.#recording = new HumRecording(coach, id, stream, {
        log: this.ports.log,
        player: this.ports.player,
        nowMs: this.ports.nowMs ?? (() => performance.now()),
        onChange: () => {
          this.#showRounds();
        },
      });
    }
    this.#recording?.frame(frame);
  }

  #onStatus(coach: Coach, status: CoachStatus): void {
    if (coach !== this.#coach) return;
    if (status !== 'ended' && status !== 'stopped') return;
    const recording = this.#recording;
    this.#recording = null;
    // Released the moment the practice ends; the hum in progress comes back with the rest.
    const heard = this.#mic?.stop() ?? [];
    this.#mic = null;
    const result = recording?.finish(heard) ?? null;
    const state = this.#live.state;
    this.#release();
    this.#coach = coach;
    this.#set({
      state: state.kind === 'unavailable' ? state : { kind: 'off' },
      rounds: null,
      result,
    });
  }

  #showRounds(): void {
    const recording = this.#recording;
    if (!recording) return;
    this.#set({ state: { kind: 'listening' }, rounds: recording.live(), result: null });
  }

  #unavailable(message: string): void {
    this.#set({ state: { kind: 'unavailable', message }, rounds: null, result: null });
  }

  /** Releases the microphone and stops following the coach. */
  #release(): void {
    for (const off of this.#offs.splice(0)) off();
    this.#mic?.stop();
    this.#mic = null;
    this.#recording = null;
    this.#coach = null;
  }

  #set(live: HumLive): void {
    this.#live = live;
    for (const listener of [...this.#listeners]) listener(live);
  }
}
