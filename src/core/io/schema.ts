import { fail, fieldOf, itemOf, valueOf, type Where } from './where';

/** Reads one value: returns a fresh, plain copy of it, or throws ImportError naming `where`. */
export type Check<T> = (value: unknown, where: Where) => T;

/** A field that may be left out of its object. */
export interface Optional<T> {
  readonly optional: Check<T>;
}

type Field = Check<unknown> | Optional<unknown>;

/** What `record(shape)` returns: required fields from checks, optional ones from `optional()`. */
export type ShapeOf<S extends Readonly<Record<string, Field>>> = {
  -readonly [K in keyof S as S[K] extends Check<unknown> ? K : never]: S[K] extends Check<infer T>
    ? T
    : never;
} & {
  -readonly [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<
    infer T
  >
    ? T
    : never;
};

/** Keys that could reach an object's prototype if copied carelessly; Stay never writes them. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** A check of a single JSON value (no copy needed), whose test lists can run without a Where per value. */
export type Primitive<T> = Check<T> & { readonly accepts: (value: unknown) => value is T };

/** A Primitive that accepts what `accepts` does; otherwise the value "must be" `described`. */
export function primitive<T>(
  accepts: (value: unknown) => value is T,
  described: string,
): Primitive<T> {
  const check = (value: unknown, where: Where): T => {
    if (!accepts(value)) throw fail(where, `must be ${described}`);
    return value;
  };
  return Object.assign(check, { accepts });
}

/** `true` or `false`. */
export const bool = primitive((v): v is boolean => typeof v === 'boolean', 'true or false');

/** A finite number from `min` to `max`. */
export function num(min: number, max: number): Primitive<number> {
  return primitive(
    (v): v is number => typeof v === 'number' && v >= min && v <= max,
    `a number from ${String(min)} to ${String(max)}`,
  );
}

/** A whole number from `min` to `max`. */
export function int(min: number, max: number): Primitive<number> {
  return primitive(
    (v): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max,
    `a whole number from ${String(min)} to ${String(max)}`,
  );
}

/** Text of `min` to `max` UTF-16 code units. */
export function text(max: number, min = 0): Primitive<string> {
  const range =
    min > 0
      ? `of ${String(min)} to ${String(max)} characters`
      : `of at most ${String(max)} characters`;
  return primitive(
    (v): v is string => typeof v === 'string' && v.length >= min && v.length <= max,
    `text ${range}`,
  );
}

/** Text matching `pattern`; `described` completes "must be …". */
export function matching(pattern: RegExp, described: string): Primitive<string> {
  return primitive((v): v is string => typeof v === 'string' && pattern.test(v), described);
}

/** One of `values`. */
export function oneOf<const T extends string>(values: readonly T[]): Primitive<T> {
  const allowed = new Set<unknown>(values);
  return primitive(
    (v): v is T => allowed.has(v),
    `one of ${values.map((v) => `"${v}"`).join(', ')}`,
  );
}

/** `null`, or what `check` accepts. */
export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, where) => (value === null ? null : check(value, where));
}

/** Marks a field of `record()` that may be absent (but not null or wrong). */
export function optional<T>(check: Check<T>): Optional<T> {
  return { optional: check };
}

/** Runs `check`, then `rule` on its result (which throws through `fail` when broken). */
export function refine<T>(check: Check<T>, rule: (value: T, where: Where) => void): Check<T> {
  return (value, where) => {
    const checked = check(value, where);
    rule(checked, where);
    return checked;
  };
}

/** Options for `list()`. */
export interface ListOptions<T> {
  readonly max: number;
  /** Names each entry as an item of its own (`Session 3 ("x")`) instead of `field value 3`. */
  readonly label?: (index: number, raw: unknown) => string;
  /** Entries whose key is the same are refused. */
  readonly uniqueBy?: (entry: T) => string | number;
  /** What a repeated key is called in messages, e.g. "id". */
  readonly uniqueName?: string;
}

