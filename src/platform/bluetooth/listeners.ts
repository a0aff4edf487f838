/** A set of listeners for one kind of event. */
export class Listeners<T> {
  readonly #set = new Set<(value: T) => void>();

  /** Add `listener`; returns its unsubscribe function. */
  add(listener: (value: T) => void): () => void {
    this.#set.add(listener);
    return () => {
      this.#set.delete(listener);
    };
  }

  emit(value: T): void {
    for (const listener of [...this.#set]) listener(value);
  }
}
