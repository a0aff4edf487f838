// A locked phone for the e2e tests: every AudioContext the page makes (to suspend them, as iOS
// does on lock), every media element that plays, vibrations, a hidden page on demand, and the
// page's Media Session handlers, pressed as the lock screen would.
import { expect, type Page } from '@playwright/test';

declare global {
  var __contexts: AudioContext[];
  var __media: HTMLMediaElement[];
  var __lockVibrations: number[];
  var __hidden: boolean;
  var __press: (action: MediaSessionAction) => void;
}

/** Watch what a locked phone needs watched; call before the page loads. */
export async function watchLockedPhone(page: Page) {
  await page.addInitScript(() => {
    globalThis.__contexts = [];
    globalThis.__media = [];
    globalThis.__lockVibrations = [];
    globalThis.__hidden = false;
    // The lock screen's buttons: the handlers the page gives the Media Session, pressed by name.
    const handlers = new Map<string, MediaSessionActionHandler>();
    const setActionHandler = MediaSession.prototype.setActionHandler;
    MediaSession.prototype.setActionHandler = function (
      this: MediaSession,
      action: MediaSessionAction,
      handler: MediaSessionActionHandler | null,
    ) {
      if (handler) handlers.set(action, handler);
      else handlers.delete(action);
      setActionHandler.call(this, action, handler);
    };
    globalThis.__press = (action: MediaSessionAction) => {
      const handler = handlers.get(action);
      if (!handler) throw new Error(`No ${action} handler (${[...handlers.keys()].join()}).`);
      handler({ action });
    };
    // Every context the page makes, Tone's own included, to suspend them all later.
    const Native = globalThis.AudioContext;
    globalThis.AudioContext = class extends Native {
      constructor(options?: AudioContextOptions) {
        super(options);
        globalThis.__contexts.push(this);
      }
    };
    // Every media element that plays (they need not be in the document).
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      if (!globalThis.__media.includes(this)) globalThis.__media.push(this);
      return play.call(this);
    };
    Object.defineProperty(Navigator.prototype, 'vibrate', {
      configurable: true,
      value() {
        globalThis.__lockVibrations.push(performance.now());
        return true;
      },
    });
    // A hidden page, as the test decides.
    Object.defineProperty(Document.prototype, 'visibilityState', {
      configurable: true,
      get: () => (globalThis.__hidden ? 'hidden' : 'visible'),
    });
    Object.defineProperty(Document.prototype, 'hidden', {
      configurable: true,
      get: () => globalThis.__hidden,
    });
  });
}

/** Open Stay and wait until its service worker controls the page (it serves the guidance). */
export async function openControlled(page: Page, path: string) {
  await page.goto(path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
}

/** The guidance element: the first media element that played a `/guidance/` file. */
export function guidance(page: Page) {
  return page.evaluate(() => {
    const element = globalThis.__media.find((m) => m.currentSrc.includes('/guidance/'));
    return element
      ? { currentTime: element.currentTime, paused: element.paused, src: element.currentSrc }
      : null;
  });
}

/** Lock the phone: suspend every context and hide the page. */
export async function lock(page: Page) {
  await page.evaluate(async () => {
    // Tone's own context is closed once it only renders; every other one is suspended.
    const open = globalThis.__contexts.filter((c) => c.state !== 'closed');
    await Promise.all(open.map((c) => c.suspend()));
    globalThis.__hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

export async function unlock(page: Page) {
  await page.evaluate(() => {
    globalThis.__hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** No media element played a MediaStream: the guidance never fell back to the live route. */
export async function expectNoStreamRoute(page: Page) {
  const streams = await page.evaluate(
    () => globalThis.__media.filter((m) => m.srcObject instanceof MediaStream).length,
  );
  expect(streams).toBe(0);
}

/** Press a lock-screen button: call the handler the page gave the Media Session. */
export async function lockScreen(page: Page, action: 'play' | 'pause' | 'stop') {
  await page.evaluate((name) => {
    globalThis.__press(name);
  }, action);
}
