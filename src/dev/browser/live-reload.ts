// The dev server's live reload: the page reloads itself once the server says the site was rebuilt. An external
// script and a same-origin event stream, so the page's Content-Security-Policy needs no exception for it.
const events = new EventSource("/.role-guides/live-reload");
events.addEventListener("reload", () => location.reload());
