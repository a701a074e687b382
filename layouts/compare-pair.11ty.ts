// One page for each pair of closely related roles, at /compare/<a>-vs-<b>/ (slugs in alphabetical order): the skills
// and technologies they share and do not, by importance, and what it takes to move from one to the other.
import { html } from "../src/lib/html.ts";
import type { PageData, PaginatedData } from "../src/site/page-data.ts";
import { unlessBodiesOnly } from "../src/site/render-scope.ts";
import { comparisonView } from "../src/compare/comparison-html.ts";
import type { RolePair } from "../src/views/comparisons.ts";
import type { Edition } from "../src/i18n/editions.ts";
import { editionPage } from "../src/site/editions-data.ts";
import { localPath, messagesOf } from "./partials/edition.ts";
import { guideLink, titleOf } from "./partials/links.ts";
import { renderPage } from "./base.ts";
import { breadcrumbs } from "./partials/links.ts";
import { comparisonChart } from "./partials/charts.ts";

/** A comparison page of one edition. */
interface EditionPair {
  edition: Edition;
  pair: RolePair;
}

type Data = PaginatedData<"entry", EditionPair>;

export const data = {
  // Every language has every comparison page, under its own prefix.
  pagination: {
    data: "editions",
    size: 1,
    alias: "entry",
    before: (editions: Edition[], data: PageData): EditionPair[] =>
      unlessBodiesOnly(
        editions.flatMap((edition) => editionPage(data, edition).views.rolePairs.map((pair) => ({ edition, pair }))),
        data.renderScope,
      ),
  },
  permalink: (data: Data) => `${data.entry.pair.url}index.html`,
};

export default function render(entry: Data): string {
  const data = editionPage(entry, entry.entry.edition);
  const { pair } = entry.entry;
  const m = messagesOf(data);
  const { first: a, second: b } = pair;
  const view = data.views.pairComparison(pair);
  const title = m.t("compare.pairTitle", { first: a.title, second: b.title });
  const lang = (role: { hreflang?: string }) => (role.hreflang ? html` lang="${role.hreflang}"` : "");
  return renderPage(data, {
    title,
    description: m.t("compare.pairDescription", { first: a.title, second: b.title }),
    section: "compare",
    main: html`<article class="compare-page">
  ${breadcrumbs([{ title: m.t("site.home"), url: localPath(data, "/") }, { title: m.t("nav.compare"), url: localPath(data, "/compare/") }, { title }], m)}
  <header class="guide-header">
    <p class="eyebrow">${m.t("compare.title")}</p>
    <h1>${titleOf(a)} <span class="compare-vs">${m.t("compare.versus")}</span> ${titleOf(b)}</h1>
    <p class="lead">${m.t("compare.pairLead")}</p>
  </header>
  <div class="compare-summary">
    <ul class="compare-roles">${[a, b].map((role) => html`<li>${guideLink({ ...role, languageNote: role.hreflang ? data.guides.roles.find((candidate) => candidate.slug === role.slug)?.languageNote : undefined })}<p${lang(role)}>${role.summary}</p></li>`)}</ul>
    <p class="compare-overlap">${m.t("compare.pairOverlap", { shared: view.sharedSkills, skills: m.t("compare.skillCount", { count: view.allSkills }), percent: m.t("site.percent", { value: view.overlapPercent }), sharedTechnologies: view.sharedTechnologies, technologies: m.t("compare.technologyCount", { count: view.allTechnologies }) })}</p>
  </div>
  <section class="comparison__section compare-chart" aria-labelledby="skills-by-category">
    <h2 id="skills-by-category">${m.t("compare.byCategory")}</h2>
    ${comparisonChart(view.split, a, b, m)}
  </section>
  ${comparisonView(view.comparison, data.views.compareData, { headingLevel: 2, idPrefix: "" }, (key, params) => m.t(key, params))}
  <p class="compare-more"><a href="${localPath(data, "/compare/")}?roles=${a.slug},${b.slug}">${m.t("compare.withThird")}</a> · <a href="${localPath(data, "/compare/")}">${m.t("compare.allComparisons")}</a></p>
</article>`,
  });
}
