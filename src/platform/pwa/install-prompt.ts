import type { AppInstaller, InstallPath } from '../../app/ports/app-installer';

/** Chromium's install offer; not in TypeScript's DOM lib (https://developer.mozilla.org/docs/Web/API/BeforeInstallPromptEvent). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ readonly outcome: 'accepted' | 'dismissed' }>;
}

/**
 * Starts listening for the browser's install offer and keeps it for a later tap. Call it from the
 * entry before anything is awaited: `beforeinstallprompt` fires once per page load, and a listener
 * attached after it is gone never sees it. Kept tiny, since it ships in the first download.
 */
export function createInstallPrompt(win: Window = window): AppInstaller {
  let offer: BeforeInstallPromptEvent | null = null;
  let installed = runsInstalled(win);
  const listeners = new Set<(path: InstallPath) => void>();
  const path = (): InstallPath =>
    installed ? 'none' : offer ? 'prompt' : iosSafariTab(win.navigator) ? 'ios-hint' : 'none';
  const changed = () => {
    const now = path();
    for (const listener of listeners) listener(now);
  };
  win.addEventListener('beforeinstallprompt', (event) => {
    // Stops Chromium's own install banner: Stay offers installing only where the person looks for it.
    event.preventDefault();
    offer = event as BeforeInstallPromptEvent;
    changed();
  });
  win.addEventListener('appinstalled', () => {
    installed = true;
    offer = null;
    changed();
  });
  return {
    get path() {
      return path();
    },
    async promptInstall() {
      const current = offer;
      if (!current) return 'unavailable';
      // An offer opens once; Chromium sends a fresh one later if the person said no.
      offer = null;
      await current.prompt();
      const { outcome } = await current.userChoice;
      if (outcome === 'accepted') installed = true;
      changed();
      return outcome;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** True when Stay runs as the installed app (any app display mode, or iOS's home-screen flag). */
function runsInstalled(win: Window): boolean {
  return (
    (win.navigator as { standalone?: boolean }).standalone === true ||
    win.matchMedia(
      '(display-mode: standalone), (display-mode: fullscreen), (display-mode: minimal-ui)',
    ).matches
  );
}

/**
 * iOS or iPadOS in a browser tab, where installing is Share → Add to Home Screen and no event offers it.
 * `navigator.standalone` is Apple WebKit's own flag (false in a tab, true from the home screen, absent
 * elsewhere); the UA check keeps out Macs (iPadOS says "Macintosh" but has touch points), and the
 * "Safari/" token keeps out in-app web views, which lack it and have no Share → Add to Home Screen.
 * Chrome, Edge and Firefox on iOS carry the token and, since iOS 16.4, offer the same menu item.
 */
function iosSafariTab(nav: Navigator): boolean {
  const ua = nav.userAgent;
  const apple = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && nav.maxTouchPoints > 1);
  return (nav as { standalone?: boolean }).standalone === false && apple && /Safari\//.test(ua);
}
