import { validatePattern } from './pattern';
import type { Pattern, Practice } from './types';

/** A pattern the person made and named. */
export interface CustomPattern {
  /** Stable slug, unique among the person's patterns. */
  readonly slug: string;
  readonly name: string;
  readonly pattern: Pattern;
  readonly minutes: number;
}

/** A name a person can read, 1–40 characters once trimmed; throws RangeError otherwise. */
export function cleanPatternName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length < 1 || trimmed.length > 40)
    throw new RangeError('Give the pattern a name of 1 to 40 characters.');
  return trimmed;
}

/** Turn a custom pattern into a practice that compiles like the built-in ones. */
export function customPractice(custom: CustomPattern): Practice {
  const p = validatePattern(custom.pattern);
  return {
    id: `custom:${custom.slug}`,
    name: custom.name,
    summary: describePattern(p),
    pattern: p,
    length: { unit: 'minutes', count: custom.minutes },
    lengthRange: { min: 1, max: 60 },
    hum: false,
    drone: false,
    settle: { durationS: 5, prompts: [{ id: 'settle-in', atS: 0.5 }] },
    prompts: [],
    closing: ['well-done'],
    asksClosingQuestion: false,
  };
}

/** "4 in · 7 hold · 8 out", leaving out phases of 0 s. */
export function describePattern(p: Pattern): string {
  const parts: [number, string][] = [
    [p.inhaleS, 'in'],
    [p.topUpS, 'more in'],
    [p.holdInS, 'hold'],
    [p.exhaleS, 'out'],
    [p.holdOutS, 'hold'],
  ];
  return parts
    .filter(([s]) => s > 0)
    .map(([s, label]) => `${String(s)} ${label}`)
    .join(' · ');
}

/** A slug for `name` not already in `taken`: lower-case words joined by dashes, numbered if needed. */
export function slugFor(name: string, taken: ReadonlySet<string>): string {
  const root =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'pattern';
  let slug = root;
  for (let n = 2; taken.has(slug); n++) slug = `${root}-${String(n)}`;
  return slug;
}
