import { isPhaseCue, phaseCues } from '../../core/breathing/plan';
import type { PhaseCue, SessionPlan } from '../../core/breathing/types';
import type { PromptId } from '../../core/content/prompts';
import { type AudioFactory, disposeOnEnded } from './audio-factory';
import { BreathBed, bedCycles } from './breath-bed';
import { playDronePhase } from './drone';
import { playChime, playPluck } from './pluck';
import { DRONE, THEMES, type ThemeSound, VOICE_GAIN } from './theme';
import type { VoiceLine } from './voice-lines';
import type { SoundTheme } from '../../core/settings/settings';

/** Voice clips spoken inside the audio graph: the lines, and a lookup of decoded clips. */
export interface ClipVoice {
  readonly lines: readonly VoiceLine[];
  get(id: PromptId): AudioBuffer | undefined;
}

/** The parts of the mix, which a render can also make alone to measure them. */
export type Stem = 'bed' | 'tones' | 'voice';
export const ALL_STEMS: readonly Stem[] = ['bed', 'tones', 'voice'];

/** Everything one session's sound is made of. */
export interface CueGraph {
  readonly factory: AudioFactory;
  readonly output: AudioNode;
  /** Where each part of the mix goes: the breath sound, the marks and drone, the voice. */
  readonly bedOut: GainNode;
  readonly tonesOut: AudioNode;
  readonly voiceOut: AudioNode;
  readonly theme: ThemeSound;
  clipVoice: ClipVoice | null;
  readonly bed: BreathBed;
  /** The drone's root (Hz). */
  readonly droneHz: number;
}

/** Something placed on the audio clock: what, its plan time and its absolute context time. */
export interface ScheduledSound {
  readonly kind: PhaseCue['kind'] | 'end' | 'voice';
  readonly atS: number;
  readonly atTime: number;
}

/** What one window scheduled, and the voice lines whose clip was not decoded yet. */
export interface ScheduleResult {
  readonly sounds: ScheduledSound[];
  readonly missingLines: VoiceLine[];
}

/** A fresh graph writing into `output` the parts of the mix named in `stems` (all by default). */
export function createCueGraph(
  factory: AudioFactory,
  output: AudioNode,
  theme: SoundTheme,
  clipVoice: ClipVoice | null = null,
  droneHz: number = DRONE.rootHz,
  stems: readonly Stem[] = ALL_STEMS,
): CueGraph {
  const sound = THEMES[theme];
  // A part left out goes to a node connected to nothing, which the context never renders.
  const bus = (stem: Stem) => {
    const node = factory.createGain();
    if (stems.includes(stem)) node.connect(output);
    return node;
  };
  const bedOut = bus('bed');
  const bed = new BreathBed(factory, bedOut, sound);
  return {
    factory,
    output,
    bedOut,
    tonesOut: bus('tones'),
    voiceOut: bus('voice'),
    theme: sound,
    clipVoice,
    bed,
    droneHz,
  };
}

/**
 * The one scheduling function, for live and offline playback: place every cue of `plan` with
 * fromS <= atS < toS at absolute context time t0 + atS. Windows must be scheduled in order.
 */
export function scheduleWindow(
  graph: CueGraph,
  plan: SessionPlan,
  t0: number,
  fromS: number,
  toS: number,
): ScheduleResult {
  const sounds: ScheduledSound[] = [];
  for (const cue of plan.cues) {
    if (cue.atS < fromS || cue.atS >= toS) continue;
    const atTime = t0 + cue.atS;
    if (isPhaseCue(cue)) {
      schedulePhase(graph, plan, cue, t0, false);
      sounds.push({ kind: cue.kind, atS: cue.atS, atTime });
    } else if (cue.kind === 'end') {
      playChime(graph.factory, graph.tonesOut, atTime);
      sounds.push({ kind: 'end', atS: cue.atS, atTime });
    }
  }
  const voice = scheduleClipLines(graph, t0, fromS, toS);
  return { sounds: [...sounds, ...voice.sounds], missingLines: voice.missingLines };
}

/**
 * Enter a plan part-way through (resuming at `atS`): play the phase in force from there as if it
 * started at `atS`, onset included. Follow with scheduleWindow from `atS`, which skips this cue.
 */
export function scheduleEntry(
  graph: CueGraph,
  plan: SessionPlan,
  t0: number,
  atS: number,
): ScheduledSound | null {
  const cue = plan.cues.filter(isPhaseCue).find((c) => c.atS < atS && c.atS + c.durationS > atS);
  if (!cue) return null;
  const progress = (atS - cue.atS) / cue.durationS;
  const level = cue.fromLevel + (cue.toLevel - cue.fromLevel) * progress;
  const rest: PhaseCue = {
    ...cue,
    atS,
    durationS: cue.atS + cue.durationS - atS,
    fromLevel: level,
  };
  schedulePhase(graph, plan, rest, t0, true);
  return { kind: cue.kind, atS, atTime: t0 + atS };
}

function schedulePhase(
  graph: CueGraph,
  plan: SessionPlan,
  cue: PhaseCue,
  t0: number,
  entering: boolean,
): void {
  const atTime = t0 + cue.atS;
  playPluck(graph.factory, graph.tonesOut, atTime, graph.theme, cue.kind);
  graph.bed.phase(cue, atTime, bedCycles(graph.theme, phaseCues(plan), cue.atS));
  if (!plan.drone || cue.kind === 'settle') return;
  const firstBreathS = phaseCues(plan).find((c) => c.kind !== 'settle')?.atS ?? 0;
  playDronePhase(graph.factory, graph.tonesOut, {
    atTime,
    durationS: cue.durationS,
    t0,
    atS: cue.atS,
    rootHz: graph.droneHz,
    ducked: cue.kind === 'hum',
    first: entering || cue.atS <= firstBreathS,
    last: cue.atS + cue.durationS >= plan.breathingEndS - 1e-6,
  });
}

function scheduleClipLines(
  graph: CueGraph,
  t0: number,
  fromS: number,
  toS: number,
): ScheduleResult {
  const sounds: ScheduledSound[] = [];
  const missingLines: VoiceLine[] = [];
  const voice = graph.clipVoice;
  if (!voice) return { sounds, missingLines };
  for (const line of voice.lines) {
    if (line.atS < fromS || line.atS >= toS) continue;
    const buffer = voice.get(line.id);
    if (!buffer) {
      missingLines.push(line);
      continue;
    }
    playClip(graph, buffer, t0 + line.atS);
    sounds.push({ kind: 'voice', atS: line.atS, atTime: t0 + line.atS });
  }
  return { sounds, missingLines };
}

/** Play a decoded voice clip at `atTime` (absolute context seconds) through the graph. */
export function playClip(graph: CueGraph, buffer: AudioBuffer, atTime: number): void {
  const source = graph.factory.createBufferSource();
  const gain = graph.factory.createGain();
  source.buffer = buffer;
  gain.gain.value = VOICE_GAIN;
  source.connect(gain).connect(graph.voiceOut);
  source.start(atTime);
  disposeOnEnded(source, gain);
}
