import type { CustomPattern } from '../breathing/custom';
import { MAX_PHASE_S, PatternError, validatePattern } from '../breathing/pattern';
import { PRACTICES, isPracticeId } from '../breathing/practices';
import type { Pattern, PracticeId } from '../breathing/types';
import { MAX_CUSTOM_MINUTES } from '../settings/sanitize';
import type { PracticeTiming, Settings, SoundTheme, StrapChoice } from '../settings/settings';
import {
  bool,
  int,
  list,
  matching,
  num,
  objectAt,
  oneOf,
  optional,
  quotedName,
  record,
  refine,
  text,
  type Check,
} from './schema';
import { fail, fieldOf, type Where } from './where';

/** Most custom patterns a file may hold. */
export const MAX_CUSTOM_PATTERNS = 1000;
/** Most breaths a practice timing may ask for. */
export const MAX_TIMING_BREATHS = 100;

const THEMES: readonly SoundTheme[] = ['warm', 'airy'];
const STRAPS: readonly StrapChoice[] = ['off', 'bluetooth', 'simulated'];
const phaseS = num(0, MAX_PHASE_S);

const fullPattern: Check<Pattern> = refine(
  record({ inhaleS: phaseS, topUpS: phaseS, holdInS: phaseS, exhaleS: phaseS, holdOutS: phaseS }),
  breathable,
);

const partialPattern = record({
  inhaleS: optional(phaseS),
  topUpS: optional(phaseS),
  holdInS: optional(phaseS),
  exhaleS: optional(phaseS),
  holdOutS: optional(phaseS),
});

const timingShape = record({
  breaths: optional(int(1, MAX_TIMING_BREATHS)),
  minutes: optional(num(0, MAX_CUSTOM_MINUTES)),
  pattern: optional(partialPattern),
});

function breathable(pattern: Pattern, where: Where): void {
  try {
    validatePattern(pattern);
  } catch (error) {
    if (!(error instanceof PatternError)) throw error;
    throw fail(where, `cannot be breathed: ${error.message.replace(/\.$/, '')}`);
  }
}

/** One practice's timing; its pattern must be breathable once laid over the practice's own. */
function timingFor(id: PracticeId): Check<PracticeTiming> {
  return (value, where) => {
    const timing = timingShape(value, where);
    if (timing.pattern) {
      breathable({ ...PRACTICES[id].pattern, ...timing.pattern }, fieldOf(where, 'pattern'));
    }
    return timing;
  };
}

/** Timings keyed by built-in practice id; a key that names no practice is refused. */
const timings: Check<Settings['timings']> = (value, where) => {
  const source = objectAt(value, where);
  const out: Partial<Record<PracticeId, PracticeTiming>> = {};
  for (const key of Object.keys(source)) {
    if (!isPracticeId(key)) {
      throw fail(where, `names a practice Stay does not know: ${JSON.stringify(key.slice(0, 40))}`);
    }
    out[key] = timingFor(key)(source[key], fieldOf(where, key));
  }
  return out;
};

const settingsShape = record({
  voice: bool,
  // Files exported before the device's voice became a choice have no such field.
  deviceVoice: optional(bool),
  vibration: bool,
  volume: num(0, 1),
  theme: oneOf(THEMES),
  timings,
  strap: oneOf(STRAPS),
  simulatedStress: bool,
  // Files exported before hum listening existed have no such field.
  humListen: optional(bool),
});

/** The person's settings as an export holds them (custom patterns travel on their own). */
export const exportSettings: Check<Omit<Settings, 'customPatterns'>> = (value, where) => {
  const { humListen, deviceVoice, ...rest } = settingsShape(value, where);
  return { ...rest, deviceVoice: deviceVoice ?? false, humListen: humListen ?? false };
};

const patternName = refine(text(40, 1), (name, where) => {
  if (name.trim() === '') throw fail(where, 'must not be blank');
});

/** One of the person's own patterns. */
export const customPattern: Check<CustomPattern> = record({
  // 57, so that `custom:<slug>` still fits ID_PATTERN as a session's practiceId.
  slug: matching(
    /^(?=.{1,57}$)[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'up to 57 lower-case letters and digits joined by single dashes',
  ),
  name: patternName,
  pattern: fullPattern,
  minutes: num(1, MAX_CUSTOM_MINUTES),
});

/** The person's own patterns, each slug once. */
export const customPatterns: Check<CustomPattern[]> = list(customPattern, {
  max: MAX_CUSTOM_PATTERNS,
  label: (i, raw) => `Custom pattern ${String(i + 1)}${quotedName(raw, 'slug')}`,
  uniqueBy: (p) => p.slug,
  uniqueName: 'slug',
});
