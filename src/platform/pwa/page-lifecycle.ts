import type { PageLifecycle } from '../../app/ports/page-lifecycle';

/** pagehide, and visibilitychange to hidden (mobile browsers often skip pagehide). */
export function browserPageLifecycle(win: Window = window): PageLifecycle {
  return {
    onLeave(listener) {
      const onHide = () => {
        listener();
      };
      const onVisibility = () => {
        if (win.document.visibilityState === 'hidden') listener();
      };
      win.addEventListener('pagehide', onHide);
      win.document.addEventListener('visibilitychange', onVisibility);
      return () => {
        win.removeEventListener('pagehide', onHide);
        win.document.removeEventListener('visibilitychange', onVisibility);
      };
    },
  };
}
