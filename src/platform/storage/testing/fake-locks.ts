import type { LockManagerLike } from '../session-locks';

/** An exclusive-only Web Locks stand-in: requests queue by name; a holder keeps its lock until its callback settles. */
export class FakeLockManager implements LockManagerLike {
  private readonly queues = new Map<string, (() => void)[]>();
  private readonly holding = new Set<string>();

  request(name: string, callback: () => Promise<void>): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const run = () => {
        this.holding.add(name);
        callback()
          .then(resolve, reject)
          .finally(() => {
            this.holding.delete(name);
            this.queues.get(name)?.shift()?.();
          });
      };
      if (this.holding.has(name)) {
        const queue = this.queues.get(name) ?? [];
        queue.push(run);
        this.queues.set(name, queue);
      } else {
        run();
      }
    });
  }

  query(): Promise<{ held: { name: string }[] }> {
    return Promise.resolve({ held: [...this.holding].map((name) => ({ name })) });
  }
}
