import type { ScreenKeeper } from '../../app/ports/screen-keeper';

/** A ScreenKeeper on the Screen Wake Lock API; silently does nothing where it is missing. */
export function createScreenKeeper(
  nav: Navigator = navigator,
  doc: Document = document,
): ScreenKeeper {
  return {
    keepAwake() {
      if (!('wakeLock' in nav)) return () => undefined;
      let sentinel: WakeLockSentinel | null = null;
      let released = false;
      const acquire = () => {
        if (released || doc.visibilityState !== 'visible' || (sentinel && !sentinel.released))
          return;
        nav.wakeLock.request('screen').then(
          (lock) => {
            if (released) void lock.release();
            else sentinel = lock;
          },
          // Refused (battery saver, not visible, no permission): the practice goes on without it.
          () => undefined,
        );
      };
      // The browser drops the lock whenever the page is hidden; take it again on return.
      doc.addEventListener('visibilitychange', acquire);
      acquire();
      return () => {
        released = true;
        doc.removeEventListener('visibilitychange', acquire);
        sentinel?.release().catch(() => undefined);
        sentinel = null;
      };
    },
  };
}
