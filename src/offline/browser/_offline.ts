// Registers the service worker on built sites, asks it to store the page's language, and reloads once when a new deploy
// takes over so pages and index match.

/** Starts offline support when the page was served over HTTP(S) by a production build. */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || !location.protocol.startsWith("http") || document.body.dataset.offline !== "on") return;
  const prefix = document.body.dataset.pathPrefix ?? "/";
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    // A new version has stored every page and its index and taken over: reload so this page is from the same version.
    if (hadController) location.reload();
  });
  navigator.serviceWorker.register(`${prefix}sw.js`, { scope: prefix }).catch((error: unknown) => {
    console.warn("Offline support is unavailable:", error);
  });
  // The worker stores this page's language with its search index, if it is another language than the default and
  // not stored yet; it works out the language from this page's address.
  void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: "store-language" }));
}
