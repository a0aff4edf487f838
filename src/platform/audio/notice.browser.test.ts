import { expect } from '@open-wc/testing';
import type { NoticeSound } from '../../app/ports/guidance-player';
import { compileSession } from '../../core/breathing/plan';
import { PRACTICES } from '../../core/breathing/practices';
import { describe, it } from '../../testing/mocha';
import { NOTICE_GAP_S, NOTICE_NOTES_HZ, playNotice } from './notice';
import { createToneGuidancePlayer } from './tone-guidance-player';

const RATE = 44100;
const AT_S = 0.05;

async function render(sound: NoticeSound): Promise<Float32Array> {
  const context = new OfflineAudioContext(1, RATE, RATE);
  playNotice(context, context.destination, AT_S, sound);
  return (await context.startRendering()).getChannelData(0);
}

/** Power of `hz` in `samples` from `fromS` for `lengthS` (Goertzel). */
function power(samples: Float32Array, hz: number, fromS: number, lengthS: number): number {
  const start = Math.round(fromS * RATE);
  const n = Math.round(lengthS * RATE);
  const coeff = 2 * Math.cos((2 * Math.PI * hz) / RATE);
  let s1 = 0;
  let s2 = 0;
  for (let i = start; i < start + n; i++) {
    const s0 = (samples[i] ?? 0) + coeff * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  return s1 * s1 + s2 * s2 - coeff * s1 * s2;
}

const firstSoundS = (samples: Float32Array) => samples.findIndex((x) => Math.abs(x) > 1e-4) / RATE;
const peak = (samples: Float32Array) => samples.reduce((m, x) => Math.max(m, Math.abs(x)), 0);

describe('playNotice', () => {
  const cases: [NoticeSound, string][] = [
    ['strap-lost', 'falls'],
    ['strap-back', 'rises'],
    ['hum-reached', 'rises'],
    ['picked-up', 'falls'],
  ];
  for (const [sound, shape] of cases) {
    it(`${sound} ${shape} over two soft notes starting on time`, async () => {
      const samples = await render(sound);
      const [first, second] = NOTICE_NOTES_HZ[sound];
      expect(firstSoundS(samples)).to.be.closeTo(AT_S, 0.002);
      const window = NOTICE_GAP_S - 0.02;
      expect(power(samples, first, AT_S + 0.01, window)).to.be.above(
        4 * power(samples, second, AT_S + 0.01, window),
      );
      const secondAtS = AT_S + NOTICE_GAP_S;
      expect(power(samples, second, secondAtS + 0.01, 0.1)).to.be.above(
        power(samples, first, secondAtS + 0.01, 0.1),
      );
      expect(shape === 'falls' ? first > second : first < second).to.be.true;
      expect(peak(samples)).to.be.within(0.03, 0.15);
    });
  }
});

describe('GuidancePlayer.notify', () => {
  it('does nothing when no practice runs, and plays during one without disturbing it', async () => {
    const player = createToneGuidancePlayer({ voiceBaseUrl: '/public/voice/' });
    player.notify('strap-lost');
    const clock = await player.start(compileSession(PRACTICES['five-breaths']), {
      voice: false,
      volume: 0.5,
      theme: 'warm',
    });
    player.notify('strap-lost');
    player.notify('strap-back');
    const before = clock.nowS();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(clock.nowS()).to.be.above(before);
    player.stop();
    player.notify('strap-back');
  });
});
