// Site-wide behaviour, loaded on every page: "/" focuses search, offline support, and the note on pages opened from disk.
import { explainSearchOnDisk } from "../offline/browser/_file-notice.ts";
import { registerServiceWorker } from "../offline/browser/_offline.ts";

document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
  const input = (document.getElementById("search-input") ?? document.getElementById("site-search-input")) as HTMLInputElement | null;
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

explainSearchOnDisk();
registerServiceWorker();
