// Bench page: a practice's guidance rendered and written a segment at a time, as when it plays.
import { compileSession } from '../src/core/breathing/plan';
import { PRACTICES } from '../src/core/breathing/practices';
import { GuidanceWriter, forgetGuidance } from '../src/platform/audio/guidance-writer';

/** Render Resonance of `minutes` whole into Cache Storage; resolves with seconds taken. */
async function renderGuidance(minutes: number): Promise<{ seconds: number; segments: number }> {
  const plan = compileSession(PRACTICES.resonance, { minutes });
  const id = `bench${String(minutes)}`;
  const writer = new GuidanceWriter(id, plan, { voice: true, theme: 'warm' });
  const started = performance.now();
  await writer.finish();
  const seconds = (performance.now() - started) / 1000;
  const segments = writer.written;
  await forgetGuidance({ ids: [id] });
  return { seconds, segments };
}

declare global {
  var renderGuidance: (minutes: number) => Promise<{ seconds: number; segments: number }>;
}
globalThis.renderGuidance = renderGuidance;
