// Loaded on every page as a small blocking classic script in <head>, so it runs before first paint: applies the saved
// theme (no flash of the wrong one), marks the page as scripted (data-js) so controls that need scripts take their
// place from the first paint instead of appearing later and pushing the page down, and wires the header's theme
// toggle once the page has been read.
import { applyTheme, readThemeChoice } from "./_theme.ts";
import { setUpThemeToggles } from "./_theme-toggle.ts";

document.documentElement.dataset.js = "";
applyTheme(readThemeChoice());
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUpThemeToggles);
else setUpThemeToggles();
