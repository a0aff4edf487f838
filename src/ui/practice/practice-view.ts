import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Coach, CoachStatus, PhaseEvent } from '../../app/practice/coach';
import { phaseAt } from '../../core/breathing/plan';
import type { PhaseState, SessionPlan } from '../../core/breathing/types';
import type { BodyPlace } from '../../core/reflect/body-places';
import { AudioSaveController, audioFileName } from './audio-save-controller';
import type { BodyPlacesChangeEvent } from './body-place-chips';
import './body-place-chips';
import type { ClosingAnswerEvent } from './closing-question';
import './closing-question';
import { CoachController } from './coach-controller';
import { HeartController } from '../heart/heart-controller';
import { HumController } from '../hum/hum-controller';
import { PauseController } from '../pause/pause-controller';
import { pauseDone } from '../pause/pause-words';
import '../pause/pause-status';
import { HUM_WORDS } from '../../core/content/hum';
import './practice-done';
import './practice-running';
import type { UrgeRateEvent } from './urge-rating';
import './urge-rating';
import { PRACTICE_VIEW_WORDS, PRACTICE_WORDS } from '../../core/content/practice';
import { phaseWord } from '../../core/content/practice';
import { ServicesController } from '../shared/services-controller';
import { baseStyles } from '../shared/styles';

type View = 'ready' | 'active' | 'question' | 'done';
/** What takes focus after the next render; the screens move it to their own heading. */
type FocusTarget = 'h1' | 'practice-running' | 'closing-question' | 'practice-done';

/** True when the plan asks the person to notice where the urge sits in the body. */
function namesBodyPlaces(plan: SessionPlan): boolean {
  return plan.cues.some((c) => c.kind === 'prompt' && c.promptId === 'name-sensation');
}

/**
 * One practice: Start, then the orb and phase word while it runs, the closing question, and done.
 * Phase changes are announced in one polite live region. Where the plan names a sensation, optional
 * body-place chips show while settling and with the closing question; they never touch the session.
 */
