import { expect } from '@open-wc/testing';
import { compileSession } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import { afterEach, describe, it } from '../../testing/mocha';
import { FIRST_SOUND_MARK } from './first-sound-mark';
import { createToneGuidancePlayer } from './tone-guidance-player';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createToneGuidancePlayer', () => {
  const player = createToneGuidancePlayer({ voiceBaseUrl: '/public/voice/' });
  afterEach(() => {
    player.stop();
  });

  it('starts on the audio clock, marks the first sound and uses clips without device voices', async () => {
    performance.clearMarks(FIRST_SOUND_MARK);
    const before = performance.now();
    const plan = compileSession(PRACTICES['five-breaths']);
    const clock = await player.start(plan, { voice: true, volume: 0.5, theme: 'warm' });
    expect(player.voiceMode).to.equal('clips');
    const marks = performance.getEntriesByName(FIRST_SOUND_MARK);
    expect(marks).to.have.length(1);
    expect(marks[0]!.startTime).to.be.above(before);
    expect(marks[0]!.startTime).to.be.below(performance.now() + 500);
    // The clock is the audio context's: it moves on by itself (how fast depends on machine load).
    const a = clock.nowS();
    await wait(200);
    expect(clock.nowS()).to.be.above(a);
    expect(clock.nowS()).to.be.below(plan.durationS);
  });

  it('freezes the clock while paused and runs on after resume', async () => {
    const plan = compileSession(PRACTICES.box);
    const clock = await player.start(plan, { voice: false, volume: 0.5, theme: 'airy' });
    expect(player.voiceMode).to.equal('off');
    let interrupted = 0;
    const unsubscribe = player.onInterrupted(() => interrupted++);
    await wait(100);
    await player.pause();
    const paused = clock.nowS();
    await wait(200);
    expect(clock.nowS()).to.equal(paused);
    await player.resume();
    await wait(150);
    expect(clock.nowS()).to.be.above(paused);
    expect(interrupted).to.equal(0);
    unsubscribe();
  });

  it('starts part-way through a plan', async () => {
    const plan = compileSession(PRACTICES.resonance, { minutes: 2 });
    const clock = await player.start(plan, { voice: false, volume: 0.5, theme: 'warm', fromS: 40 });
    expect(clock.nowS()).to.be.within(39.9, 42);
  });

  it('asks for a line variant just before the line, on the session clock', async () => {
    const plan = compileSession(PRACTICES['five-minute-pause']);
    const ack = plan.cues.find((c) => c.kind === 'prompt' && c.promptId === 'acknowledge-three');
    const atS = ack?.atS ?? 0;
    const asked: [string, number][] = [];
    const clock = await player.start(plan, {
      voice: true,
      volume: 0.5,
      theme: 'warm',
      fromS: atS - 1.5,
      choosePrompt: (id) => {
        asked.push([id, clock.nowS()]);
        return 'acknowledge-three-still';
      },
    });
    await wait(1500);
    expect(asked.map(([id]) => id)).to.deep.equal(['acknowledge-three']);
    expect(asked[0]?.[1]).to.be.within(atS - 0.6, atS);
  });

  it("keeps the recorded voice though the device has one, unless the person chose the device's", async () => {
    const spoken: string[] = [];
    const voice = { lang: navigator.language, localService: true, name: 'Device' };
    const fake = Object.assign(new EventTarget(), {
      getVoices: () => [voice],
      speak: (u: SpeechSynthesisUtterance) => spoken.push(u.text),
      cancel: () => undefined,
      pause: () => undefined,
      resume: () => undefined,
      speaking: false,
      pending: false,
      paused: false,
    });
    const own = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => fake });
    try {
      const plan = compileSession(PRACTICES['five-breaths']);
      await player.start(plan, { voice: true, volume: 0.5, theme: 'warm' });
      expect(player.voiceMode).to.equal('clips');
      await player.start(plan, { voice: true, deviceVoice: true, volume: 0.5, theme: 'warm' });
      expect(player.voiceMode).to.equal('speech');
    } finally {
      if (own) Object.defineProperty(window, 'speechSynthesis', own);
    }
    expect(window.speechSynthesis).not.to.equal(fake);
  });

  it('can be stopped twice and reports no voice afterwards', async () => {
    await player.start(compileSession(PRACTICES['five-breaths']), {
      voice: true,
      volume: 0.5,
      theme: 'warm',
    });
    player.stop();
    player.stop();
    expect(player.voiceMode).to.equal('off');
  });
});
