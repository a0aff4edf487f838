import { Workbox } from 'workbox-window';
import type { AppUpdater } from '../../app/ports/app-updater';

/** Least time between two update checks when the page comes back into view. */
export const MIN_CHECK_GAP_MS = 10 * 60 * 1000;

/** Options for tests and odd hosts; the defaults fit the built app. */
export interface ServiceWorkerOptions {
  /** The worker script, built from src/sw.ts. */
  readonly url?: string;
  readonly minCheckGapMs?: number;
  readonly nowMs?: () => number;
}

/**
 * Registers the service worker (so the app works offline) and reports new versions: checked at
 * launch and when the page is shown again. Inert where there are no service workers, and under
 * the dev server (which serves no worker).
 */
export function registerServiceWorker(options: ServiceWorkerOptions = {}): AppUpdater {
  const listeners = new Set<() => void>();
  let waiting = false;
  const announce = () => {
    waiting = true;
    for (const listener of listeners) listener();
  };
  const updater: AppUpdater = {
    onWaiting(listener) {
      listeners.add(listener);
      if (waiting) listener();
      return () => listeners.delete(listener);
    },
    activate: () => Promise.resolve(),
    reload() {
      location.reload();
    },
  };
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return updater;

  const { serviceWorker } = navigator;
  const workbox = new Workbox(options.url ?? '/sw.js');
  // A first install's clientsClaim gives the page its first controller: that is no new version.
  let controller = serviceWorker.controller;
  let taking = false;
  workbox.addEventListener('waiting', announce);
  serviceWorker.addEventListener('controllerchange', () => {
    // Another tab let a new version take over: this page runs old code; offer the reload.
    if (controller && !taking) announce();
    controller = serviceWorker.controller;
  });
  const registered = workbox.register().then((registration) => {
    // workbox-window stops reporting after the first update it did not start itself.
    registration?.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (
          installing.state === 'installed' &&
          registration.waiting === installing &&
          serviceWorker.controller
        )
          announce();
      });
    });
    return registration;
  });
  registered.catch(() => undefined);

  const nowMs = options.nowMs ?? (() => Date.now());
  const gapMs = options.minCheckGapMs ?? MIN_CHECK_GAP_MS;
  let lastCheckMs = nowMs();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || nowMs() - lastCheckMs < gapMs) return;
    lastCheckMs = nowMs();
    // Offline, the check fails; the next one tries again.
    registered.then(() => workbox.update()).catch(() => undefined);
  });

  updater.activate = async () => {
    const registration = await registered;
    // Already taken over (by another tab, or an earlier accept); the reload picks it up.
    if (!registration?.waiting) return;
    taking = true;
    const controlled = new Promise<void>((resolve) => {
      serviceWorker.addEventListener(
        'controllerchange',
        () => {
          resolve();
        },
        { once: true },
      );
    });
    workbox.messageSkipWaiting();
    await controlled;
  };
  return updater;
}
