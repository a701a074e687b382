// One page for each pair of closely related roles, at /compare/<a>-vs-<b>/ (slugs in alphabetical order): the skills
// and technologies they share and do not, by importance, and what it takes to move from one to the other.
import { html } from "../src/lib/html.ts";
import type { PageData, PaginatedData } from "../src/site/page-data.ts";
import { unlessBodiesOnly } from "../src/site/render-scope.ts";
import { comparisonView } from "../src/compare/comparison-html.ts";
import type { RolePair } from "../src/views/comparisons.ts";
import { renderPage } from "./base.ts";
import { breadcrumbs } from "./partials/links.ts";
import { comparisonChart } from "./partials/charts.ts";

type Data = PaginatedData<"pair", RolePair>;

export const data = {
  pagination: { data: "views.rolePairs", size: 1, alias: "pair", before: (pairs: RolePair[], data: PageData) => unlessBodiesOnly(pairs, data.renderScope) },
  permalink: (data: Data) => `${data.pair.url}index.html`,
};

export default function render(data: Data): string {
  const { first: a, second: b } = data.pair;
  const view = data.views.pairComparison(data.pair);
  const title = `${a.title} vs ${b.title}`;
  return renderPage(data, {
    title,
    description: `How the roles ${a.title} and ${b.title} differ: the skills and technologies they share, what is unique to each, and what it takes to move from one to the other.`,
    section: "compare",
    main: html`<article class="compare-page">
  ${breadcrumbs([{ title: "Home", url: "/" }, { title: "Compare", url: "/compare/" }, { title }])}
  <header class="guide-header">
    <p class="eyebrow">Compare roles</p>
    <h1>${a.title} <span class="compare-vs">vs</span> ${b.title}</h1>
    <p class="lead">What the two roles share, what sets each apart, and what it takes to move from one to the other.</p>
  </header>
  <div class="compare-summary">
    <ul class="compare-roles">${[a, b].map((role) => html`<li><a href="${role.url}">${role.title}</a><p>${role.summary}</p></li>`)}</ul>
    <p class="compare-overlap">They share ${view.sharedSkills} of their ${view.allSkills} skills (${view.overlapPercent}%) and ${view.sharedTechnologies} of their ${view.allTechnologies} technologies.</p>
  </div>
  <section class="comparison__section compare-chart" aria-labelledby="skills-by-category">
    <h2 id="skills-by-category">Skills by category</h2>
    ${comparisonChart(view.split, a, b)}
  </section>
  ${comparisonView(view.comparison, data.views.compareData, { headingLevel: 2, idPrefix: "" })}
  <p class="compare-more"><a href="/compare/?roles=${a.slug},${b.slug}">Compare them with a third role</a> · <a href="/compare/">All comparisons</a></p>
</article>`,
  });
}
