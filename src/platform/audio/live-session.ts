import type { NoticeSound, SessionClock, VoiceMode } from '../../app/ports/guidance-player';
import { phaseCues } from '../../core/breathing/plan';
import type { SessionPlan } from '../../core/breathing/types';
import type { SoundTheme } from '../../core/settings/settings';
import { PROMPT_VARIANTS, type PromptId } from '../../core/content/prompts';
import { ChosenLines } from './chosen-lines';
import { ClipBank } from './clip-bank';
import { duckSpans, scheduleDucks } from './duck';
import { markFirstSound } from './first-sound-mark';
import { playNotice } from './notice';
import { type OutputRoute, routeOutput } from './output-route';
import { type CueGraph, createCueGraph, playClip, scheduleEntry, scheduleWindow } from './schedule';
import { SpeechLines } from './speech-lines';
import { loadTone, type Tone } from './tone-loader';
import { lineIds, type VoiceLine, voiceLines } from './voice-lines';
import { pageSpeech } from './voice-mode';

/** Seconds of the plan scheduled ahead of the clock. */
export const LOOKAHEAD_S = 30;
/** How often the schedule is topped up, in ms (it only decides when; times come from the plan). */
const REFILL_MS = 5000;
/** The first onset sounds this long after start, in seconds. */
const START_DELAY_S = 0.05;
/** A notice starts this long after it is asked for, in seconds (room to schedule it whole). */
const NOTICE_DELAY_S = 0.02;
/** Longest wait for the context to resume before scheduling anyway, in ms. */
const RESUME_WAIT_MS = 1000;

/** What one live session needs to start. */
export interface LiveSessionInit {
  /** A context created (and resumed) inside the tap that started the practice. */
  readonly raw: AudioContext;
  readonly plan: SessionPlan;
  readonly volume: number;
  readonly theme: SoundTheme;
  /** The drone's root (Hz); the theme's C3 when absent. */
  readonly droneHz?: number;
  readonly fromS: number;
  /** Resolves with the speech voice to use, null for recorded clips, or 'off' for no voice. */
  readonly voice: Promise<SpeechSynthesisVoice | null | 'off'>;
  readonly voiceBaseUrl: string;
  readonly onInterrupted: () => void;
  /** Picks a variant of a line with variants just before it is spoken. */
  readonly choosePrompt?: ((id: PromptId) => PromptId) | undefined;
}

type ToneContext = InstanceType<Tone['Context']>;

/** One running practice on the audio clock: schedules ahead in windows, pauses with the context. */
export class LiveSession {
  readonly clock: SessionClock;
  voiceMode: VoiceMode = 'off';
  readonly #raw: AudioContext;
  readonly #context: ToneContext;
  readonly #master: GainNode;
  readonly #route: OutputRoute;
  readonly #graph: CueGraph;
  readonly #plan: SessionPlan;
  readonly #t0: number;
  #scheduledToS: number;
  #refill: ReturnType<typeof setInterval> | undefined;
  #speech: SpeechLines | null = null;
  #clips: ClipBank | null = null;
  #chosen: ChosenLines | null = null;
  #pausedByUs = false;
  #stopped = false;

  private constructor(init: LiveSessionInit, tone: Tone, context: ToneContext) {
    this.#raw = init.raw;
    this.#context = context;
    this.#plan = init.plan;
    this.#master = context.createGain();
    this.#master.gain.value = init.volume;
    this.#route = routeOutput(tone, context, this.#master);
    this.#graph = createCueGraph(context, this.#master, init.theme, null, init.droneHz);
    this.#t0 = init.raw.currentTime + START_DELAY_S - init.fromS;
    this.#scheduledToS = init.fromS;
    const t0 = this.#t0;
    this.clock = { nowS: () => init.raw.currentTime - t0 };
    init.raw.addEventListener('statechange', () => {
      const state: string = init.raw.state;
      if (
        !this.#stopped &&
        !this.#pausedByUs &&
        (state === 'suspended' || state === 'interrupted')
      ) {
        this.#speech?.pause();
        init.onInterrupted();
      }
    });
  }

