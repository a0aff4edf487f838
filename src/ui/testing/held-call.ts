/** A call held back by `holdFirstCall`: settle it when the test chooses. */
export interface HeldCall<T> {
  /** Settles the held call with `value`. */
  resolve(value: T): void;
  /** Settles the held call with `error`. */
  reject(error: Error): void;
}

/**
 * Makes the first call of `object[key]` wait until the test settles it, so a slow read can finish
 * after a later one; every later call goes straight through.
 */
export function holdFirstCall<K extends string, R>(
  object: Record<K, (...args: never[]) => Promise<R>>,
  key: K,
): HeldCall<R> {
  const original = object[key].bind(object);
  let held: HeldCall<R> | null = null;
  const promise = new Promise<R>((resolve, reject) => {
    held = { resolve, reject };
  });
  let first = true;
  object[key] = (...args: never[]) => {
    if (!first) return original(...args);
    first = false;
    return promise;
  };
  return {
    resolve: (value) => held?.resolve(value),
    reject: (error) => held?.reject(error),
  };
}
