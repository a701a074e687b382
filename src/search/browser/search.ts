// The search page: reads the query, filters and sort from the URL, searches the Pagefind index (loaded only once a
// reader starts to search) and renders results as DOM nodes, never as HTML strings.

/** The part of Pagefind's browser API (/pagefind/pagefind.js) this page uses. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, "asc" | "desc"> }): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindHit {
  id: string;
  /** Which metadata fields matched the query (Pagefind 1.5 and later). */
  matchedMetaFields?: string[];
  data(): Promise<PagefindResult>;
}
interface PagefindResponse {
  results: PagefindHit[];
  filters: FilterCounts;
}
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** What a search is made of; it round-trips through the URL. */
interface SearchState {
  q: string;
  /** Selected filters by name, as URL values (`technology`, `back-end-developer`). */
  filters: Record<string, string>;
  sort: string;
}

/** Results per page: each costs a fragment download (about 2 KB), and five fill a screen. */
const pageSize = 5;
const typingDelayMs = 150;
/** How far down Pagefind's ranking to look for a guide whose title or alias is exactly the query. */
const exactWindow = 30;
const nameFields = ["title", "aliases"];

const root = document.querySelector<HTMLElement>(".search-page");
// Opened from disk, the index cannot load; site.js explains that next to the form instead.
if (root && location.protocol !== "file:") setUp(root);

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
  const pathPrefix = root.dataset.pathPrefix ?? document.body.dataset.pathPrefix ?? "/";
  const needFilter = root.dataset.needFilter ?? "need";
  const needSeparator = root.dataset.needSeparator ?? " · ";
  const select = (name: string) => selects.find((candidate) => candidate.name === name);
  const roleUrls = new Map([...(select("role")?.options ?? [])].map((option) => [option.dataset.value ?? "", option.dataset.url ?? ""]));
  const labels = new Map(selects.flatMap((element) => [...element.options].map((option) => [option, option.textContent ?? ""] as const)));

  let pagefind: Promise<PagefindApi> | undefined;
  /** Set once the reader uses the filters: their values and counts load only then, as they grow with the site. */
  let allFilters: Promise<unknown> | undefined;
  /** The search whose results are on screen, for counting once the filters have loaded. */
  let shown: { api: PagefindApi; term: string | null; generation: number } | undefined;
  let generation = 0;
  let typingTimer: number | undefined;
  /** Whether the current history entry belongs to a search being typed, which later keystrokes replace. */
  let typingEntry = false;
  let pending: Array<() => Promise<PagefindResult>> = [];

  /** Loads Pagefind once, on first use, from under the site's path prefix. */
  function loadPagefind(): Promise<PagefindApi> {
    pagefind ??= (async () => {
      const api = (await import(`${pathPrefix}pagefind/pagefind.js`)) as PagefindApi;
      // No worker: it would cost another 41 KB before the first result, and our indexes search in milliseconds.
      // Aliases are names, so they count as much as titles; dates are no words anyone searches for.
      await api.options({ baseUrl: pathPrefix, excerptLength: 24, noWorker: true, ranking: { metaWeights: { title: 5, aliases: 5, updated: 0 } } });
      return api;
    })();
    pagefind.catch(() => (pagefind = undefined));
    return pagefind;
  }

  function selectedOption(element: HTMLSelectElement | undefined): HTMLOptionElement | undefined {
    return element && element.selectedIndex > 0 ? element.options[element.selectedIndex] : undefined;
  }

  function readForm(): SearchState {
    const filters: Record<string, string> = {};
    for (const element of selects) if (element.value) filters[element.name] = element.value;
    return { q: input.value.trim(), filters, sort: sortSelect.value };
  }

  function writeForm(state: SearchState): void {
    input.value = state.q;
    for (const element of selects) element.value = state.filters[element.name] ?? "";
    sortSelect.value = state.sort;
  }

  /** Reads the URL; a filter or sort value the page does not offer counts as none. */
  function readUrl(): SearchState {
    const params = new URLSearchParams(location.search);
    const known = (element: HTMLSelectElement) => {
      const value = params.get(element.name) ?? "";
      return [...element.options].some((option) => option.value === value) ? value : "";
    };
    const filters: Record<string, string> = {};
    for (const element of selects) if (known(element)) filters[element.name] = known(element);
    return { q: (params.get("q") ?? "").trim(), filters, sort: known(sortSelect) };
  }

  function urlOf(state: SearchState): string {
    const params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    for (const [name, value] of Object.entries(state.filters)) params.set(name, value);
    if (state.sort) params.set("sort", state.sort);
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ""}`;
  }

  const currentUrl = () => `${location.pathname}${location.search}`;
  const isBlank = (state: SearchState) => !state.q && Object.keys(state.filters).length === 0;

  /** Pagefind filters for the selected options, leaving out `except`; a role and an importance together become one `need`. */
  function pagefindFilters(except: readonly string[] = []): Record<string, string> {
    const values: Record<string, string> = {};
    for (const element of selects) {
      const value = selectedOption(element)?.dataset.value;
      if (value && !except.includes(element.name)) values[element.name] = value;
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
      const ordered = state.q && !state.sort ? await exactFirst(state.q, response.results) : response.results.map((hit) => () => hit.data());
      if (current !== generation) return;
      await showResults(state, ordered, current);
      shown = { api, term, generation: current };
      if (allFilters || Object.keys(state.filters).length > 0) await showCounts(api, term, current);
    } catch (error) {
      if (current !== generation) return;
      status.textContent = "Search could not load. Reload the page to try again, or browse the guides from the menu.";
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

  /** Writes each option's count of results into its label. */
  async function showCounts(api: PagefindApi, term: string | null, current: number): Promise<void> {
    allFilters ??= api.filters();
    await allFilters;
    const counts = await filterCounts(api, term);
    if (current !== generation) return;
    for (const element of selects) {
      for (const option of [...element.options].slice(1)) {
        option.textContent = `${labels.get(option)} (${counts[element.name]?.[option.dataset.value ?? ""] ?? 0})`;
      }
    }
  }

  /** Counts per filter option, each group counted without its own selection, so each option says what choosing it gives. */
  async function filterCounts(api: PagefindApi, term: string | null): Promise<FilterCounts> {
    const all = (await api.search(term, { filters: pagefindFilters() })).filters;
    const without = async (names: string[]) => (names.some((name) => select(name)?.value) ? (await api.search(term, { filters: pagefindFilters(names) })).filters : all);
    const counts: FilterCounts = {};
    for (const name of ["type", "category", "kind"]) counts[name] = (await without([name]))[name] ?? {};
    const pair = await without(["role", "importance"]);
    const role = selectedOption(select("role"))?.dataset.value;
    const importance = selectedOption(select("importance"))?.dataset.value;
    const need = pair[needFilter] ?? {};
    const needCounts = (values: Record<string, number> = {}, key: (value: string) => string) =>
      Object.fromEntries(Object.keys(values).map((value) => [value, need[key(value)] ?? 0]));
    counts.role = importance ? needCounts(pair.role, (value) => `${value}${needSeparator}${importance}`) : (pair.role ?? {});
    counts.importance = role ? needCounts(pair.importance, (value) => `${role}${needSeparator}${value}`) : (pair.importance ?? {});
    return counts;
  }

  /**
   * Puts guides whose title (then alias) is exactly the query first, as Pagefind ranks "Node.js" above JavaScript for "JS".
   * Looks at the first page, then at later hits whose title or aliases matched, a page at a time until one is exact.
   */
  async function exactFirst(query: string, hits: PagefindHit[]): Promise<Array<() => Promise<PagefindResult>>> {
    const wanted = nameKey(query);
    const rank = (result: PagefindResult) =>
      nameKey(result.meta.title ?? "") === wanted ? 2 : (result.meta.aliases ?? "").split(", ").some((alias) => nameKey(alias) === wanted) ? 1 : 0;
    const candidates = hits.slice(0, exactWindow).filter((hit, index) => index < pageSize || hit.matchedMetaFields?.some((field) => nameFields.includes(field)));
    const loaded = new Map<string, PagefindResult>();
    for (let start = 0; start < candidates.length; start += pageSize) {
      const batch = candidates.slice(start, start + pageSize);
      const data = await Promise.all(batch.map((hit) => hit.data()));
      batch.forEach((hit, index) => loaded.set(hit.id, data[index]!));
      if (data.some((result) => rank(result) > 0)) break;
    }
    const exact = hits.filter((hit) => loaded.has(hit.id) && rank(loaded.get(hit.id)!) > 0);
    exact.sort((a, b) => rank(loaded.get(b.id)!) - rank(loaded.get(a.id)!));
    return [...exact, ...hits.filter((hit) => !exact.includes(hit))].map((hit) => {
      const result = loaded.get(hit.id);
      return result ? () => Promise.resolve(result) : () => hit.data();
    });
  }

  function showIdle(): void {
    status.textContent = "";
    resultsSection.hidden = true;
    empty.hidden = true;
    list.replaceChildren();
    for (const [option, label] of labels) option.textContent = label;
  }

  async function showResults(state: SearchState, ordered: Array<() => Promise<PagefindResult>>, current: number): Promise<void> {
    const filterText = selects.flatMap((element) => {
      const option = selectedOption(element);
      return option ? [`${element.labels[0]?.textContent ?? element.name}: ${labels.get(option)}`] : [];
    });
    const summary = `${state.q ? ` for “${state.q}”` : ""}${filterText.length > 0 ? `, filtered by ${filterText.join(", ")}` : ""}`;
    pending = ordered;
    list.replaceChildren();
    if (ordered.length === 0) {
      resultsSection.hidden = true;
      empty.hidden = false;
      root.querySelector<HTMLElement>("#search-empty-filters")!.hidden = filterText.length === 0;
      status.textContent = `No results${summary}.`;
      return;
    }
    empty.hidden = true;
    await showMore(current);
    if (current !== generation) return;
    resultsSection.hidden = false;
    status.textContent = `${ordered.length} ${ordered.length === 1 ? "result" : "results"}${summary}.`;
  }

  /** Renders the next page of results. */
  async function showMore(current: number): Promise<void> {
    const next = pending.slice(0, pageSize);
    pending = pending.slice(pageSize);
    const data = await Promise.all(next.map((load) => load()));
    if (current !== generation) return;
    list.append(...data.map((result) => resultItem(result, roleUrls)));
    more.hidden = pending.length === 0;
    more.textContent = `Show more results (${pending.length} more)`;
  }

  /** Schedules a search while the reader types; the first keystroke of a new search adds a history entry, later ones replace it. */
  function onTyping(): void {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => {
      const url = urlOf(readForm());
      if (typingEntry || isBlank(readUrl())) history.replaceState(null, "", url);
      else if (url !== currentUrl()) history.pushState(null, "", url);
      typingEntry = true;
      void run();
    }, typingDelayMs);
  }

  /** Searches now and gives the result a history entry of its own (on submit, filter or sort change). */
  function commit(): void {
    window.clearTimeout(typingTimer);
    const url = urlOf(readForm());
    if (typingEntry || isBlank(readUrl())) history.replaceState(null, "", url);
    else if (url !== currentUrl()) history.pushState(null, "", url);
    typingEntry = false;
    void run();
  }

  function onChange(event: Event): void {
    if (event.target === input) return;
    window.clearTimeout(typingTimer);
    const url = urlOf(readForm());
    if (url !== currentUrl()) history.pushState(null, "", url);
    typingEntry = false;
    void run();
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

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    commit();
  });
  form.addEventListener("change", onChange);
  for (const type of ["focusin", "pointerover"]) root.querySelector(".search-filters")?.addEventListener(type, wantFilters, { once: true });
  input.addEventListener("input", onTyping);
  input.addEventListener("focus", () => void loadPagefind().catch(() => undefined), { once: true });
  root.addEventListener("keydown", onKeydown);
  window.addEventListener("keydown", focusOnSlash, true);
  window.addEventListener("popstate", () => {
    window.clearTimeout(typingTimer);
    typingEntry = false;
    writeForm(readUrl());
    void run();
  });
  more.addEventListener("click", () => {
    const first = list.children.length;
    void showMore(generation).then(() => list.querySelectorAll<HTMLAnchorElement>("a.search-result__link")[first]?.focus());
  });
  root.querySelector("#search-clear-filters")?.addEventListener("click", () => {
    for (const element of selects) element.value = "";
    commit();
    input.focus();
  });
  // The header's box searches in place on this page instead of reloading it.
  document.querySelector<HTMLFormElement>(".site-search")?.addEventListener("submit", (event) => {
    event.preventDefault();
    input.value = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>("input[name=q]")?.value ?? "";
    commit();
    input.focus();
  });

  writeForm(readUrl());
  if (!isBlank(readUrl())) void run();
}

/** A name reduced to what a reader means by it: "Node.js", "node js" and "NodeJS" all become "nodejs"; C# and C++ stay apart. */
function nameKey(name: string): string {
  return name.normalize("NFKD").toLowerCase().replace(/[^\p{L}\p{N}+#]/gu, "");
}

/** One result as DOM nodes: every piece of text set as text, so content can never become markup. */
function resultItem(result: PagefindResult, roleUrls: Map<string, string>): HTMLLIElement {
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
  const roles = result.filters.role ?? [];
  if (roles.length > 0) {
    const paragraph = textElement("p", "search-result__roles", result.meta.type === "Technology" ? "Used by: " : "Needed by: ");
    roles.forEach((role, index) => {
      const url = roleUrls.get(role);
      const name = url ? Object.assign(element("a", ""), { href: url }) : element("span", "");
      name.textContent = role;
      paragraph.append(...(index > 0 ? [", "] : []), name);
    });
    item.append(paragraph);
  }
  return item;
}

/** Turns Pagefind's excerpt (escaped text with <mark> around matched words) into text and <mark> nodes, trusting no other markup. */
function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
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
    if (!name.startsWith("#")) return namedEntities[name.toLowerCase()] ?? whole;
    const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
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
