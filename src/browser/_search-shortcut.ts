// "/" moves the focus to the page's search box (the search page's own, else the header's), as on many sites.

/** Listens for "/" outside text fields and focuses the search box; set up before the reader can press a key. */
export function setUpSearchShortcut(): void {
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
}
