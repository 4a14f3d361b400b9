/*
 * Netwerkkaart's service worker: the built app, precached, so it starts with no network.
 * Generated at build time (build/serviceWorker.ts fills in VERSION and FILES); no library.
 *
 * - install: every file of this version into its own cache. It does not take over by itself:
 *   the page announces the new version, and it is taken on the next start (all tabs closed)
 *   or when the user agrees ("SKIP_WAITING"), never in the middle of an open case.
 * - activate: caches of other versions are removed.
 * - fetch: same-origin GETs from this version's cache, the page itself for every navigation;
 *   anything not precached goes to the network as usual.
 */
const VERSION = __VERSION__;
const FILES = __FILES__;
const CACHE = `netwerkkaart-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('netwerkkaart-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // ignoreVary: the server says "Vary: Origin", and a module script's request carries an
      // Origin that the precache's requests did not, so it would never match.
      const cached = await cache.match(request.mode === 'navigate' ? '/' : request, { ignoreVary: true, ignoreSearch: request.mode === 'navigate' });
      return cached ?? fetch(request);
    }),
  );
});
