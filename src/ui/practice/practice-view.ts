import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SessionPlan } from '../../core/breathing/types';
import { PRACTICE_VIEW_WORDS } from '../../core/content/practice';
import type { BodyPlace } from '../../core/reflect/body-places';
import { HeartController } from '../heart/heart-controller';
import { HumController } from '../hum/hum-controller';
import { PauseController } from '../pause/pause-controller';
import '../pause/pause-status';
import { pauseDone } from '../pause/pause-words';
import { ServicesController } from '../shared/services-controller';
import { baseStyles } from '../shared/styles';
import { AudioSaveController, audioFileName } from './audio-save-controller';
import './body-place-chips';
import './closing-question';
import { PracticeFlow } from './practice-flow';
import './practice-done';
import type { ListenChangeEvent } from './practice-ready';
import './practice-ready';
import './practice-running';

/** True when the plan asks the person to notice where the urge sits in the body. */
function namesBodyPlaces(plan: SessionPlan): boolean {
  return plan.cues.some((c) => c.kind === 'prompt' && c.promptId === 'name-sensation');
}

/**
 * One practice: Start, then the orb and phase word while it runs, the closing question, and done.
 * Phase changes are announced in one polite live region. Where the plan names a sensation, optional
 * body-place chips show while settling and with the closing question; they never touch the session.
 * The screens and focus follow `PracticeFlow`; this element shows them.
 */
@customElement('practice-view')
export class PracticeView extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .summary {
        color: var(--muted, #b9bdd2);
      }
    `,
  ];

  /** A built-in id or `custom:<slug>`. */
  @property({ attribute: 'practice-id' }) practiceId = '';

  private readonly ctx = new ServicesController(this);
  private readonly heart = new HeartController(this);
  private readonly hum = new HumController(this);
  private readonly pauseMonitor = new PauseController(this);
  private readonly flow = new PracticeFlow(this, {
    ctx: this.ctx,
    hum: this.hum,
    pause: this.pauseMonitor,
  });
  private readonly audio = new AudioSaveController(this);

  /** The live monitors this practice shows, followed before each render (never from render). */
  protected override willUpdate(): void {
    const services = this.ctx.services;
    const plan = this.flow.plan();
    this.heart.follow(services?.heart);
    this.hum.follow(services, plan?.hum === true && this.flow.listening);
    this.pauseMonitor.follow(services, plan?.faceDownGateS !== undefined);
  }

  /** Also waits for the screen showing (Start, running, question or done), so callers see it all. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    const screen = this.renderRoot.querySelector(
      'practice-ready, practice-running, closing-question, practice-done',
    );
    if (screen instanceof LitElement) await screen.updateComplete;
    return complete;
  }

  protected override render() {
    const plan = this.flow.plan();
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
        .textContent=${this.flow.announcement}
      ></p>
      ${this.renderScreen(plan)}
    `;
  }

  private renderScreen(plan: SessionPlan) {
    const flow = this.flow;
    switch (flow.screen) {
      case 'ready':
        return html`<practice-ready
          ?hums=${plan.hum}
          ?listening=${flow.listening}
          .urgeBefore=${flow.urgeBefore}
          .error=${flow.startError}
          @start-practice=${flow.start}
          @listen-change=${this.chooseListening}
          @urge-rate=${flow.rateUrge}
        ></practice-ready>`;
      case 'active':
        return html`${this.renderActive(plan)}${this.renderPauseStatus(plan)}`;
      case 'question':
        return html`<closing-question @closing-answer=${flow.answer}>
          ${this.renderBodyPlaces(plan)}
        </closing-question>`;
      case 'done':
        return this.renderDone(plan);
    }
  }

  private renderActive(plan: SessionPlan) {
    const { flow } = this;
    const { session } = flow;
    const record = session.coach?.record;
    return html`<practice-running
      .plan=${plan}
      .status=${session.status}
      .phase=${session.phase}
      .cue=${session.cue}
      .cueTimeS=${session.cueTimeS}
      .breathIndex=${session.breathIndex}
      .heart=${this.heart.live}
      .hum=${plan.hum && flow.listening ? this.hum.live : null}
      .asksUrgeBefore=${!flow.beforeDone && record !== null && record !== undefined}
      .urgeBefore=${record?.urgeBefore ?? null}
      .asksBodyPlaces=${this.asksBodyPlaces(plan)}
      .places=${this.bodyPlaces()}
      @urge-rate=${flow.rateUrge}
      @body-places-change=${flow.chooseBodyPlaces}
      @pause-practice=${flow.pause}
      @resume-practice=${flow.resume}
      @stop-practice=${flow.stop}
    ></practice-running>`;
  }

  /** The five-minute pause's few words while it runs (face down, the wait, pickups, stillness). */
  private renderPauseStatus(plan: SessionPlan) {
    if (plan.faceDownGateS === undefined) return nothing;
    return html`<pause-status
      .live=${this.pauseMonitor.live}
      ?before-gate=${(this.flow.session.coach?.nowS() ?? 0) < plan.faceDownGateS}
      @begin-still-minute=${() => {
        this.pauseMonitor.begin();
      }}
    ></pause-status>`;
  }

  private renderDone(plan: SessionPlan) {
    const { flow } = this;
    const record = flow.session.coach?.record;
    const answer = record ? this.ctx.services?.sessionLog.get(record.id)?.answer : undefined;
    return html`<practice-done
      .plan=${plan}
      .sessionId=${record?.id ?? null}
      .heart=${record?.heart}
      .urgeBefore=${record?.urgeBefore ?? null}
      .urgeAfter=${record?.urgeAfter ?? null}
      .asksUrgeAfter=${!flow.afterDone && record !== null && record !== undefined}
      @urge-rate=${flow.rateUrge}
      .completed=${flow.completed}
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

  private renderBodyPlaces(plan: SessionPlan) {
    if (!this.asksBodyPlaces(plan)) return nothing;
    return html`<body-place-chips
      .selected=${this.bodyPlaces()}
      @body-places-change=${this.flow.chooseBodyPlaces}
    ></body-place-chips>`;
  }

  /** Why the microphone could not listen in this practice, to say again at the end; else empty. */
  private humUnavailable(plan: SessionPlan): string {
    const state = this.hum.live?.state;
    return plan.hum && this.flow.listening && state?.kind === 'unavailable' ? state.message : '';
  }

  /** The chips show only where the plan names a sensation, and only once there is a record to keep them. */
  private asksBodyPlaces(plan: SessionPlan): boolean {
    return namesBodyPlaces(plan) && Boolean(this.flow.session.coach?.record);
  }

  /** The places kept on this session's record; the log is the one source, so a re-opened view agrees. */
  private bodyPlaces(): readonly BodyPlace[] {
    return this.flow.session.coach?.record?.bodyPlaces ?? [];
  }

  private readonly chooseListening = (event: ListenChangeEvent) => {
    this.ctx.update((settings) => ({ ...settings, humListen: event.listening }));
  };

  private readonly again = () => {
    this.audio.reset();
    this.flow.again();
  };

  private readonly saveAudio = () => {
    const services = this.ctx.services;
    const plan = this.flow.plan();
    const settings = this.ctx.settings;
    if (services && plan && settings) void this.audio.save(services, plan, settings);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-view': PracticeView;
  }
}
