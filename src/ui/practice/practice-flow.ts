import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Coach, CoachStatus, PhaseEvent } from '../../app/practice/coach';
import { phaseAt } from '../../core/breathing/plan';
import type { PhaseState, SessionPlan } from '../../core/breathing/types';
import { PRACTICE_VIEW_WORDS, PRACTICE_WORDS, phaseWord } from '../../core/content/practice';
import type { UrgeRating } from '../../core/session/record';
import type { HumController } from '../hum/hum-controller';
import type { PauseController } from '../pause/pause-controller';
import type { ServicesController } from '../shared/services-controller';
import type { BodyPlacesChangeEvent } from './body-place-chips';
import type { ClosingAnswerEvent } from './closing-question';
import { CoachController } from './coach-controller';
import type { UrgeRateEvent } from './urge-rating';

/** The screens of one practice, in order: Start, running, the closing question, done. */
export type PracticeScreen = 'ready' | 'active' | 'question' | 'done';

/** What takes focus after the next render; the screens move it to their own heading. */
type FocusTarget = 'h1' | 'practice-running' | 'closing-question' | 'practice-done';

/** The page a flow drives: it renders the screens of `practiceId` and their `h1`. */
export interface PracticeFlowHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly practiceId: string;
}

/** The page's other controllers: its services, and the sensors the Start tap wakes. */
export interface PracticeFlowParts {
  readonly ctx: ServicesController;
  readonly hum: HumController;
  readonly pause: PauseController;
}

/**
 * One practice from Start to done: which screen shows, the words of the one polite live region
 * (`announcement`), and where focus goes after each change. It follows the coach it starts, or one
 * the home button already started, and reflects the phase as the host's `data-phase`.
 */
export class PracticeFlow implements ReactiveController {
  screen: PracticeScreen = 'ready';
  /** The live region's text: the phase word, or the end. */
  announcement = '';
  /** Why the last start failed, for the Start screen; empty when nothing failed. */
  startError = '';
  /** The practice ran to its end (not stopped). */
  completed = false;
  /** Rated (or skipped) on the Start screen; the launcher keeps it on the record. */
  urgeBefore: UrgeRating = null;
  /** The before/after rating was given or skipped, so its row goes away. */
  beforeDone = false;
  afterDone = false;
  /** The coach followed, its status and where its plan is. */
  readonly session: CoachController;
  private focusTarget: FocusTarget | null = null;
  private shownId: string | null = null;
  private preparedId: string | null = null;

  constructor(
    private readonly host: PracticeFlowHost,
    private readonly parts: PracticeFlowParts,
  ) {
    host.addController(this);
    this.session = new CoachController(host, {
      phase: (event) => {
        this.onPhase(event);
      },
      status: (status) => {
        this.onStatus(status);
      },
    });
  }

  /** The running session's plan, else the practice's plan; null for an unknown practice. */
  plan(): SessionPlan | null {
    const launcher = this.parts.ctx.services?.launcher;
    return this.session.coach?.plan ?? launcher?.plan(this.host.practiceId) ?? null;
  }

  /** True when the person chose to let Stay hear their hum. */
  get listening(): boolean {
    return this.parts.ctx.settings?.humListen === true;
  }

  hostUpdate(): void {
    const id = this.host.practiceId;
    const idle = !this.session.coach && this.screen === 'ready';
    if (id !== this.shownId || idle) this.adoptRunning();
    this.shownId = id;
    const services = this.parts.ctx.services;
    if (services && this.preparedId !== id) {
      this.preparedId = id;
      void services.launcher.prepare(id);
    }
    this.host.dataset.phase = this.session.phase;
  }

  hostUpdated(): void {
    const target = this.focusTarget;
    this.focusTarget = null;
    const root = this.host.renderRoot;
    if (target === 'closing-question' || target === 'practice-done') {
      void root.querySelector(target)?.focusHeading();
    } else if (target === 'practice-running') {
      void root.querySelector(target)?.focusToggle();
    } else if (target) {
      root.querySelector<HTMLElement>(target)?.focus();
    }
  }

  /** Starts the practice from the Start tap: what needs the tap is asked for before anything waits. */
  readonly start = () => {
    const services = this.parts.ctx.services;
    if (!services) return;
    const { hum, pause } = this.parts;
    this.startError = '';
    const gated = this.plan()?.faceDownGateS !== undefined;
    // iOS lets the sensors be asked for only here, inside the tap, before anything is awaited.
    if (gated) pause.ask();
    const coach = services.launcher.start(this.host.practiceId, {
      urgeBefore: this.urgeBefore,
      ...(gated ? { choosePrompt: pause.choosePrompt } : {}),
    });
    if (gated) pause.track(services, coach);
    // The microphone is asked for from this tap only, and only when the person chose it.
    if (coach.plan.hum && this.listening) hum.track(services, coach);
    this.attach(coach);
    this.focusTarget = 'practice-running';
  };

