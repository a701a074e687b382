// The service worker: stores the site at install so every page and the whole search index work offline; a language
// other than the default is stored with its own index when a reader first opens one of its pages.
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
      await store(cache, manifest.urls);
      // The reader's own language, when the page that installs the worker is in another language than the default.
      const clients = await worker.clients.matchAll({ includeUncontrolled: true, type: "window" });
      for (const language of new Set(clients.map((client) => languageOf(client.url)))) {
        if (language !== undefined) await store(cache, manifest.languages[language] ?? []);
      }
      await worker.skipWaiting();
    })(),
  );
});

// A page in another language asks for its language to be stored, the first time a reader opens one of its pages.
worker.addEventListener("message", (event) => {
  const source = event.source as Client | null;
  if ((event.data as { type?: string } | null)?.type !== "store-language" || !source) return;
  const language = languageOf(source.url);
  if (language === undefined) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      const urls = manifest.languages[language] ?? [];
      const stored = await Promise.all(urls.map((url) => cache.match(url).then((found) => found !== undefined)));
      await store(
        cache,
        urls.filter((_, index) => !stored[index]),
      );
      source.postMessage({ type: "language-stored", language });
    })(),
  );
});

/** Stores URLs in batches; cache: "reload" skips the HTTP cache, so a new version never stores an older deploy's file. */
async function store(cache: Cache, urls: readonly string[]): Promise<void> {
  for (let start = 0; start < urls.length; start += batchSize) {
    await cache.addAll(urls.slice(start, start + batchSize).map((url) => new Request(url, { cache: "reload" })));
  }
}

/** The language folder a page of the site is in ("de" for /de/roles/x/), when it is one of the site's other languages. */
function languageOf(pageUrl: string): string | undefined {
  const scope = new URL(worker.registration.scope).pathname;
  const { pathname } = new URL(pageUrl);
  if (!pathname.startsWith(scope)) return undefined;
  const folder = pathname.slice(scope.length).split("/")[0] ?? "";
  return Object.hasOwn(manifest.languages, folder) ? folder : undefined;
}

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
