import { cleanPatternName, slugFor, type CustomPattern } from '../breathing/custom';
import { MAX_PHASE_S, validatePattern } from '../breathing/pattern';
import { PRACTICES, isPracticeId } from '../breathing/practices';
import type { Pattern, Practice, PracticeId } from '../breathing/types';
import {
  DEFAULT_SETTINGS,
  type PracticeTiming,
  type Settings,
  type SoundTheme,
  type StrapChoice,
} from './settings';

/** Longest custom pattern, in minutes. */
export const MAX_CUSTOM_MINUTES = 60;

const PATTERN_KEYS = ['inhaleS', 'topUpS', 'holdInS', 'exhaleS', 'holdOutS'] as const;
const THEMES: readonly SoundTheme[] = ['warm', 'airy'];
const STRAPS: readonly StrapChoice[] = ['off', 'bluetooth', 'simulated'];

/** Settings from anything (parsed JSON, an old version): each field that is wrong falls back to its default. Never throws. */
export function sanitizeSettings(raw: unknown): Settings {
  const source = asRecord(raw);
  if (!source) return DEFAULT_SETTINGS;
  /** A yes/no setting: the value when it is one, else the default. */
  const flag = (key: 'voice' | 'deviceVoice' | 'vibration' | 'simulatedStress' | 'humListen') => {
    const value = own(source, key);
    return typeof value === 'boolean' ? value : DEFAULT_SETTINGS[key];
  };
  const volume = own(source, 'volume');
  const theme = own(source, 'theme');
  const strap = own(source, 'strap');
  return {
    voice: flag('voice'),
    deviceVoice: flag('deviceVoice'),
    vibration: flag('vibration'),
    volume: isFiniteNumber(volume) ? clamp(volume, 0, 1) : DEFAULT_SETTINGS.volume,
    theme: THEMES.find((t) => t === theme) ?? DEFAULT_SETTINGS.theme,
    timings: sanitizeTimings(own(source, 'timings')),
    customPatterns: sanitizeCustomPatterns(own(source, 'customPatterns')),
    strap: STRAPS.find((s) => s === strap) ?? DEFAULT_SETTINGS.strap,
    simulatedStress: flag('simulatedStress'),
    humListen: flag('humListen'),
  };
}

function sanitizeTimings(raw: unknown): Settings['timings'] {
  const source = asRecord(raw);
  const timings: Partial<Record<PracticeId, PracticeTiming>> = {};
  if (!source) return timings;
  for (const id of Object.keys(source)) {
    if (!isPracticeId(id)) continue;
    const timing = sanitizeTiming(PRACTICES[id], own(source, id));
    if (timing) timings[id] = timing;
  }
  return timings;
}

/** A practice's timing kept only where it fits the practice: length within its range, a breathable pattern. */
export function sanitizeTiming(practice: Practice, raw: unknown): PracticeTiming | null {
  const source = asRecord(raw);
  if (!source) return null;
  const { unit } = practice.length;
  const { min, max } = practice.lengthRange;
  const count = own(source, unit);
  const length =
    isFiniteNumber(count) && (unit === 'minutes' || Number.isInteger(count))
      ? clamp(count, min, max)
      : undefined;
  const pattern = sanitizePartialPattern(practice.pattern, own(source, 'pattern'));
  const timing: { breaths?: number; minutes?: number; pattern?: Partial<Pattern> } = {};
  if (length !== undefined) timing[unit] = length;
  if (pattern) timing.pattern = pattern;
  return Object.keys(timing).length > 0 ? timing : null;
}

function sanitizePartialPattern(base: Pattern, raw: unknown): Partial<Pattern> | null {
  const source = asRecord(raw);
  if (!source) return null;
  const partial: { -readonly [K in keyof Pattern]?: number } = {};
  for (const key of PATTERN_KEYS) {
    const value = own(source, key);
    if (isFiniteNumber(value) && value >= 0 && value <= MAX_PHASE_S) partial[key] = value;
  }
  if (Object.keys(partial).length === 0) return null;
  try {
    validatePattern({ ...base, ...partial });
    return partial;
  } catch {
    return null;
  }
}

function sanitizeCustomPatterns(raw: unknown): readonly CustomPattern[] {
  if (!Array.isArray(raw)) return [];
  const taken = new Set<string>();
  const patterns: CustomPattern[] = [];
  for (const item of raw as unknown[]) {
    const custom = sanitizeCustomPattern(item, taken);
    if (!custom) continue;
    taken.add(custom.slug);
    patterns.push(custom);
  }
  return patterns;
}

function sanitizeCustomPattern(raw: unknown, taken: ReadonlySet<string>): CustomPattern | null {
  const source = asRecord(raw);
  const patternSource = asRecord(source && own(source, 'pattern'));
  if (!source || !patternSource) return null;
  const rawName = own(source, 'name');
  const minutes = own(source, 'minutes');
  const rawSlug = own(source, 'slug');
  if (typeof rawName !== 'string' || !isFiniteNumber(minutes) || minutes <= 0) return null;
  const values = PATTERN_KEYS.map((key) => own(patternSource, key) ?? 0);
  if (!values.every(isFiniteNumber)) return null;
  const [inhaleS, topUpS, holdInS, exhaleS, holdOutS] = values;
  try {
    const name = cleanPatternName(rawName);
    const pattern = validatePattern({
      inhaleS: inhaleS ?? NaN,
      topUpS: topUpS ?? NaN,
      holdInS: holdInS ?? NaN,
      exhaleS: exhaleS ?? NaN,
      holdOutS: holdOutS ?? NaN,
    });
    const slug =
      typeof rawSlug === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(rawSlug) && !taken.has(rawSlug)
        ? rawSlug
        : slugFor(name, taken);
    return { slug, name, pattern, minutes: clamp(minutes, 1, MAX_CUSTOM_MINUTES) };
  } catch {
    return null;
  }
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** Only own properties: nothing is read through a (possibly polluted) prototype. */
function own(source: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(source, key) ? source[key] : undefined;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
