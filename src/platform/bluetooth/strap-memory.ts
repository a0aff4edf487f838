/** The strap a person paired last: its Web Bluetooth id (per origin) and its name. */
export interface RememberedStrap {
  readonly id: string;
  readonly name: string;
}

/** Where the strap is remembered; `localStorage` in the app. */
export type StrapStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** localStorage key of the remembered strap. */
export const STRAP_KEY = 'stay.strap.v1';

/** Reads and writes the remembered strap; tolerates a missing or unreadable entry. */
export class StrapMemory {
  readonly #storage: StrapStorage | null;

  constructor(storage: StrapStorage | null) {
    this.#storage = storage;
  }

  load(): RememberedStrap | null {
    try {
      const raw = this.#storage?.getItem(STRAP_KEY);
      if (!raw) return null;
      const value: unknown = JSON.parse(raw);
      if (
        typeof value === 'object' &&
        value !== null &&
        'id' in value &&
        'name' in value &&
        typeof value.id === 'string' &&
        typeof value.name === 'string'
      ) {
        return { id: value.id, name: value.name };
      }
    } catch {
      // Storage blocked or the entry corrupt: nothing is remembered.
    }
    return null;
  }

  save(strap: RememberedStrap): void {
    try {
      this.#storage?.setItem(STRAP_KEY, JSON.stringify(strap));
    } catch {
      // Storage full or blocked: the strap is simply not remembered.
    }
  }

  clear(): void {
    try {
      this.#storage?.removeItem(STRAP_KEY);
    } catch {
      // As above.
    }
  }
}

/** `localStorage` where the page may use it, else null. */
export function pageStorage(): StrapStorage | null {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}
