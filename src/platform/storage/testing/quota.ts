import { vi } from 'vitest';

/**
 * Makes the `nth` object-store put from now on (1 = the next) throw QuotaExceededError, as a full
 * disk can; returns the spy (undo it with `mockRestore`).
 */
export function failPut(nth: number) {
  let calls = 0;
  // Called with the store as `this` below.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    calls += 1;
    if (calls === nth) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  });
}