  /** Starts the same practice afresh, its ratings unasked. */
  readonly again = () => {
    this.beforeDone = false;
    this.afterDone = false;
    this.urgeBefore = null;
    this.start();
  };

  /** Keeps a 0–10 rating (or a skip) on the record; one from the Start screen goes with the start. */
  readonly rateUrge = (event: UrgeRateEvent) => {
    const id = this.session.coach?.record?.id;
    const log = this.parts.ctx.services?.sessionLog;
    if (event.when === 'after') {
      this.afterDone = true;
      if (id && event.rating !== null) log?.rateUrge(id, 'after', event.rating);
    } else if (this.screen === 'ready') {
      this.urgeBefore = event.rating;
      this.beforeDone = true;
    } else {
      this.beforeDone = true;
      if (id && event.rating !== null) log?.rateUrge(id, 'before', event.rating);
    }
    this.host.requestUpdate();
  };

  /** Only writes the log: no focus move, announcement or coach call, so the practice runs on untouched. */
  readonly chooseBodyPlaces = (event: BodyPlacesChangeEvent) => {
    const id = this.session.coach?.record?.id;
    if (!id) return;
    this.parts.ctx.services?.sessionLog.setBodyPlaces(id, event.places);
    this.host.requestUpdate();
  };

  readonly answer = (event: ClosingAnswerEvent) => {
    const id = this.session.coach?.record?.id;
    if (id) this.parts.ctx.services?.sessionLog.answer(id, event.answer);
    this.show('done', 'practice-done');
  };

  readonly pause = () => {
    void this.session.coach?.pause();
    this.focusTarget = 'practice-running';
  };

  readonly resume = () => {
    void this.session.coach?.resume();
    this.focusTarget = 'practice-running';
  };

  readonly stop = () => {
    this.session.coach?.stop();
  };

  /** Picks up a session already started by the tap that opened this view (the home button). */
  private adoptRunning(): void {
    const current = this.parts.ctx.services?.launcher.current();
    if (!current || current === this.session.coach) return;
    const live = current.status === 'starting' || current.status === 'running';
    if (live && current.plan.practiceId === this.host.practiceId) this.attach(current);
  }

  private attach(coach: Coach): void {
    this.completed = false;
    this.screen = 'active';
    this.host.requestUpdate();
    this.session.follow(coach);
  }

  private show(screen: PracticeScreen, focus: FocusTarget): void {
    this.screen = screen;
    this.focusTarget = focus;
    this.host.requestUpdate();
  }

  private onPhase(event: PhaseEvent): void {
    // The chips leave with the settle phase; keep keyboard focus in the view, on something inert.
    const running = this.host.renderRoot.querySelector('practice-running');
    if (running?.placesFocused === true && event.state.phase !== 'settle') this.focusTarget = 'h1';
    this.session.show(event.state, event.nowS);
    if (event.state.phase !== 'done') this.announcement = this.wordFor(event.state.phase);
  }

  private onStatus(status: CoachStatus): void {
    const coach = this.session.coach;
    if (!coach) return;
    if (status === 'running') {
      // Place the orb from the clock, and say where we are: on adoption (the phase event may have
      // come before this view existed), and after a pause.
      const state = phaseAt(coach.plan, coach.nowS());
      this.session.show(state, coach.nowS());
      if (state.phase !== 'before' && state.phase !== 'done') {
        this.announcement = this.wordFor(state.phase);
      }
    } else if (status === 'ended') {
      this.completed = true;
      this.announcement = PRACTICE_WORDS.done;
      const asks = coach.plan.asksClosingQuestion;
      this.show(asks ? 'question' : 'done', asks ? 'closing-question' : 'practice-done');
    } else if (status === 'stopped') {
      this.session.release();
      if (coach.error) {
        this.screen = 'ready';
        this.startError = PRACTICE_VIEW_WORDS.startFailed;
      } else {
        this.show('done', 'practice-done');
      }
    }
  }

  private wordFor(phase: PhaseState['phase']): string {
    const settleS = this.plan()?.cues.find((c) => c.kind === 'settle')?.durationS ?? 0;
    return phaseWord(phase, settleS);
  }
}