@customElement('practice-view')
export class PracticeView extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .summary {
        color: var(--muted, #b9bdd2);
      }
      .stage {
        display: grid;
        justify-items: center;
        gap: 1.25rem;
        margin: 1.5rem 0;
      }
      .big {
        min-height: 4rem;
        min-width: 10rem;
        font-size: 1.25rem;
      }
      .listen {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        min-height: 48px;
        cursor: pointer;
      }
      .listen input {
        width: 1.5rem;
        height: 1.5rem;
      }
      .why {
        max-width: 36rem;
      }
    `,
  ];

  /** A built-in id or `custom:<slug>`. */
  @property({ attribute: 'practice-id' }) practiceId = '';

  @state() private view: View = 'ready';
  @state() private announcement = '';
  @state() private startError = '';
  @state() private completed = false;
  /** Rated (or skipped) before the practice, waiting for the record to exist. */
  @state() private pendingBefore: number | null = null;
  /** The before/after rating was given or skipped, so its row goes away. */
  @state() private beforeDone = false;
  @state() private afterDone = false;

  private readonly ctx = new ServicesController(this);
  private readonly heart = new HeartController(this);
  private readonly hum = new HumController(this);
  private readonly pauseMonitor = new PauseController(this);
  private readonly session = new CoachController(this, {
    phase: (event) => {
      this.onPhase(event);
    },
    status: (status) => {
      this.onStatus(status);
    },
  });
  private readonly audio = new AudioSaveController(this);
  private focusTarget: FocusTarget | null = null;
  /** The drone's root tuned to the person's usual hum, worked out before the tap; for `tunedFor`. */
  private droneHz: number | undefined = undefined;
  private tunedFor: string | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const idle = !this.session.coach && this.view === 'ready';
    if (changed.has('practiceId') || idle) this.adoptRunning();
    this.tuneDrone();
    this.dataset.phase = this.session.phase;
  }

  protected override updated(): void {
    const target = this.focusTarget;
    this.focusTarget = null;
    if (target === 'closing-question' || target === 'practice-done') {
      void this.renderRoot.querySelector(target)?.focusHeading();
    } else if (target === 'practice-running') {
      void this.renderRoot.querySelector(target)?.focusToggle();
    } else if (target) {
      this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    }
  }

  /** Also waits for the running, question or done screen, so callers see the whole view rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    const screen = this.renderRoot.querySelector(
      'practice-running, closing-question, practice-done',
    );
    if (screen instanceof LitElement) await screen.updateComplete;
    return complete;
  }

  protected override render() {
    this.heart.follow(this.ctx.services?.heart);
    const plan = this.plan();
    this.hum.follow(this.ctx.services, plan?.hum === true && this.listening());
    this.pauseMonitor.follow(this.ctx.services, plan?.faceDownGateS !== undefined);
    const practice = this.ctx.services?.launcher.practice(this.practiceId) ?? null;
    if (!practice || !plan) {
      if (!this.ctx.services) return nothing;
      return html`<h1 tabindex="-1">${PRACTICE_VIEW_WORDS.missingTitle}</h1>
        <p>
          ${PRACTICE_VIEW_WORDS.missingLead}
          <a href="/">${PRACTICE_VIEW_WORDS.missingLink}</a>.
        </p>`;
    }
    return html`
      <h1 tabindex="-1">${practice.name}</h1>
      <p class="summary">${practice.summary}</p>
      <p
        class="visually-hidden"
        aria-live="polite"
        data-testid="phase-announcer"
        .textContent=${this.announcement}
      ></p>
      ${this.renderView(plan)}
    `;
  }

  private renderView(plan: SessionPlan) {
    switch (this.view) {
      case 'ready':
        return html`<div class="stage">
          ${this.renderHumChoice(plan)}
          <button class="primary big" @click=${this.start}>${PRACTICE_VIEW_WORDS.start}</button>
          <p class="muted">${PRACTICE_VIEW_WORDS.startHint}</p>
          ${this.startError ? html`<p class="error" role="alert">${this.startError}</p>` : nothing}
          <urge-rating
            when="before"
            .value=${this.pendingBefore}
            @urge-rate=${this.rateUrge}
          ></urge-rating>
        </div>`;
      case 'active':
        return html`${this.renderActive(plan)}${this.renderPauseStatus(plan)}`;
      case 'question':
        return html`<closing-question @closing-answer=${this.answer}>
          ${this.renderBodyPlaces(plan)}
        </closing-question>`;
      case 'done':
        return this.renderDone(plan);
    }
  }

  private renderActive(plan: SessionPlan) {
    const record = this.session.coach?.record;
    return html`<practice-running
      .plan=${plan}
      .status=${this.session.status}
      .phase=${this.session.phase}
      .cue=${this.session.cue}
      .cueTimeS=${this.session.cueTimeS}
      .breathIndex=${this.session.breathIndex}
      .heart=${this.heart.live}
      .hum=${plan.hum && this.listening() ? this.hum.live : null}
      .asksUrgeBefore=${!this.beforeDone && record !== null && record !== undefined}
      .urgeBefore=${record?.urgeBefore ?? null}
      .asksBodyPlaces=${this.asksBodyPlaces(plan)}
      .places=${this.bodyPlaces()}
      @urge-rate=${this.rateUrge}
      @body-places-change=${this.chooseBodyPlaces}
      @pause-practice=${this.pause}
      @resume-practice=${this.resume}
      @stop-practice=${this.stop}
    ></practice-running>`;
  }

  /** The five-minute pause's few words while it runs (face down, the wait, pickups, stillness). */
  private renderPauseStatus(plan: SessionPlan) {
    if (plan.faceDownGateS === undefined) return nothing;
    return html`<pause-status
      .live=${this.pauseMonitor.live}
      ?before-gate=${(this.session.coach?.nowS() ?? 0) < plan.faceDownGateS}
      @begin-still-minute=${() => {
        this.pauseMonitor.begin();
      }}
    ></pause-status>`;
  }

  private renderDone(plan: SessionPlan) {
    const record = this.session.coach?.record;
    const answer = record ? this.ctx.services?.sessionLog.get(record.id)?.answer : undefined;
    return html`<practice-done
      .plan=${plan}
      .sessionId=${record?.id ?? null}
      .heart=${record?.heart}
      .urgeBefore=${record?.urgeBefore ?? null}
      .urgeAfter=${record?.urgeAfter ?? null}
      .asksUrgeAfter=${!this.afterDone && record !== null && record !== undefined}
      @urge-rate=${this.rateUrge}
      .completed=${this.completed}
      .breathCount=${plan.breathCount}
      .breathsCompleted=${record?.breathsCompleted ?? 0}
      .answer=${answer}
      .places=${this.bodyPlaces()}
      .hum=${record?.hum}
      .humUnavailable=${this.humUnavailable(plan)}
      .pause=${pauseDone(plan, this.pauseMonitor.live)}
      .saveState=${this.audio.state}
      .fileName=${audioFileName(plan.practiceId)}
      @save-audio=${this.saveAudio}
      @start-again=${this.again}
    ></practice-done>`;
  }

  /** Why humming helps, and the quiet choice to let Stay hear it; hum practices only. */
  private renderHumChoice(plan: SessionPlan) {
    if (!plan.hum) return nothing;
    return html`<div class="why">
      ${HUM_WORDS.why.map((line) => html`<p>${line}</p>`)}
      <label class="listen">
        <input
          type="checkbox"
          .checked=${this.listening()}
          @change=${this.chooseListening}
          aria-describedby="listen-note"
        />
        ${HUM_WORDS.listenLabel}
      </label>
      <p class="muted" id="listen-note">${HUM_WORDS.listenNote}</p>
    </div>`;
  }

  /** True when the person chose to let Stay hear their hum. */
  private listening(): boolean {
    return this.ctx.settings?.humListen === true;
  }

  /** Why the microphone could not listen in this practice, to say again at the end; else empty. */
  private humUnavailable(plan: SessionPlan): string {
    const state = this.hum.live?.state;
    return plan.hum && this.listening() && state?.kind === 'unavailable' ? state.message : '';
  }

  private readonly chooseListening = (event: Event) => {
    const checked = (event.target as HTMLInputElement).checked;
    this.ctx.update((settings) => ({ ...settings, humListen: checked }));
  };

  private renderBodyPlaces(plan: SessionPlan) {
    if (!this.asksBodyPlaces(plan)) return nothing;
    return html`<body-place-chips
      .selected=${this.bodyPlaces()}
      @body-places-change=${this.chooseBodyPlaces}
    ></body-place-chips>`;
  }

  /** The chips show only where the plan names a sensation, and only once there is a record to keep them. */
  private asksBodyPlaces(plan: SessionPlan): boolean {
    return namesBodyPlaces(plan) && Boolean(this.session.coach?.record);
  }

  /** The places kept on this session's record; the log is the one source, so a re-opened view agrees. */
  private bodyPlaces(): readonly BodyPlace[] {
    return this.session.coach?.record?.bodyPlaces ?? [];
  }

  /** Only writes the log: no focus move, announcement or coach call, so the practice runs on untouched. */
  private readonly chooseBodyPlaces = (event: BodyPlacesChangeEvent) => {
    const id = this.session.coach?.record?.id;
    if (!id) return;
    this.ctx.services?.sessionLog.setBodyPlaces(id, event.places);
    this.requestUpdate();
  };

  private plan(): SessionPlan | null {
    return this.session.coach?.plan ?? this.ctx.services?.launcher.plan(this.practiceId) ?? null;
  }

  /** For a practice with a drone: the root a fourth below the person's usual hum, from their sessions. */
  private tuneDrone(): void {
    const services = this.ctx.services;
    const id = this.practiceId;
    if (!services || this.tunedFor === id || !services.launcher.plan(id)?.drone) return;
    this.tunedFor = id;
    this.droneHz = undefined;
    void Promise.all([
      import('../../app/hum/hum-pitch'),
      services.storage.sessions.page(50).catch(() => null),
    ]).then(([{ droneHzFor }, page]) => {
      if (this.tunedFor !== id) return;
      this.droneHz = droneHzFor([...services.sessionLog.list(), ...(page?.items ?? [])]);
    });
  }

  /** Picks up a session already started by the tap that opened this view (the home button). */
  private adoptRunning(): void {
    const current = this.ctx.services?.launcher.current();
    if (!current || current === this.session.coach) return;
    const live = current.status === 'starting' || current.status === 'running';
    if (live && current.plan.practiceId === this.practiceId) this.attach(current);
  }

  private readonly start = () => {
    const services = this.ctx.services;
    if (!services) return;
    this.startError = '';
    const gated = this.plan()?.faceDownGateS !== undefined;
    // iOS lets the sensors be asked for only here, inside the tap, before anything is awaited.
    if (gated) this.pauseMonitor.ask();
    const tuning = {
      ...(this.droneHz === undefined ? {} : { droneHz: this.droneHz }),
      ...(gated ? { choosePrompt: this.pauseMonitor.choosePrompt } : {}),
    };
    const coach = services.launcher.start(this.practiceId, tuning);
    if (gated) this.pauseMonitor.track(services, coach);
    // The microphone is asked for from this tap only, and only when the person chose it.
    if (coach.plan.hum && this.listening()) this.hum.track(services, coach);
    this.attach(coach);
    this.focusTarget = 'practice-running';
  };

  private readonly again = () => {
    this.audio.reset();
    this.beforeDone = false;
    this.afterDone = false;
    this.pendingBefore = null;
    this.start();
  };

  /** Keeps a 0–10 rating (or a skip) on the record; before the record exists it waits for it. */
  private readonly rateUrge = (event: UrgeRateEvent) => {
    const id = this.session.coach?.record?.id;
    const log = this.ctx.services?.sessionLog;
    if (event.when === 'after') {
      this.afterDone = true;
      if (id && event.rating !== null) log?.rateUrge(id, 'after', event.rating);
      return;
    }
    if (this.view === 'ready') {
      this.pendingBefore = event.rating;
      this.beforeDone = true;
      return;
    }
    this.beforeDone = true;
    if (id && event.rating !== null) log?.rateUrge(id, 'before', event.rating);
  };

  private attach(coach: Coach): void {
    this.completed = false;
    this.view = 'active';
    this.session.follow(coach);
  }

  private onPhase(event: PhaseEvent): void {
    // The chips leave with the settle phase; keep keyboard focus in the view, on something inert.
    const chipsFocused = this.renderRoot.querySelector('practice-running')?.placesFocused === true;
    if (chipsFocused && event.state.phase !== 'settle') this.focusTarget = 'h1';
    this.session.show(event.state, event.nowS);
    if (event.state.phase !== 'done') this.announcement = this.wordFor(event.state.phase);
  }

  private onStatus(status: CoachStatus): void {
    const coach = this.session.coach;
    if (!coach) return;
    const record = coach.record;
    if (record && this.pendingBefore !== null && record.urgeBefore === null) {
      this.ctx.services?.sessionLog.rateUrge(record.id, 'before', this.pendingBefore);
    }
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
      this.view = coach.plan.asksClosingQuestion ? 'question' : 'done';
      this.focusTarget = this.view === 'question' ? 'closing-question' : 'practice-done';
    } else if (status === 'stopped') {
      this.session.release();
      if (coach.error) {
        this.view = 'ready';
        this.startError = PRACTICE_VIEW_WORDS.startFailed;
      } else {
        this.view = 'done';
        this.focusTarget = 'practice-done';
      }
    }
  }

  private wordFor(phase: PhaseState['phase']): string {
    const plan = this.plan();
    const settleS = plan?.cues.find((c) => c.kind === 'settle')?.durationS ?? 0;
    return phaseWord(phase, settleS);
  }

  private readonly pause = () => {
    void this.session.coach?.pause();
    this.focusTarget = 'practice-running';
  };

  private readonly resume = () => {
    void this.session.coach?.resume();
    this.focusTarget = 'practice-running';
  };

  private readonly stop = () => {
    this.session.coach?.stop();
  };

  private readonly answer = (event: ClosingAnswerEvent) => {
    const id = this.session.coach?.record?.id;
    if (id) this.ctx.services?.sessionLog.answer(id, event.answer);
    this.view = 'done';
    this.focusTarget = 'practice-done';
  };

  private readonly saveAudio = () => {
    const services = this.ctx.services;
    const plan = this.plan();
    const settings = this.ctx.settings;
    if (services && plan && settings) void this.audio.save(services, plan, settings);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-view': PracticeView;
  }
}
