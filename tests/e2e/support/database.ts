import type { Page } from '@playwright/test';

/** Every entry of `store` in the app's database, read past the app. */
export function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('stay');
        open.onerror = () => {
          reject(new Error('no database'));
        };
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            open.result.close();
          };
        };
      }),
    store,
  );
}
