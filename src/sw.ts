/// <reference lib="webworker" />
// The service worker: the whole app precached at install, so Stay opens and runs with no network.
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { fileIdOf } from './platform/audio/guidance-file';
import { serveGuidance } from './platform/pwa/guidance-route';

declare const self: ServiceWorkerGlobalScope & {
  /** The build's file list with revisions, injected by vite-plugin-pwa (injectManifest). */
  readonly __WB_MANIFEST: readonly (string | PrecacheEntry)[];
};

/** What the page posts to let a waiting version take over (workbox-window's `messageSkipWaiting`). */
const SKIP_WAITING = 'SKIP_WAITING';

cleanupOutdatedCaches();
precacheAndRoute([...self.__WB_MANIFEST]);
// Deep links (/practice/five-breaths, /history/<id>) are routes of the one page.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));

// A new version waits: the page asks for it only when no practice runs (see app/app-updates.ts).
self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === SKIP_WAITING
  )
    void self.skipWaiting();
});
// The first install takes the open page at once, so it works offline without a reload.
clientsClaim();

// A running practice's guidance, rendered by the page into Cache Storage, played as one file.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && fileIdOf(url.pathname) !== null,
  ({ request, url }) => serveGuidance(request, fileIdOf(url.pathname) ?? ''),
);