  /** Load Tone, schedule the first window and the first onset, then set up the voice. */
  static async open(init: LiveSessionInit): Promise<LiveSession> {
    const tone = await loadTone();
    const context = new tone.Context({
      // Tone wraps native contexts; its option type only names standardized-audio-context's.
      context: init.raw as unknown as ToneContext['rawContext'],
      lookAhead: 0,
      clockSource: 'offline',
    });
    const previous = tone.getContext();
    tone.setContext(context);
    if (
      previous !== context &&
      previous instanceof tone.Context &&
      !(previous instanceof tone.OfflineContext)
    ) {
      // The context Tone made on import (or the last session's) would keep its ticker running.
      previous.dispose();
      previous.close().catch(() => undefined);
    }
    await Promise.race([tone.start(), new Promise((r) => setTimeout(r, RESUME_WAIT_MS))]);
    const session = new LiveSession(init, tone, context);
    const first = session.#begin(init.fromS);
    const mark = first === null ? Promise.resolve(null) : markFirstSound(init.raw, first);
    await Promise.all([mark, session.#startVoice(init)]);
    return session;
  }

  /** Freeze the timeline: the audio context, and with it the clock and voice. */
  async pause(): Promise<void> {
    if (this.#stopped) return;
    this.#pausedByUs = true;
    this.#speech?.pause();
    await this.#raw.suspend();
  }

  async resume(): Promise<void> {
    if (this.#stopped) return;
    await this.#raw.resume();
    this.#pausedByUs = false;
    this.#speech?.resume();
  }

  /** Linear 0..1, eased over ~50 ms. */
  setVolume(volume: number): void {
    this.#master.gain.setTargetAtTime(volume, this.#raw.currentTime, 0.05);
    this.#speech?.setVolume(volume);
  }

  /** Play a short notice now through the session's output; nothing while paused or stopped. */
  notify(sound: NoticeSound): void {
    if (this.#stopped || this.#pausedByUs) return;
    playNotice(
      this.#graph.factory,
      this.#graph.output,
      this.#raw.currentTime + NOTICE_DELAY_S,
      sound,
    );
  }

  /** Silence everything now and close the context. */
  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    clearInterval(this.#refill);
    this.#speech?.stop();
    this.#chosen?.stop();
    this.#route.dispose();
    this.#context.dispose();
    this.#raw.close().catch(() => undefined);
  }

  /** Schedule the entry and the first window; returns the first onset's context time. */
  #begin(fromS: number): number | null {
    const entry = scheduleEntry(this.#graph, this.#plan, this.#t0, fromS);
    const first = this.#fill(fromS + LOOKAHEAD_S);
    this.#refill = setInterval(() => {
      this.#fill(this.clock.nowS() + LOOKAHEAD_S);
    }, REFILL_MS);
    return entry?.atTime ?? first;
  }

  /** Schedule up to `toS`; returns the first sound's context time in the new window. */
  #fill(toS: number): number | null {
    if (this.#stopped || toS <= this.#scheduledToS) return null;
    const endS = toS >= this.#plan.durationS ? Infinity : toS;
    const result = scheduleWindow(this.#graph, this.#plan, this.#t0, this.#scheduledToS, endS);
    this.#scheduledToS = endS;
    if (endS === Infinity) clearInterval(this.#refill);
    this.#playWhenLoaded(result.missingLines);
    return result.sounds[0]?.atTime ?? null;
  }

  async #startVoice(init: LiveSessionInit): Promise<void> {
    const voice = await init.voice;
    if (voice === 'off' || this.#stopped) return;
    const lines = voiceLines(this.#plan);
    const ducks = duckSpans(this.#graph.theme, phaseCues(this.#plan), lines);
    scheduleDucks(this.#graph.bedOut.gain, ducks, this.#t0, init.fromS, Infinity);
    const choose = init.choosePrompt;
    if (voice) {
      const synth = pageSpeech();
      if (synth) {
        this.voiceMode = 'speech';
        const nowS = () => this.clock.nowS();
        this.#speech = new SpeechLines(synth, voice, lines, nowS, init.volume, choose);
        this.#speech.start(init.fromS);
        return;
      }
    }
    this.voiceMode = 'clips';
    const clips = new ClipBank((data) => this.#raw.decodeAudioData(data), init.voiceBaseUrl);
    this.#clips = clips;
    // Lines with variants wait for their moment when there is a chooser; the rest go ahead.
    const late = (l: VoiceLine) => choose !== undefined && PROMPT_VARIANTS[l.id] !== undefined;
    const ahead = lines.filter((l) => !late(l));
    this.#graph.clipVoice = { lines: ahead, get: (id) => clips.get(id) };
    const variants = lines.filter(late).flatMap((l) => PROMPT_VARIANTS[l.id] ?? []);
    void clips.loadAll([...lineIds(lines), ...variants]);
    const fromS = init.fromS;
    this.#playWhenLoaded(ahead.filter((l) => l.atS >= fromS && l.atS < this.#scheduledToS));
    if (choose) {
      const play = (line: VoiceLine) => {
        this.#playWhenLoaded([line]);
      };
      this.#chosen = new ChosenLines(lines.filter(late), () => this.clock.nowS(), choose, play);
      this.#chosen.start(fromS);
    }
  }

  /** Lines scheduled before their clip decoded: play each once it is ready, if still ahead. */
  #playWhenLoaded(lines: readonly VoiceLine[]): void {
    const clips = this.#clips;
    if (!clips) return;
    for (const line of lines) {
      void clips.load(line.id).then((buffer) => {
        const atTime = this.#t0 + line.atS;
        if (buffer && !this.#stopped && atTime > this.#raw.currentTime + 0.01) {
          playClip(this.#graph, buffer, atTime);
        }
      });
    }
  }
}
