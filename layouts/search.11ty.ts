// The search page: a plain GET form whose query and filters live in the URL, enhanced by search.js into live results.
import { html } from "../src/lib/html.ts";
import type { PageData, PaginatedData } from "../src/site/page-data.ts";
import type { Edition } from "../src/i18n/editions.ts";
import { htmlMessage } from "../src/i18n/html-message.ts";
import { editionPage } from "../src/site/editions-data.ts";
import { localPath, messagesOf, perEdition } from "./partials/edition.ts";
import { renderPage } from "./base.ts";
import { prefixedPath } from "../src/deploy/public-url.ts";
import { needFilter, needSeparator, type SearchFilter } from "../src/views/search-filters.ts";

type Data = PaginatedData<"edition", Edition>;

// One search page per language, each searching its language's own index.
export const data = { pagination: perEdition, permalink: (data: Data) => `${data.edition.language.prefix}search/index.html` };

/** Sort orders the page offers; relevance, the default, is left out of the URL. */
const sortChoices = [
  { param: "", label: "search.sortRelevance" },
  { param: "title", label: "search.sortTitle" },
  { param: "updated", label: "search.sortUpdated" },
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

export default function render(page: Data): string {
  const data = editionPage(page, page.edition);
  const m = messagesOf(data);
  const { language } = data.edition;
  const browse = htmlMessage(m, "search.browse", {
    roles: html`<a href="${localPath(data, "/roles/")}">${m.t("search.rolesLink")}</a>`,
    skills: html`<a href="${localPath(data, "/skills/")}">${m.t("search.skillsLink")}</a>`,
    technologies: html`<a href="${localPath(data, "/technologies/")}">${m.t("search.technologiesLink")}</a>`,
  });
  // A language other than the default searches its own index, /<lang>/pagefind/ (see src/search/search-languages.ts).
  const index = language.isDefault ? "" : html` data-search-index="${language.folder}/pagefind/"`;
  return renderPage(data, {
    title: m.t("search.title"),
    description: m.t("search.description"),
    section: "search",
    scripts: ["search.js"],
    main: html`<div class="search-page" data-path-prefix="${data.site.pathPrefix}"${index} data-need-filter="${needFilter}" data-need-separator="${needSeparator}">
  <h1 id="search-heading">${m.t("search.heading")}</h1>
  <form id="search-form" class="search-form" role="search" aria-labelledby="search-heading" action="${localPath(data, "/search/")}" method="get">
    <div class="search-form__query">
      <label for="search-input">${m.t("search.label")}</label>
      <div class="search-form__row">
        <input id="search-input" type="search" name="q" autocomplete="off" spellcheck="false" aria-keyshortcuts="/" aria-describedby="search-keys" aria-controls="search-results">
        <button type="submit">${m.t("search.button")}</button>
      </div>
      <p id="search-keys" class="search-hint">${htmlMessage(m, "search.keys", { slash: html`<kbd>/</kbd>`, down: html`<kbd>↓</kbd>`, up: html`<kbd>↑</kbd>`, enter: html`<kbd>${m.t("search.enterKey")}</kbd>` })}</p>
    </div>
    <fieldset class="search-filters">
      <legend>${m.t("search.filtersLegend")}</legend>
      ${data.views.searchFilters.map((filter) => filterSelect(filter, data.site))}
      <div class="search-filter">
        <label for="search-sort">${m.t("search.sortBy")}</label>
        <select id="search-sort" name="sort">${sortChoices.map((choice) => html`<option value="${choice.param}">${m.t(choice.label)}</option>`)}</select>
      </div>
    </fieldset>
  </form>
  <noscript><p class="search-noscript">${htmlMessage(m, "search.noscript", { browse })}</p></noscript>
  <p id="search-status" class="search-status" role="status" aria-atomic="true"></p>
  <section id="search-results" class="search-results" aria-labelledby="search-results-heading" hidden>
    <h2 id="search-results-heading" class="visually-hidden">${m.t("search.resultsHeading")}</h2>
    <ol id="search-results-list" class="search-results__list"></ol>
    <button id="search-more" class="search-more" type="button" hidden>${m.t("search.more")}</button>
  </section>
  <section id="search-empty" class="search-empty" aria-labelledby="search-empty-heading" hidden>
    <h2 id="search-empty-heading">${m.t("search.emptyHeading")}</h2>
    <ul>
      <li>${m.t("search.emptySpelling")}</li>
      <li id="search-empty-filters">${htmlMessage(m, "search.emptyFilters", { button: html`<button id="search-clear-filters" type="button">${m.t("search.clearFilters")}</button>` })}</li>
      <li>${htmlMessage(m, "search.emptyBrowse", { browse })}</li>
    </ul>
  </section>
</div>`,
  });
}
