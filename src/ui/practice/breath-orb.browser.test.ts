import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { compileSession, phaseAt } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import { describe, it } from '../../testing/mocha';
import { scaleForLevel, type BreathOrb } from './breath-orb';
import './breath-orb';
import { phaseWord } from '../../core/content/practice';

const plan = compileSession(PRACTICES['five-breaths']);

/** The x scale of the orb's visual as the browser computes it from the running animation. */
function computedScale(orb: BreathOrb): number {
  const visual = orb.shadowRoot?.querySelector('.visual');
  if (!visual) throw new Error('no visual');
  return new DOMMatrixReadOnly(getComputedStyle(visual).transform).a;
}

/** Hands the orb the cue in force at `tS`, as the practice view does at a phase change. */
async function showAt(orb: BreathOrb, tS: number): Promise<void> {
  const state = phaseAt(plan, tS);
  orb.cue = state.cue;
  orb.planTimeS = tS;
  orb.label = phaseWord(state.phase, 8);
  orb.paused = true;
  await orb.updateComplete;
}

describe('breath-orb', () => {
  it('shows the lung fill and phase word phaseAt gives, at several plan times', async () => {
    const orb = await fixture<BreathOrb>(html`<breath-orb></breath-orb>`);
    const cases: [number, string][] = [
      [4, 'Settle'],
      [8, 'Breathe in'],
      [10, 'Breathe in'],
      [11.5, 'Breathe in'],
      [12, 'Breathe out'],
      [15, 'Breathe out'],
      [17.9, 'Breathe out'],
      [19, 'Breathe in'],
      [55, 'Breathe out'],
    ];
    for (const [tS, word] of cases) {
      await showAt(orb, tS);
      const { level } = phaseAt(plan, tS);
      expect(orb.levelAt(tS), `level at ${tS} s`).to.be.closeTo(level, 1e-9);
      expect(orb.currentLevel(), `animation progress at ${tS} s`).to.be.closeTo(level, 1e-3);
      expect(computedScale(orb), `scale at ${tS} s`).to.be.closeTo(scaleForLevel(level), 1e-3);
      expect(orb.shadowRoot?.querySelector('.word')?.textContent).to.equal(word);
      expect(orb.dataset.phase).to.equal(phaseAt(plan, tS).phase);
    }
  });

  it('starts the animation at the offset into the phase and keeps running on its own', async () => {
    const orb = await fixture<BreathOrb>(html`<breath-orb></breath-orb>`);
    const state = phaseAt(plan, 9);
    orb.cue = state.cue;
    orb.planTimeS = 9;
    await orb.updateComplete;
    const animation = orb.shadowRoot?.querySelector('.visual')?.getAnimations()[0];
    expect(animation?.playState).to.equal('running');
    // 1 s into the inhale, plus whatever real time the update took.
    expect(Number(animation?.currentTime)).to.be.within(1000, 1500);
  });

  it('pausing freezes the animation where it is, and resuming continues', async () => {
    const orb = await fixture<BreathOrb>(html`<breath-orb></breath-orb>`);
    orb.cue = phaseAt(plan, 13).cue;
    orb.planTimeS = 13;
    await orb.updateComplete;
    orb.paused = true;
    await orb.updateComplete;
    const frozen = orb.currentLevel();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(orb.currentLevel()).to.equal(frozen);
    orb.paused = false;
    await orb.updateComplete;
    // It moves on from where it froze: on a loaded machine the first frames may take a while.
    await waitUntil(() => orb.currentLevel() < frozen, 'the orb did not move on after resuming', {
      timeout: 10_000,
    });
  });

  it('has nothing to show before and after the session', async () => {
    const orb = await fixture<BreathOrb>(html`<breath-orb></breath-orb>`);
    await showAt(orb, 60);
    expect(orb.currentLevel()).to.equal(0);
    expect(orb.dataset.phase).to.equal('none');
    expect(orb.shadowRoot?.querySelector('.visual')?.getAnimations()).to.have.length(0);
  });
});
