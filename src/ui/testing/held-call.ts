/** A call held back by `holdFirstCall`: settle it when the test chooses. */
export interface HeldCall<T> {
  /** Settles the held call with `value`. */
  resolve(value: T): void;
  /** Settles the held call with `error`. */
  reject(error: Error): void;
}

type AsyncMethod = (...args: never[]) => Promise<unknown>;

/**
 * Makes the first call of `object[key]` wait until the test settles it, so a slow read can finish
 * after a later one; every later call goes straight through.
 */
export function holdFirstCall<K extends string, T extends Record<K, AsyncMethod>>(
  object: T,
  key: K,
): HeldCall<Awaited<ReturnType<T[K]>>> {
  type R = Awaited<ReturnType<T[K]>>;
  const original = object[key].bind(object) as (...args: never[]) => Promise<R>;
  let held: HeldCall<R> | null = null;
  const promise = new Promise<R>((resolve, reject) => {
    held = { resolve, reject };
  });
  let first = true;
  const wrapped = (...args: never[]): Promise<R> => {
    if (!first) return original(...args);
    first = false;
    return promise;
  };
  // Same parameters and result as the method it replaces; TypeScript cannot see that through T[K].
  object[key] = wrapped as T[K];
  return {
    resolve: (value) => held?.resolve(value),
    reject: (error) => held?.reject(error),
  };
}
