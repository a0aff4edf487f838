/** The part of the Web Locks API (`navigator.locks`) that session ownership uses. */
export interface LockManagerLike {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
  query(): Promise<{ readonly held?: readonly { readonly name?: string }[] }>;
}

/** Which running sessions an open page claims. */
export interface SessionLocks {
  /** Resolves once this page holds `id`'s lock; call the result to let go. */
  own(id: string): Promise<() => void>;
  /** Ids of the sessions some open page holds right now. */
  held(): Promise<ReadonlySet<string>>;
}

const PREFIX = 'stay-session:';

/** Sessions this page owns, for browsers without Web Locks (shared by every store in the page). */
const pageOwned = new Set<string>();

/**
 * Session claims through Web Locks (`stay-session:<id>`), which the browser frees when the page
 * dies. Without Web Locks (browsers before 2022) only this page's own claims are known, so a
 * session running in another such tab can be taken for abandoned; its next save, which writes
 * the whole record, marks it running again.
 */
export function createSessionLocks(locks: LockManagerLike | null = browserLocks()): SessionLocks {
  if (!locks) return inPageLocks();
  return {
    own(id) {
      return new Promise((resolve, reject) => {
        locks
          .request(
            PREFIX + id,
            () =>
              new Promise<void>((release) => {
                resolve(() => {
                  release();
                });
              }),
          )
          .catch(reject);
      });
    },
    async held() {
      const { held = [] } = await locks.query();
      const ids = new Set<string>();
      for (const { name } of held) if (name?.startsWith(PREFIX)) ids.add(name.slice(PREFIX.length));
      return ids;
    },
  };
}

function inPageLocks(): SessionLocks {
  return {
    own(id) {
      pageOwned.add(id);
      return Promise.resolve(() => {
        pageOwned.delete(id);
      });
    },
    held: () => Promise.resolve(new Set(pageOwned)),
  };
}

function browserLocks(): LockManagerLike | null {
  return (globalThis.navigator as Navigator | undefined)?.locks ?? null;
}
