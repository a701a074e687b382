// The search form: its state (query, filters, sort), which round-trips through the URL, and the Pagefind filters and
// labels it stands for.
import { t } from "../../i18n/browser/_messages.ts";
import type { FilterCounts } from "./_pagefind.ts";

/** What a search is made of; it round-trips through the URL. */
export interface SearchState {
  q: string;
  /** Selected filters by name, as URL values (`technology`, `back-end-developer`). */
  filters: Record<string, string>;
  sort: string;
}

/** Whether a state asks for nothing: no words, no filter. */
export function isBlank(state: SearchState): boolean {
  return !state.q && Object.keys(state.filters).length === 0;
}

/** The search page's form controls and what they mean. */
export class SearchForm {
  readonly input: HTMLInputElement;
  readonly selects: HTMLSelectElement[];
  /** Role pages by role name, for linking the roles a result lists. */
  readonly roleUrls: Map<string, string>;
  readonly #sort: HTMLSelectElement;
  /** Each option's label without a count. */
  readonly #labels: Map<HTMLOptionElement, string>;
  readonly #needFilter: string;
  readonly #needSeparator: string;

  constructor(root: HTMLElement) {
    this.input = root.querySelector<HTMLInputElement>("#search-input")!;
    this.#sort = root.querySelector<HTMLSelectElement>("#search-sort")!;
    this.selects = [...root.querySelectorAll<HTMLSelectElement>("select[data-filter]")];
    this.#needFilter = root.dataset.needFilter ?? "need";
    this.#needSeparator = root.dataset.needSeparator ?? " · ";
    this.roleUrls = new Map([...(this.select("role")?.options ?? [])].map((option) => [option.dataset.value ?? "", option.dataset.url ?? ""]));
    this.#labels = new Map(this.selects.flatMap((element) => [...element.options].map((option) => [option, option.textContent ?? ""] as const)));
  }

  /** The filter select of that name. */
  select(name: string): HTMLSelectElement | undefined {
    return this.selects.find((candidate) => candidate.name === name);
  }

  /** The state the form shows. */
  read(): SearchState {
    const filters: Record<string, string> = {};
    for (const element of this.selects) if (element.value) filters[element.name] = element.value;
    return { q: this.input.value.trim(), filters, sort: this.#sort.value };
  }

  /** Shows a state in the form. */
  write(state: SearchState): void {
    this.input.value = state.q;
    for (const element of this.selects) element.value = state.filters[element.name] ?? "";
    this.#sort.value = state.sort;
  }

  /** Reads the page's URL; a filter or sort value the page does not offer counts as none. */
  fromUrl(): SearchState {
    const params = new URLSearchParams(location.search);
    const known = (element: HTMLSelectElement) => {
      const value = params.get(element.name) ?? "";
      return [...element.options].some((option) => option.value === value) ? value : "";
    };
    const filters: Record<string, string> = {};
    for (const element of this.selects) if (known(element)) filters[element.name] = known(element);
    return { q: (params.get("q") ?? "").trim(), filters, sort: known(this.#sort) };
  }

  /** The URL of this page showing a state. */
  urlOf(state: SearchState): string {
    const params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    for (const [name, value] of Object.entries(state.filters)) params.set(name, value);
    if (state.sort) params.set("sort", state.sort);
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ""}`;
  }

  /** Pagefind filters for the selected options, leaving out `except`; a role and an importance together become one `need`. */
  pagefindFilters(except: readonly string[] = []): Record<string, string> {
    const values: Record<string, string> = {};
    for (const element of this.selects) {
      const value = selectedOption(element)?.dataset.value;
      if (value && !except.includes(element.name)) values[element.name] = value;
    }
    if (values.role && values.importance) {
      values[this.#needFilter] = `${values.role}${this.#needSeparator}${values.importance}`;
      delete values.role;
      delete values.importance;
    }
    return values;
  }

  /** The `need` filter's key for a role at an importance. */
  needKey(role: string, importance: string): string {
    return `${role}${this.#needSeparator}${importance}`;
  }

  /** The name of the combined role-and-importance filter. */
  get needFilter(): string {
    return this.#needFilter;
  }

  /** The Pagefind data value of the selected option of a filter, if one is chosen. */
  selectedValue(name: string): string | undefined {
    return selectedOption(this.select(name))?.dataset.value;
  }

  /** "Type: Technology"-style descriptions of the chosen filters, for the results summary. */
  chosenFilters(): string[] {
    return this.selects.flatMap((element) => {
      const option = selectedOption(element);
      return option ? [t("search.live.chosenFilter", { label: element.labels[0]?.textContent ?? element.name, value: this.#labels.get(option) ?? "" })] : [];
    });
  }

  /** Writes each option's count of results into its label. */
  showCounts(counts: FilterCounts): void {
    for (const element of this.selects) {
      for (const option of [...element.options].slice(1)) {
        option.textContent = t("search.live.optionCount", {
          label: this.#labels.get(option) ?? "",
          count: counts[element.name]?.[option.dataset.value ?? ""] ?? 0,
        });
      }
    }
  }

  /** Puts every option's label back without a count. */
  clearCounts(): void {
    for (const [option, label] of this.#labels) option.textContent = label;
  }

  /** How Pagefind should sort a state's results: by title without words (or when asked), by date when asked, else by relevance. */
  static sortOf(state: SearchState): Record<string, "asc" | "desc"> | undefined {
    if (state.sort === "title" || (!state.q && !state.sort)) return { title: "asc" };
    if (state.sort === "updated") return { updated: "desc" };
    return undefined;
  }
}

function selectedOption(element: HTMLSelectElement | undefined): HTMLOptionElement | undefined {
  return element && element.selectedIndex > 0 ? element.options[element.selectedIndex] : undefined;
}
