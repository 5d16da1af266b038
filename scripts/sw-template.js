// The service worker of one build (scripts/service-worker.mjs writes sw.js from this file: the
// precache list of the build's build-facts.json and its version go where PRECACHE and VERSION
// stand). It keeps that build's
// files in a cache of its own, so an old wasm never runs with new glue nor the reverse, and
// serves the app and any deep link when the network is gone.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `radar-${VERSION}`;
const scope = new URL(self.registration.scope);
const INDEX = new URL("index.html", scope).href;
const DATA = new URL("data/", scope).href;

self.addEventListener("install", (event) => {
  // Every file or none: a build that cannot be cached whole is not installed, and the page
  // goes on from the network as if there were no worker.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new URL(path, scope).href)))
      .catch((error) =>
        caches.delete(CACHE).then(() => {
          throw error;
        }),
      ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("radar-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks for the new version when the reader chooses "Reload".
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
  if (event.data === "version") (event.ports[0] ?? event.source)?.postMessage({ version: VERSION });
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(scope.href)) return;
  if (request.mode === "navigate") {
    // Any view of the app (its state is the query string) is this build's index page;
    // article pages and feeds are files of their own.
    const path = new URL(request.url).pathname;
    const isApp = path === scope.pathname || path === new URL(INDEX).pathname;
    if (isApp) {
      event.respondWith(caches.match(INDEX, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
      return;
    }
  }
  if (request.url.startsWith(DATA)) {
    // An issue file never changes under its URL (its name carries its hash): this build's copy
    // first. The manifest: the newest from the network, this build's copy when there is none.
    const cached = () => caches.match(request, { cacheName: CACHE });
    const immutable = request.url.startsWith(`${DATA}issues/`);
    event.respondWith(
      immutable
        ? cached().then((hit) => hit ?? fetch(request))
        : fetch(request).catch(() => cached().then((hit) => hit ?? Response.error())),
    );
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});
