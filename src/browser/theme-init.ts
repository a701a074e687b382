// The one script every page loads up front, as a small blocking classic script in <head>, so it runs before first
// paint: applies the saved theme (no flash of the wrong one), marks the page as scripted (data-js) so controls that
// need scripts take their place from the first paint instead of appearing later and pushing the page down, and, once
// the page has been read, wires the header's theme toggle and the "/" search shortcut, loads the page's other scripts
// when they are needed (see _later-scripts.ts) and starts offline support once the page has loaded.
import { applyTheme, readThemeChoice } from "./_theme.ts";
import { setUpThemeToggles } from "./_theme-toggle.ts";
import { setUpSearchShortcut } from "./_search-shortcut.ts";
import { loadScriptsLater } from "./_later-scripts.ts";
import { registerServiceWorker } from "../offline/browser/_offline.ts";

document.documentElement.dataset.js = "";
applyTheme(readThemeChoice());
setUpSearchShortcut();
const whenRead = () => {
  setUpThemeToggles();
  loadScriptsLater();
};
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", whenRead);
else whenRead();
if (document.readyState === "complete") registerServiceWorker();
else window.addEventListener("load", registerServiceWorker);
