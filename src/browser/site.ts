// Site-wide behaviour, loaded on every page: "/" focuses the search box.
document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
  const input = document.querySelector<HTMLInputElement>("#site-search-input, #search-input");
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});
