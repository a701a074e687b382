// Registers the service worker on built sites, and reloads once when a new deploy takes over so pages and index match.

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
}
