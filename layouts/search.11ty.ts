// The search page: a plain GET form whose query and filters live in the URL, enhanced by search.js into live results.
import { html } from "../src/lib/html.ts";
import type { PageData } from "../src/site/page-data.ts";
import { renderPage } from "./base.ts";
import { prefixedPath } from "../src/deploy/public-url.ts";
import { needFilter, needSeparator, type SearchFilter } from "../src/views/search-filters.ts";

export const data = { permalink: "/search/index.html" };

/** Sort orders the page offers; relevance, the default, is left out of the URL. */
const sortChoices = [
  { param: "", label: "Relevance" },
  { param: "title", label: "Title (A to Z)" },
  { param: "updated", label: "Recently updated" },
] as const;

/**
 * One filter as a select: each option's value is the URL value, its data-value the value Pagefind holds, and its data-url
 * (for roles) the guide's address under the path prefix, which Eleventy's base plugin does not add to data attributes.
 */
function filterSelect(filter: SearchFilter, site: PageData["site"]) {
  const id = `search-filter-${filter.name}`;
  return html`<div class="search-filter">
      <label for="${id}">${filter.label}</label>
      <select id="${id}" name="${filter.name}" data-filter="${filter.name}">
        <option value="">${filter.anyLabel}</option>
        ${filter.choices.map((choice) => html`<option value="${choice.param}" data-value="${choice.value}"${choice.url ? html` data-url="${prefixedPath(site, choice.url)}"` : ""}>${choice.value}</option>`)}
      </select>
    </div>`;
}

export default function render(data: PageData): string {
  const browse = html`<a href="/roles/">roles</a>, <a href="/skills/">skills</a> or <a href="/technologies/">technologies</a>`;
  return renderPage(data, {
    title: "Search",
    description: "Search every role, skill and technology guide, and narrow the results by type, role, importance, category or kind.",
    section: "search",
    scripts: ["search.js"],
    main: html`<div class="search-page" data-path-prefix="${data.site.pathPrefix}" data-need-filter="${needFilter}" data-need-separator="${needSeparator}">
  <h1 id="search-heading">Search the guides</h1>
  <form id="search-form" class="search-form" role="search" aria-labelledby="search-heading" action="/search/" method="get">
    <div class="search-form__query">
      <label for="search-input">Search roles, skills and technologies</label>
      <div class="search-form__row">
        <input id="search-input" type="search" name="q" autocomplete="off" spellcheck="false" aria-keyshortcuts="/" aria-describedby="search-keys" aria-controls="search-results">
        <button type="submit">Search</button>
      </div>
      <p id="search-keys" class="search-hint">Press <kbd>/</kbd> on any page to search. In the results, <kbd>↓</kbd> and <kbd>↑</kbd> move between guides and <kbd>Enter</kbd> opens one.</p>
    </div>
    <fieldset class="search-filters">
      <legend>Narrow the results</legend>
      ${data.views.searchFilters.map((filter) => filterSelect(filter, data.site))}
      <div class="search-filter">
        <label for="search-sort">Sort by</label>
        <select id="search-sort" name="sort">${sortChoices.map((choice) => html`<option value="${choice.param}">${choice.label}</option>`)}</select>
      </div>
    </fieldset>
  </form>
  <noscript><p class="search-noscript">Search runs in your browser and needs JavaScript, which is off or blocked. You can still browse every ${browse}.</p></noscript>
  <p id="search-status" class="search-status" role="status" aria-atomic="true"></p>
  <section id="search-results" class="search-results" aria-labelledby="search-results-heading" hidden>
    <h2 id="search-results-heading" class="visually-hidden">Results</h2>
    <ol id="search-results-list" class="search-results__list"></ol>
    <button id="search-more" class="search-more" type="button" hidden>Show more results</button>
  </section>
  <section id="search-empty" class="search-empty" aria-labelledby="search-empty-heading" hidden>
    <h2 id="search-empty-heading">No guide matches your search</h2>
    <ul>
      <li>Check the spelling, or try a shorter or more general word, like “database” instead of “databases administration”.</li>
      <li id="search-empty-filters">Filters narrow every search: <button id="search-clear-filters" type="button">remove all filters</button> to search every guide.</li>
      <li>Browse every ${browse}.</li>
    </ul>
  </section>
</div>`,
  });
}
