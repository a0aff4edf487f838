// Bench page: renders a long practice offline and measures every phase-change onset.
import { compileSession, isPhaseCue } from '../src/core/breathing/plan';
import { PRACTICES } from '../src/core/breathing/practices';
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

declare global {
  var measureOnsets: (minutes: number) => Promise<OnsetResult>;
}
globalThis.measureOnsets = measureOnsets;
