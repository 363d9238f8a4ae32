// The offline shell of the web app, hand-written. renderer/build/offlineShell.ts prepends
// `const build = { version, precache }` to this file when it emits sw.js; see docs/OFFLINE.md.
//
// What it does, and why:
// - install: copies the app's shell (index.html, the start-up code, the join and participant
//   screens, the manifest and icon) into a cache named after this build, so a reload while the
//   hub sleeps opens the participant view from the phone's own copy and its IndexedDB.
// - activate: deletes every other build's cache, so a new build never mixes with an old one, and
//   takes over open pages at once (the page reloads itself onto the new build, see
//   renderer/src/features/offline/registerOfflineShell.ts).
// - fetch: the page itself always comes from the cache (no waiting on a congested hotspot, and
//   no "connection refused" page); the build's files come from the cache, or from the hub once
//   and then from the cache. Everything else (the hub's API, the sync socket) is left alone.

const cachePrefix = 'baraza-shell-';
const cacheName = cachePrefix + build.version;
const scope = new URL(self.registration.scope);
const shellUrl = new URL('index.html', scope).href;
const precacheUrls = build.precache.map((path) => new URL(path, scope).href);
const precached = new Set(precacheUrls);
const assetsPrefix = new URL('assets/', scope).href;
// Responses carry Vary: Accept-Encoding; the browser adds that header below the Cache API, so
// matching on it would only cause misses.
const matchOptions = { ignoreVary: true };

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      // Through the HTTP cache: the page has just loaded most of these files, and a phone on a
      // crowded hotspot should not fetch them twice. Hashed files cannot be stale, and the hub
      // marks every other file no-cache, so the browser checks those with the hub anyway.
      await cache.addAll(precacheUrls);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(cachePrefix) && name !== cacheName) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate') {
    // Routes live in the fragment, so the app is only ever opened at the scope itself.
    if (url.search === '' && (url.href === scope.href || url.href === shellUrl)) event.respondWith(shell(request));
    return;
  }
  if (precached.has(url.href) || url.href.startsWith(assetsPrefix)) event.respondWith(cacheFirst(request));
});

async function shell(request) {
  const cached = await caches.match(shellUrl, { ...matchOptions, cacheName });
  return cached ?? fetch(request);
}

async function cacheFirst(request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request, matchOptions);
  if (cached) return cached;
  const response = await fetch(request);
  // Hashed names never change content, so whatever the page loaded once is kept for next time.
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}
