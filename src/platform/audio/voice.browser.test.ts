import { expect } from '@open-wc/testing';
import { compileSession } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import { PROMPTS, promptDurationS, type PromptId } from '../../core/content/prompts';
import { describe, it } from '../../testing/mocha';
import { PRACTICE_IDS } from '../../core/breathing/practices';
import { ClipBank } from './clip-bank';
import { renderSessionAudio } from './render-offline';
import { planOpening, voiceMargins } from './testing/mix';
import { voiceLines } from './voice-lines';
import { findSpeechVoice, matchVoice } from './voice-mode';

const CLIPS_URL = '/public/voice/';

/** A speechSynthesis stand-in with a fixed voice list. */
function fakeSpeech(voices: Partial<SpeechSynthesisVoice>[]): SpeechSynthesis {
  const target = new EventTarget();
  return Object.assign(target, { getVoices: () => voices }) as unknown as SpeechSynthesis;
}

function rms(samples: Float32Array, sampleRate: number, fromS: number, toS: number): number {
  let sum = 0;
  const from = Math.round(fromS * sampleRate);
  const to = Math.round(toS * sampleRate);
  for (let i = from; i < to; i++) sum += (samples[i] ?? 0) ** 2;
  return Math.sqrt(sum / (to - from));
}

describe('voice', () => {
  it('falls back to recorded clips when the device has no voices', async () => {
    const started = performance.now();
    expect(await findSpeechVoice(fakeSpeech([]), 'en-GB', 100)).to.equal(null);
    expect(performance.now() - started).to.be.within(90, 400);
    expect(await findSpeechVoice(undefined, 'en-GB')).to.equal(null);
  });

  it('uses a device voice that matches the page language', async () => {
    const voices = [
      { lang: 'fr-FR', localService: true, name: 'Amélie' },
      { lang: 'en-US', localService: true, name: 'Sam' },
      { lang: 'en-GB', localService: true, name: 'Kate' },
    ];
    expect((await findSpeechVoice(fakeSpeech(voices), 'en-GB'))?.name).to.equal('Kate');
    expect(matchVoice(voices as SpeechSynthesisVoice[], 'en')?.name).to.equal('Sam');
    expect(matchVoice(voices as SpeechSynthesisVoice[], 'de-DE')).to.equal(null);
  });

  it('speaks phase words on the first two breaths only, never over a prompt', () => {
    const plan = compileSession(PRACTICES['five-minute-pause']);
    const lines = voiceLines(plan);
    const words = lines.filter((l) => l.id.startsWith('phase-'));
    const breathStarts = plan.cues.filter((c) => c.kind === 'inhale').map((c) => c.atS);
    expect(words.map((w) => w.id)).to.deep.equal([
      'phase-inhale',
      'phase-exhale',
      'phase-inhale',
      'phase-exhale',
    ]);
    expect(words[2]!.atS).to.equal(breathStarts[1]);
    for (const word of words) expect(word.atS).to.be.below(breathStarts[2]!);
  });

  it('decodes every shipped clip, each within its slot and under the true-peak ceiling', async () => {
    const context = new OfflineAudioContext(1, 1, 48000);
    const bank = new ClipBank((data) => context.decodeAudioData(data), CLIPS_URL);
    const manifest = (await (
      await fetch('/src/platform/audio/voice-manifest.json')
    ).json()) as Record<string, { durationS: number }>;
    for (const id of Object.keys(PROMPTS) as PromptId[]) {
      const clip = await bank.load(id);
      if (!clip) throw new Error(`${id} did not decode`);
      expect(clip.duration, id).to.be.closeTo(manifest[id]!.durationS, 0.1);
      // MP3 decoders add a few ms of padding; the words themselves fit the slot.
      expect(clip.duration, id).to.be.at.most(promptDurationS(id) + 0.05);
      const samples = clip.getChannelData(0);
      let peak = 0;
      for (const v of samples) peak = Math.max(peak, Math.abs(v));
      // A sample peak is at most the true peak, which the clips keep at −1.5 dBTP.
      expect(20 * Math.log10(peak), id).to.be.at.most(-1.5);
    }
    expect(
      await new ClipBank((d) => context.decodeAudioData(d), '/nowhere/').load('hum-intro'),
    ).to.equal(undefined);
  });

  it('mixes the clips into an offline render when asked', async () => {
    const plan = compileSession(PRACTICES['five-breaths']);
    const silent = await renderSessionAudio(plan, { sampleRate: 16000 });
    const voiced = await renderSessionAudio(plan, {
      sampleRate: 16000,
      voice: true,
      voiceBaseUrl: CLIPS_URL,
    });
    // The settle phase is quiet apart from its first onset, so the opening line stands out.
    const quiet = rms(silent.getChannelData(0), 16000, 1.5, 5);
    const spoken = rms(voiced.getChannelData(0), 16000, 1.5, 5);
    expect(spoken).to.be.above(quiet * 5);
  });
});

const MIX_RATE = 16000;

describe('the voice over the breath sound', () => {
  // Every practice in the warm theme; the airy one where holds and hums differ most.
  const cases = [
    ...PRACTICE_IDS.map((id) => [id, 'warm'] as const),
    ['box', 'airy'] as const,
    ['hum-reset', 'airy'] as const,
  ];
  for (const [id, theme] of cases) {
    it(`${id}, ${theme}: every line sits 4–6 LU above the breath sound (or more where it is quiet anyway)`, async () => {
      // Up to a little after the last line: the rest has nothing to measure.
      const whole = compileSession(PRACTICES[id]);
      const lastLineS = Math.max(...voiceLines(whole).map((line) => line.atS));
      const plan = planOpening(whole, lastLineS + 8);
      const margins = await voiceMargins(plan, theme, MIX_RATE, CLIPS_URL);
      expect(margins.length).to.be.above(3);
      for (const m of margins) {
        expect(m.marginLu, `${m.id} at ${m.atS} s`).to.be.at.least(4);
        if (m.ducked) expect(m.marginLu, `${m.id} at ${m.atS} s`).to.be.at.most(6);
      }
    });
  }
});
