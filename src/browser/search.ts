// The search page: reads the query, filters and sort from the URL, searches the Pagefind index (loaded only once a
// reader starts to search) and renders results as DOM nodes, never as HTML strings.

/** The part of Pagefind's browser API (/pagefind/pagefind.js) this page uses. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters; sort?: Record<string, "asc" | "desc"> }): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}
type PagefindFilters = Record<string, string>;
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResponse {
  results: Array<{ id: string; data(): Promise<PagefindResult> }>;
  filters: FilterCounts;
}
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** What a search is made of; it round-trips through the URL. */
interface SearchState {
  q: string;
  /** Selected filters by name, as URL values (`technology`, `back-end-developer`). */
  filters: Record<string, string>;
  sort: string;
}

const pageSize = 10;
const typingDelayMs = 150;

const root = document.querySelector<HTMLElement>(".search-page");
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>("#search-form")!;
  const input = root.querySelector<HTMLInputElement>("#search-input")!;
  const sortSelect = root.querySelector<HTMLSelectElement>("#search-sort")!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>("select[data-filter]")];
  const status = root.querySelector<HTMLElement>("#search-status")!;
  const resultsSection = root.querySelector<HTMLElement>("#search-results")!;
  const list = root.querySelector<HTMLOListElement>("#search-results-list")!;
  const more = root.querySelector<HTMLButtonElement>("#search-more")!;
  const empty = root.querySelector<HTMLElement>("#search-empty")!;
  const pathPrefix = root.dataset.pathPrefix ?? "/";
  const needFilter = root.dataset.needFilter ?? "need";
  const needSeparator = root.dataset.needSeparator ?? " · ";

  let pagefind: Promise<PagefindApi> | undefined;
  let generation = 0;
  let typingTimer: number | undefined;
  /** Whether the current history entry belongs to a search being typed, which later keystrokes replace. */
  let typingEntry = false;
  let pending: PagefindResponse["results"] = [];

  /** Loads Pagefind once, on first use, under the site's path prefix. */
  function loadPagefind(): Promise<PagefindApi> {
    pagefind ??= (async () => {
      const api = (await import(`${pathPrefix}pagefind/pagefind.js`)) as PagefindApi;
      await api.options({ baseUrl: pathPrefix, excerptLength: 24, noWorker: true });
      // Loads every filter's values up front: Pagefind counts only the filters it has loaded.
      await api.filters();
      return api;
    })();
    return pagefind;
  }

  function selectedOption(select: HTMLSelectElement): HTMLOptionElement | undefined {
    return select.selectedIndex > 0 ? select.options[select.selectedIndex] : undefined;
  }

  function readForm(): SearchState {
    const filters: Record<string, string> = {};
    for (const select of selects) if (select.value) filters[select.name] = select.value;
    return { q: input.value.trim(), filters, sort: sortSelect.value };
  }

  function writeForm(state: SearchState): void {
    input.value = state.q;
    for (const select of selects) select.value = state.filters[select.name] ?? "";
    sortSelect.value = state.sort;
  }

  /** Reads the URL; unknown filter or sort values fall back to "any", as the selects would show them. */
  function readUrl(): SearchState {
    const params = new URLSearchParams(location.search);
    const known = (select: HTMLSelectElement, value: string | null) => ([...select.options].some((option) => option.value === value) ? (value ?? "") : "");
    const filters: Record<string, string> = {};
    for (const select of selects) {
      const value = known(select, params.get(select.name));
      if (value) filters[select.name] = value;
    }
    return { q: (params.get("q") ?? "").trim(), filters, sort: known(sortSelect, params.get("sort")) };
  }

  function urlOf(state: SearchState): string {
    const params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    for (const select of selects) if (state.filters[select.name]) params.set(select.name, state.filters[select.name]!);
    if (state.sort) params.set("sort", state.sort);
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ""}`;
  }

  function isBlank(state: SearchState): boolean {
    return !state.q && Object.keys(state.filters).length === 0;
  }

  /** Pagefind filters for the selected filters, leaving out `except`; a role and an importance together become one `need`. */
  function pagefindFilters(except: readonly string[] = []): PagefindFilters {
    const values: Record<string, string> = {};
    for (const select of selects) {
      const value = selectedOption(select)?.dataset.value;
      if (value && !except.includes(select.name)) values[select.name] = value;
    }
    if (values.role && values.importance) {
      values[needFilter] = `${values.role}${needSeparator}${values.importance}`;
      delete values.role;
      delete values.importance;
    }
    return values;
  }

  function sortOf(state: SearchState): Record<string, "asc" | "desc"> | undefined {
    if (state.sort === "title" || (!state.q && !state.sort)) return { title: "asc" };
    if (state.sort === "updated") return { updated: "desc" };
    return undefined;
  }

  /** Runs the search the form describes and renders it; a newer search makes an older one's results be dropped. */
  async function run(): Promise<void> {
    const state = readForm();
    const current = ++generation;
    if (isBlank(state)) {
      showIdle();
      return;
    }
    resultsSection.setAttribute("aria-busy", "true");
    try {
      const api = await loadPagefind();
      const term = state.q || null;
      const sort = sortOf(state);
      const response = await api.search(term, { filters: pagefindFilters(), ...(sort ? { sort } : {}) });
      const counts = await filterCounts(api, term, response);
      if (current !== generation) return;
      showCounts(counts);
      await showResults(state, response, current);
    } catch (error) {
      if (current !== generation) return;
      status.textContent = "Search could not load. Reload the page to try again, or browse the guides from the menu.";
      console.warn("Search failed:", error);
    } finally {
      if (current === generation) resultsSection.removeAttribute("aria-busy");
    }
  }

  /** Counts per filter option, each group counted without its own selection so every option says what picking it gives. */
  async function filterCounts(api: PagefindApi, term: string | null, response: PagefindResponse): Promise<FilterCounts> {
    const selected = (name: string) => selects.some((select) => select.name === name && select.value);
    const without = async (names: string[]) => (names.some(selected) ? (await api.search(term, { filters: pagefindFilters(names) })).filters : response.filters);
    const counts: FilterCounts = {};
    for (const name of ["type", "category", "kind"]) counts[name] = (await without([name]))[name] ?? {};
    const pair = await without(["role", "importance"]);
    const role = selectedOption(selects.find((select) => select.name === "role")!)?.dataset.value;
    const importance = selectedOption(selects.find((select) => select.name === "importance")!)?.dataset.value;
    const need = pair[needFilter] ?? {};
    counts.role = importance ? byPrefix(need, (value) => `${value}${needSeparator}${importance}`, pair.role) : (pair.role ?? {});
    counts.importance = role ? byPrefix(need, (value) => `${role}${needSeparator}${value}`, pair.importance) : (pair.importance ?? {});
    return counts;
  }

  function byPrefix(need: Record<string, number>, key: (value: string) => string, names: Record<string, number> = {}): Record<string, number> {
    return Object.fromEntries(Object.keys(names).map((value) => [value, need[key(value)] ?? 0]));
  }

  function showCounts(counts: FilterCounts): void {
    for (const select of selects) {
      for (const option of [...select.options].slice(1)) {
        const count = counts[select.name]?.[option.dataset.value ?? ""] ?? 0;
        option.textContent = `${option.dataset.label ?? option.value} (${count})`;
      }
    }
  }

  function showIdle(): void {
    status.textContent = "";
    resultsSection.hidden = true;
    empty.hidden = true;
    list.replaceChildren();
    for (const select of selects) for (const option of select.options) option.textContent = option.dataset.label ?? option.textContent;
  }

  async function showResults(state: SearchState, response: PagefindResponse, current: number): Promise<void> {
    const filterText = selects.flatMap((select) => {
      const option = selectedOption(select);
      return option ? [`${select.labels[0]?.textContent ?? select.name}: ${option.dataset.label}`] : [];
    });
    const count = response.results.length;
    const subject = state.q ? ` for “${state.q}”` : "";
    const narrowed = filterText.length > 0 ? `, filtered by ${filterText.join(", ")}` : "";
    pending = response.results;
    list.replaceChildren();
    if (count === 0) {
      resultsSection.hidden = true;
      empty.hidden = false;
      root.querySelector<HTMLElement>("#search-empty-filters")!.hidden = filterText.length === 0;
      status.textContent = `No results${subject}${narrowed}.`;
      return;
    }
    empty.hidden = true;
    await showMore(current);
    if (current !== generation) return;
    resultsSection.hidden = false;
    status.textContent = `${count} ${count === 1 ? "result" : "results"}${subject}${narrowed}.`;
  }

  /** Renders the next page of results. */
  async function showMore(current: number): Promise<void> {
    const next = pending.slice(0, pageSize);
    pending = pending.slice(pageSize);
    const data = await Promise.all(next.map((result) => result.data()));
    if (current !== generation) return;
    list.append(...data.map(resultItem));
    more.hidden = pending.length === 0;
    more.textContent = `Show more results (${pending.length} more)`;
  }

  /** Schedules a search while the reader types; the first keystroke of a new search adds a history entry, later ones replace it. */
  function onTyping(): void {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => {
      const state = readForm();
      const blankEntry = isBlank(readUrl());
      if (typingEntry || blankEntry) history.replaceState(null, "", urlOf(state));
      else history.pushState(null, "", urlOf(state));
      typingEntry = true;
      void run();
    }, typingDelayMs);
  }

  /** Makes the form's state a history entry of its own (on submit and on every filter or sort change), then searches. */
  function commit(): void {
    window.clearTimeout(typingTimer);
    const url = urlOf(readForm());
    if (typingEntry || isBlank(readUrl())) history.replaceState(null, "", url);
    else if (url !== `${location.pathname}${location.search}`) history.pushState(null, "", url);
    typingEntry = false;
    void run();
  }

  function onChange(event: Event): void {
    if (event.target === input) return;
    const url = urlOf(readForm());
    window.clearTimeout(typingTimer);
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, "", url);
    typingEntry = false;
    void run();
  }

  function restoreFromUrl(): void {
    window.clearTimeout(typingTimer);
    typingEntry = false;
    writeForm(readUrl());
    void run();
  }

  /** Arrow keys move from the box through the result links and back; Enter on a link opens it as links do. */
  function onKeydown(event: KeyboardEvent): void {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>("a.search-result__link")];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at < 0) return;
    const next = event.key === "ArrowDown" ? (at < 0 ? 0 : Math.min(at + 1, links.length - 1)) : at - 1;
    if (links.length === 0 || (document.activeElement === input && event.key === "ArrowUp")) return;
    event.preventDefault();
    (next < 0 ? input : links[next])?.focus();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    commit();
  });
  input.addEventListener("input", onTyping);
  input.addEventListener("focus", () => void loadPagefind().catch(() => undefined), { once: true });
  form.addEventListener("change", onChange);
  root.addEventListener("keydown", onKeydown);
  more.addEventListener("click", () => {
    const first = list.children.length;
    void showMore(generation).then(() => list.querySelectorAll<HTMLAnchorElement>("a.search-result__link")[first]?.focus());
  });
  root.querySelector("#search-clear-filters")?.addEventListener("click", () => {
    for (const select of selects) select.value = "";
    commit();
    input.focus();
  });
  // On this page "/" goes to the page's own search box rather than the header's; this runs before site.js sees the key.
  window.addEventListener("keydown", focusOnSlash, true);
  // The header's box searches in place here instead of reloading the page.
  document.querySelector<HTMLFormElement>(".site-search")?.addEventListener("submit", (event) => {
    const header = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>("input[name=q]");
    event.preventDefault();
    input.value = header?.value ?? "";
    commit();
    input.focus();
  });
  window.addEventListener("popstate", restoreFromUrl);

  function focusOnSlash(event: KeyboardEvent): void {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    input.focus();
    input.select();
  }

  writeForm(readUrl());
  if (!isBlank(readUrl())) void run();
}

/** One result as DOM nodes: every piece of text set as text, so content can never become markup. */
function resultItem(result: PagefindResult): HTMLLIElement {
  const item = element("li", "search-result");
  const heading = element("h3", "search-result__title");
  const link = element("a", "search-result__link");
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  item.append(heading);
  if (result.meta.type) item.append(textElement("p", "search-result__type", result.meta.type));
  if (result.meta.summary) item.append(textElement("p", "search-result__summary", result.meta.summary));
  const excerpt = excerptNodes(result.excerpt);
  if (excerpt.length > 0) {
    const paragraph = element("p", "search-result__excerpt");
    paragraph.append(...excerpt);
    item.append(paragraph);
  }
  return item;
}

/** Turns Pagefind's excerpt (escaped text with <mark> around matched words) into text and <mark> nodes, trusting no other markup. */
function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === "<mark>") marked = true;
    else if (part === "</mark>") marked = false;
    else if (part) nodes.push(marked ? textElement("mark", "", decodeEntities(part)) : document.createTextNode(decodeEntities(part)));
  }
  return nodes;
}

const namedEntities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the character references Pagefind writes into excerpts, without parsing anything as HTML. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

function textElement<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const node = element(tag, className);
  node.textContent = text;
  return node;
}