/** A list of at most `options.max` values, each accepted by `check`; returns a new array. */
export function list<T>(check: Check<T>, options: ListOptions<T>): Check<T[]> {
  return (value, where) => {
    if (!Array.isArray(value)) throw fail(where, 'must be a list');
    const items = value as readonly unknown[];
    if (items.length > options.max) {
      throw fail(
        where,
        `has ${String(items.length)} entries; at most ${String(options.max)} are allowed`,
      );
    }
    if (isPrimitive(check) && !options.label && !options.uniqueBy) {
      const bad = items.findIndex((item) => !check.accepts(item));
      if (bad !== -1) check(items[bad], valueOf(where, bad));
      return items.slice() as T[];
    }
    const out: T[] = [];
    const seen = new Map<string | number, number>();
    for (let i = 0; i < items.length; i++) {
      const raw = items[i];
      const at = options.label ? itemOf(where, options.label(i, raw)) : valueOf(where, i);
      const entry = check(raw, at);
      if (options.uniqueBy) {
        const key = options.uniqueBy(entry);
        const first = seen.get(key);
        if (first !== undefined) {
          const name = options.uniqueName ?? 'value';
          throw fail(
            at,
            `repeats the ${name} of entry ${String(first + 1)}; each ${name} must be used once`,
          );
        }
        seen.set(key, i);
      }
      out.push(entry);
    }
    return out;
  };
}

function isPrimitive<T>(check: Check<T>): check is Primitive<T> {
  return 'accepts' in check;
}

/** A plain object (not a list, not null), or an ImportError. */
export function objectAt(value: unknown, where: Where): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw fail(where, 'must be an object');
  }
  return value as Readonly<Record<string, unknown>>;
}

/** Refuses keys outside `known` (strict: a field Stay does not know is a mistake, not a surprise). */
export function refuseUnknownKeys(
  source: Readonly<Record<string, unknown>>,
  known: ReadonlySet<string>,
  where: Where,
): void {
  const unknown = Object.keys(source).filter((key) => !known.has(key));
  if (unknown.length === 0) return;
  const names = unknown
    .slice(0, 5)
    .map((key) => JSON.stringify(key.slice(0, 40)))
    .join(', ');
  const more = unknown.length > 5 ? ` and ${String(unknown.length - 5)} more` : '';
  throw fail(where, `has fields Stay does not know: ${names}${more}`);
}

/** An object with exactly the fields of `shape` (optional ones may be absent); returns a new object. */
export function record<S extends Readonly<Record<string, Field>>>(shape: S): Check<ShapeOf<S>> {
  const known = new Set(Object.keys(shape));
  return (value, where) => {
    const source = objectAt(value, where);
    refuseUnknownKeys(source, known, where);
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      const present = Object.hasOwn(source, key);
      if (typeof field === 'function') {
        if (!present) throw fail(fieldOf(where, key), 'is missing');
        out[key] = field(source[key], fieldOf(where, key));
      } else if (present) {
        out[key] = field.optional(source[key], fieldOf(where, key));
      }
    }
    return out as ShapeOf<S>;
  };
}

/**
 * One of several object shapes told apart by the text field `tag` (e.g. a journal entry's `kind`).
 * Each shape lists its own fields besides `tag`.
 */
export function tagged<
  K extends string,
  V extends Readonly<Record<string, Readonly<Record<string, Field>>>>,
>(tag: K, variants: V): Check<{ [T in keyof V]: ShapeOf<V[T]> & Record<K, T> }[keyof V]> {
  const tags = Object.keys(variants);
  const checks = new Map(
    Object.entries(variants).map(([name, shape]) => [
      name,
      record({ ...shape, [tag]: oneOf([name]) }),
    ]),
  );
  const tagCheck = oneOf(tags);
  return (value, where) => {
    const source = objectAt(value, where);
    const name = tagCheck(
      Object.hasOwn(source, tag) ? source[tag] : undefined,
      fieldOf(where, tag),
    );
    const check = checks.get(name);
    if (!check) throw fail(fieldOf(where, tag), 'is not known');
    return check(source, where) as { [T in keyof V]: ShapeOf<V[T]> & Record<K, T> }[keyof V];
  };
}

/** ` ("value")` of a short text field of a raw entry, so a person can find it; empty when absent. */
export function quotedName(raw: unknown, key: string): string {
  if (typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, key)) return '';
  const value: unknown = (raw as Record<string, unknown>)[key];
  if (typeof value !== 'string') return '';
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return ` (${JSON.stringify(shown)})`;
}
