// Bench page: renders practices offline and measures every phase-change onset, and the mix: the
// breath sound's dips at phase changes, the voice's margin over it, loudness and true peak.
import { compileSession, isPhaseCue } from '../src/core/breathing/plan';
import { PRACTICE_IDS, PRACTICES } from '../src/core/breathing/practices';
import type { SoundTheme } from '../src/core/settings/settings';
import { VOICE_BASE_URL } from '../src/platform/audio/clip-bank';
import { integratedLoudness, truePeakDb } from '../src/platform/audio/testing/loudness';
import { breathDips, voiceMargins } from '../src/platform/audio/testing/mix';
import { renderSessionAudio } from '../src/platform/audio/render-offline';
import { biquad, detectOnsets, onsetErrors } from '../src/platform/audio/testing/signal';

const SAMPLE_RATE = 44100;
const ONSET_BAND_HZ = 2500;

/** Result of one onset measurement; errors in milliseconds. */
export interface OnsetResult {
  readonly minutes: number;
  readonly cues: number;
  readonly detected: number;
  readonly maxErrorMs: number;
  readonly meanAbsErrorMs: number;
  readonly renderMs: number;
}

async function measureOnsets(minutes: number): Promise<OnsetResult> {
  const plan = compileSession(PRACTICES.resonance, { minutes });
  const planned = plan.cues.filter((c) => isPhaseCue(c) || c.kind === 'end').map((c) => c.atS);
  const started = performance.now();
  const buffer = await renderSessionAudio(plan, { sampleRate: SAMPLE_RATE });
  const renderMs = performance.now() - started;
  const band = await biquad(buffer.getChannelData(0), SAMPLE_RATE, 'highpass', ONSET_BAND_HZ, 2);
  const detected = detectOnsets(band, SAMPLE_RATE);
  const errorsMs = onsetErrors(detected, planned).map((e) => Math.abs(e) * 1000);
  return {
    minutes,
    cues: planned.length,
    detected: detected.length,
    maxErrorMs: Math.max(...errorsMs),
    meanAbsErrorMs: errorsMs.reduce((a, b) => a + b, 0) / errorsMs.length,
    renderMs,
  };
}

/** One practice's mix in one theme; loudness in LUFS and LU, levels in dB. */
export interface MixResult {
  readonly practice: string;
  readonly theme: SoundTheme;
  readonly phaseChanges: number;
  readonly worstDipDb: number;
  readonly lines: number;
  readonly marginMinLu: number;
  readonly marginMedianLu: number;
  readonly marginMaxLu: number;
  /** The whole practice with the voice, at 44.1 kHz. */
  readonly integratedLufs: number;
  readonly truePeakDb: number;
}

const MIX_STEM_RATE = 16000;

async function measureMix(): Promise<MixResult[]> {
  const results: MixResult[] = [];
  for (const theme of ['warm', 'airy'] as const) {
    for (const id of PRACTICE_IDS) {
      const plan = compileSession(PRACTICES[id]);
      const dips = await breathDips(plan, theme, MIX_STEM_RATE);
      const margins = (await voiceMargins(plan, theme, MIX_STEM_RATE, VOICE_BASE_URL))
        .map((m) => m.marginLu)
        .sort((a, b) => a - b);
      const mix = await renderSessionAudio(plan, { sampleRate: SAMPLE_RATE, theme, voice: true });
      const samples = mix.getChannelData(0);
      const round = (x: number) => Math.round(x * 100) / 100;
      results.push({
        practice: id,
        theme,
        phaseChanges: dips.length,
        worstDipDb: round(Math.min(...dips.map((d) => d.dipDb))),
        lines: margins.length,
        marginMinLu: round(margins[0] ?? NaN),
        marginMedianLu: round(margins[margins.length >> 1] ?? NaN),
        marginMaxLu: round(margins.at(-1) ?? NaN),
        integratedLufs: round(integratedLoudness(samples, SAMPLE_RATE)),
        truePeakDb: round(truePeakDb(samples)),
      });
    }
  }
  return results;
}

declare global {
  var measureOnsets: (minutes: number) => Promise<OnsetResult>;
  var measureMix: () => Promise<MixResult[]>;
}
globalThis.measureOnsets = measureOnsets;
globalThis.measureMix = measureMix;
