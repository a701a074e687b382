// The search page: reads the query, filters and sort from the URL, searches the Pagefind index (loaded only once a
// reader starts to search) and renders results as DOM nodes, never as HTML strings.
import { pagefindLoader, type FilterCounts, type PagefindApi } from "./_pagefind.ts";
import { exactFirst, type ResultLoader } from "./_ranking.ts";
import { resultItem } from "./_result-item.ts";
import { isBlank, SearchForm, type SearchState } from "./_search-form.ts";
import { SearchHistory, type SearchCause } from "./_search-history.ts";
import { t } from "../../i18n/browser/_messages.ts";

/** Results per page: each costs a fragment download (about 2 KB), and five fill a screen. */
const pageSize = 5;
const typingDelayMs = 150;

const root = document.querySelector<HTMLElement>(".search-page");
// Opened from disk, the index cannot load; site.js explains that next to the form instead.
if (root && location.protocol !== "file:") setUp(root);

function setUp(root: HTMLElement): void {
  const form = new SearchForm(root);
  const { input } = form;
  const status = root.querySelector<HTMLElement>("#search-status")!;
  const resultsSection = root.querySelector<HTMLElement>("#search-results")!;
  const list = root.querySelector<HTMLOListElement>("#search-results-list")!;
  const more = root.querySelector<HTMLButtonElement>("#search-more")!;
  const empty = root.querySelector<HTMLElement>("#search-empty")!;
  // A language other than the default has its own index, under its folder (data-search-index="de/pagefind/").
  const loadPagefind = pagefindLoader(root.dataset.pathPrefix ?? document.body.dataset.pathPrefix ?? "/", root.dataset.searchIndex);
  const searches = new SearchHistory();

  /** Set once the reader uses the filters: their values and counts load only then, as they grow with the site. */
  let allFilters: Promise<unknown> | undefined;
  /** The search whose results are on screen, for counting once the filters have loaded. */
  let shown: { api: PagefindApi; term: string | null; generation: number } | undefined;
  let generation = 0;
  let typingTimer: number | undefined;
  let pending: ResultLoader[] = [];

  /** Runs the search the form describes and renders it; a newer search makes an older one's results be dropped. */
  async function run(): Promise<void> {
    const state = form.read();
    const current = ++generation;
    if (isBlank(state)) {
      showIdle();
      return;
    }
    resultsSection.setAttribute("aria-busy", "true");
    try {
      const api = await loadPagefind();
      const term = state.q || null;
      const sort = SearchForm.sortOf(state);
      const response = await api.search(term, { filters: form.pagefindFilters(), ...(sort ? { sort } : {}) });
      const ordered = state.q && !state.sort ? await exactFirst(state.q, response.results, pageSize) : response.results.map((hit) => () => hit.data());
      if (current !== generation) return;
      await showResults(state, ordered, current);
      shown = { api, term, generation: current };
      if (allFilters || Object.keys(state.filters).length > 0) await showCounts(api, term, current);
    } catch (error) {
      if (current !== generation) return;
      status.textContent = t("search.live.failed");
      console.warn("Search failed:", error);
    } finally {
      if (current === generation) resultsSection.removeAttribute("aria-busy");
    }
  }

  /** Loads every filter's values (Pagefind counts only loaded filters), then shows the counts for the current search. */
  function wantFilters(): void {
    if (allFilters) return;
    allFilters = loadPagefind().then((api) => api.filters());
    allFilters.catch(() => (allFilters = undefined));
    if (shown?.generation === generation) void showCounts(shown.api, shown.term, generation).catch(() => undefined);
  }

  async function showCounts(api: PagefindApi, term: string | null, current: number): Promise<void> {
    allFilters ??= api.filters();
    await allFilters;
    const counts = await filterCounts(api, term);
    if (current === generation) form.showCounts(counts);
  }

  /** Counts per filter option, each group counted without its own selection, so each option says what choosing it gives. */
  async function filterCounts(api: PagefindApi, term: string | null): Promise<FilterCounts> {
    const all = (await api.search(term, { filters: form.pagefindFilters() })).filters;
    const without = async (names: string[]) =>
      names.some((name) => form.select(name)?.value) ? (await api.search(term, { filters: form.pagefindFilters(names) })).filters : all;
    const counts: FilterCounts = {};
    for (const name of ["type", "category", "kind"]) counts[name] = (await without([name]))[name] ?? {};
    const pair = await without(["role", "importance"]);
    const role = form.selectedValue("role");
    const importance = form.selectedValue("importance");
    const need = pair[form.needFilter] ?? {};
    const needCounts = (values: Record<string, number> = {}, key: (value: string) => string) =>
      Object.fromEntries(Object.keys(values).map((value) => [value, need[key(value)] ?? 0]));
    counts.role = importance ? needCounts(pair.role, (value) => form.needKey(value, importance)) : (pair.role ?? {});
    counts.importance = role ? needCounts(pair.importance, (value) => form.needKey(role, value)) : (pair.importance ?? {});
    return counts;
  }

  function showIdle(): void {
    status.textContent = "";
    resultsSection.hidden = true;
    empty.hidden = true;
    list.replaceChildren();
    form.clearCounts();
  }

  async function showResults(state: SearchState, ordered: ResultLoader[], current: number): Promise<void> {
    const filterText = form.chosenFilters();
    const summary = `${state.q ? t("search.live.forQuery", { query: state.q }) : ""}${filterText.length > 0 ? t("search.live.filteredBy", { filters: filterText.join(", ") }) : ""}`;
    pending = ordered;
    list.replaceChildren();
    if (ordered.length === 0) {
      resultsSection.hidden = true;
      empty.hidden = false;
      root.querySelector<HTMLElement>("#search-empty-filters")!.hidden = filterText.length === 0;
      status.textContent = t("search.live.none", { summary });
      return;
    }
    empty.hidden = true;
    await showMore(current);
    if (current !== generation) return;
    resultsSection.hidden = false;
    status.textContent = t("search.live.count", { count: ordered.length, summary });
  }

  /** Renders the next page of results, each as soon as its data and that of every result before it have loaded. */
  async function showMore(current: number): Promise<void> {
    const next = pending.slice(0, pageSize);
    pending = pending.slice(pageSize);
    const loads = next.map((load) => load());
    // A failure is thrown where its result's turn comes; the later ones are not left unhandled meanwhile.
    for (const load of loads) load.catch(() => undefined);
    for (const load of loads) {
      const result = await load;
      if (current !== generation) return;
      list.append(resultItem(result, form.roleUrls));
      resultsSection.hidden = false;
    }
    more.hidden = pending.length === 0;
    more.textContent = t("search.live.moreCount", { count: pending.length });
  }

  /** Puts the form's search in the history (see SearchHistory) and runs it. */
  function search(cause: SearchCause): void {
    window.clearTimeout(typingTimer);
    searches.record(form.urlOf(form.read()), cause, isBlank(form.fromUrl()));
    void run();
  }

  /** Schedules a search while the reader types, fetching meanwhile the part of the index the words typed so far need. */
  function onTyping(): void {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => search("typing"), typingDelayMs);
    const { q } = form.read();
    if (q)
      void loadPagefind()
        .then((api) => api.preload(q, { filters: form.pagefindFilters() }))
        .catch(() => undefined);
  }

  /** Arrow keys move from the box through the result links and back; Enter on a link opens it as links do. */
  function onKeydown(event: KeyboardEvent): void {
    if ((event.key !== "ArrowDown" && event.key !== "ArrowUp") || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>("a.search-result__link")];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const inBox = document.activeElement === input;
    if ((!inBox && at < 0) || links.length === 0 || (inBox && event.key === "ArrowUp")) return;
    event.preventDefault();
    const next = event.key === "ArrowDown" ? Math.min(at + 1, links.length - 1) : at - 1;
    (next < 0 ? input : links[next])?.focus();
  }

  /** On this page "/" goes to the page's own box rather than the header's; it runs before site.js sees the key. */
  function focusOnSlash(event: KeyboardEvent): void {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    input.focus();
    input.select();
  }

  const formElement = root.querySelector<HTMLFormElement>("#search-form")!;
  formElement.addEventListener("submit", (event) => {
    event.preventDefault();
    search("submit");
  });
  formElement.addEventListener("change", (event) => {
    if (event.target !== input) search("change");
  });
  for (const type of ["focusin", "pointerover"]) root.querySelector(".search-filters")?.addEventListener(type, wantFilters, { once: true });
  input.addEventListener("input", onTyping);
  input.addEventListener("focus", () => void loadPagefind().catch(() => undefined), { once: true });
  root.addEventListener("keydown", onKeydown);
  window.addEventListener("keydown", focusOnSlash, true);
  window.addEventListener("popstate", () => {
    window.clearTimeout(typingTimer);
    searches.reset();
    form.write(form.fromUrl());
    void run();
  });
  more.addEventListener("click", () => {
    const first = list.children.length;
    void showMore(generation).then(() => list.querySelectorAll<HTMLAnchorElement>("a.search-result__link")[first]?.focus());
  });
  root.querySelector("#search-clear-filters")?.addEventListener("click", () => {
    for (const element of form.selects) element.value = "";
    search("submit");
    input.focus();
  });
  // The header's box searches in place on this page instead of reloading it.
  document.querySelector<HTMLFormElement>(".site-search")?.addEventListener("submit", (event) => {
    event.preventDefault();
    input.value = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>("input[name=q]")?.value ?? "";
    search("submit");
    input.focus();
  });

  form.write(form.fromUrl());
  if (!isBlank(form.fromUrl())) void run();
}
