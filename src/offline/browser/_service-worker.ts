// The service worker: stores the site at install so every page and the whole search index work offline.
/// <reference lib="webworker" />
import type { PrecacheManifest } from "../precache.ts";

declare const __PRECACHE__: PrecacheManifest;

const worker = self as unknown as ServiceWorkerGlobalScope;
const manifest = __PRECACHE__;
const cachePrefix = "role-guides-";
const cacheName = `${cachePrefix}${manifest.version}`;
const batchSize = 24;

worker.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      for (let start = 0; start < manifest.urls.length; start += batchSize) {
        // cache: "reload" skips the HTTP cache, so a new version never stores an older deploy's file.
        await cache.addAll(manifest.urls.slice(start, start + batchSize).map((url) => new Request(url, { cache: "reload" })));
      }
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(cachePrefix) && name !== cacheName).map((name) => caches.delete(name)));
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
  const cache = await caches.open(cacheName);
  // Pages carry their search in the query (/search/?q=…) and Pagefind adds ?ts=… to its entry file: the stored copy is the same file.
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  try {
    const response = await fetch(request);
    const storeNow = manifest.mode === "core" || manifest.storeOnView.some((prefix) => url.pathname.startsWith(prefix));
    if (storeNow && response.ok && response.type === "basic") await cache.put(url.pathname, response.clone());
    return response;
  } catch (error) {
    if (request.mode === "navigate") {
      const notFound = await cache.match(manifest.notFoundUrl);
      if (notFound) return notFound;
    }
    throw error;
  }
}
