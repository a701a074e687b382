// Loads a page's other scripts only when they are needed, so that before the reader does anything no script but the
// one in the page's head runs: a script for a section (the self-check) when that section nears the screen, and the
// scripts for pages opened from disk on those pages only. The page lists them in <body data-later-scripts="…">, JSON
// written by layouts/base.ts: { "near": [[selector, url], …], "onDisk": [url, …] }.

/** What a page asks to load later. */
export interface LaterScripts {
  near?: Array<[selector: string, url: string]>;
  onDisk?: string[];
}

/** How far ahead of the screen a section's script starts loading: one screen, so it is ready when the section shows. */
const ahead = "100% 0px 100% 0px";

/** Reads the page's list and arranges for each script to load when its moment comes; call once the body is parsed. */
export function loadScriptsLater(): void {
  const listed = document.body.dataset.laterScripts;
  if (!listed) return;
  const scripts = JSON.parse(listed) as LaterScripts;
  if (location.protocol === "file:") for (const url of scripts.onDisk ?? []) load(url);
  for (const [selector, url] of scripts.near ?? []) {
    const sections = [...document.querySelectorAll(selector)];
    if (sections.length === 0) continue;
    if (!("IntersectionObserver" in window)) {
      load(url);
      continue;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        load(url);
      },
      { rootMargin: ahead },
    );
    for (const section of sections) observer.observe(section);
  }
}

/** Adds a classic script (module scripts do not load on pages opened from disk), once. */
function load(url: string): void {
  if (document.querySelector(`script[src="${CSS.escape(url)}"]`)) return;
  const script = document.createElement("script");
  script.src = url;
  document.head.append(script);
}
