// Keeps the app shell so a board opens again after a reload while offline; the board itself
// comes from IndexedDB. Built files have hashed names, so a cached one never goes stale.
const CACHE = "roundtable-shell-v1";
const SHELL = "/index.html";

self.addEventListener("install", (event) => {
  // The shell and the files it names, since the first load happened before this worker ran.
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      const response = await fetch(SHELL);
      const html = await response.clone().text();
      await cache.put(SHELL, response);
      const assets = [...html.matchAll(/\/assets\/[^"']+/g)].map((match) => match[0]);
      await cache.addAll([...new Set(assets)]);
    }),
  );
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/") || url.pathname.startsWith("/ws")) return;
  if (request.mode === "navigate") {
    // Network first, so a new version arrives; the kept shell when the network is gone.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put(SHELL, copy));
          }
          return response;
        })
        .catch(() => caches.match(SHELL).then((cached) => cached ?? Response.error())),
    );
    return;
  }
  if (url.pathname.startsWith("/assets/")) {
    event.respondWith(
      caches.match(request).then(
        (cached) =>
          cached ??
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              void caches.open(CACHE).then((cache) => cache.put(request, copy));
            }
            return response;
          }),
      ),
    );
  }
});
