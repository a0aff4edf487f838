/**
 * Runs GATT operations one at a time, in call order. Chrome rejects an operation started while
 * another is in flight ("GATT operation already in progress").
 */
export class GattQueue {
  #tail: Promise<unknown> = Promise.resolve();

  /** Run `op` after every operation queued before it has settled; resolves or rejects as `op` does. */
  run<T>(op: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(op, op);
    // A failed operation must not block the ones after it.
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
