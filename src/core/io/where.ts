import { ImportError } from './import-error';

/**
 * Where a value sits in the file, built step by step as the walk goes down and turned into words
 * only when something is wrong (a large file has millions of values).
 */
export type Where =
  | { readonly kind: 'top' }
  | { readonly kind: 'field'; readonly up: Where; readonly name: string }
  | { readonly kind: 'value'; readonly up: Where; readonly index: number }
  | { readonly kind: 'item'; readonly up: Where; readonly label: string };

/** The top of the file. */
export const TOP: Where = { kind: 'top' };

/** The field `name` of the object at `where`. */
export function fieldOf(where: Where, name: string): Where {
  return { kind: 'field', up: where, name };
}

/** The `index`-th (0-based) value of the list at `where`; people see it counted from 1. */
export function valueOf(where: Where, index: number): Where {
  return { kind: 'value', up: where, index };
}

/** A new item a person can find, such as `Session 12 ("abc")`; inside another item, after its name. */
export function itemOf(where: Where, label: string): Where {
  return { kind: 'item', up: where, label };
}

/** `where` in words: the items a person can find (`Challenge 1, day entry 2`) and the field path inside the last one. */
export function describeWhere(where: Where): { readonly item: string; readonly field: string } {
  const steps: Where[] = [];
  for (let at = where; at.kind !== 'top'; at = at.up) steps.push(at);
  const items: string[] = [];
  let field = '';
  for (const step of steps.reverse()) {
    if (step.kind === 'item') {
      items.push(step.label);
      field = '';
    } else if (step.kind === 'field') {
      field = !field
        ? step.name
        : step.up.kind === 'value'
          ? `${field}, ${step.name}`
          : `${field}.${step.name}`;
    } else if (step.kind === 'value') {
      field = `${field} value ${String(step.index + 1)}`;
    }
  }
  return { item: items.join(', '), field };
}

/** An ImportError whose message starts with where the problem is: `Session 3 ("x"): urgeBefore must be …`. */
export function fail(where: Where, problem: string): ImportError {
  const { item, field } = describeWhere(where);
  const subject =
    item && field ? `${item}: ${field}` : item || (field ? `The field ${field}` : 'The file');
  return new ImportError(`${subject} ${problem}.`);
}
