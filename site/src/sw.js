// The offline service worker. The build (scripts/offline-plugin.mjs) writes
// it to dist/sw.js with PRECACHE filled in: every file of the build, and a
// version that changes whenever any of them does.
//
// Install caches all of them at once, so after the first visit every page of
// the folder works without a network, including files that visit never
// needed (the widget, lazily loaded chunks). Requests are answered from the
// cache first: the cache always holds one whole, consistent build. A new
// build means a new sw.js, which installs the new version next to the old
// one and removes the old one once it takes over.
const PRECACHE = { version: 'dev', files: [] }; // filled in by the build

const PREFIX = 'yieldlab-';
const CACHE = `${PREFIX}${PRECACHE.version}`;
const scope = self.registration.scope;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // 'reload' skips the HTTP cache, so no stale file mixes into this version.
    await cache.addAll(PRECACHE.files.map((file) => new Request(new URL(file, scope), { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim(); // the page that installed us works offline too
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Queries never select a different file on a static host.
    const hit = await cache.match(request, { ignoreSearch: true });
    return hit ?? fetch(request);
  })());
});
