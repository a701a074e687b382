// One page per skill: the guide, the roles that need it at each importance, and its technologies.
import { html } from "../src/lib/html.ts";
import { importanceLevels, importanceOrder } from "../src/schema/index.ts";
import type { Skill } from "../src/content/model.ts";
import type { PageData, PaginatedData } from "../src/site/page-data.ts";
import { guidesInScope } from "../src/site/render-scope.ts";
import { renderPage } from "./base.ts";
import { aliasLine, breadcrumbs, guideDates, tagList } from "./partials/links.ts";
import { reviewSources } from "./partials/review.ts";
import { searchData } from "./partials/search-data.ts";
import { skillDemandChart } from "./partials/charts.ts";

type Data = PaginatedData<"skill", Skill>;

export const data = {
  pagination: { data: "guides.skills", size: 1, alias: "skill", before: (items: Skill[], data: PageData) => guidesInScope(items, data.renderScope) },
  permalink: (data: Data) => `${data.skill.url}index.html`,
};

export default function render(data: Data): string {
  const { skill } = data;
  const importances = importanceOrder.filter((importance) => skill.neededBy[importance].length > 0);
  return renderPage(data, {
    title: skill.title,
    description: skill.summary,
    guide: skill,
    section: "skills",
    main: html`<article class="guide guide--skill" data-pagefind-body>
  ${breadcrumbs([{ title: "Home", url: "/" }, { title: "Skills", url: "/skills/" }, { title: skill.title }])}
  <header class="guide-header">
    <p class="eyebrow">Skill · <a href="/skills/#${skill.category}">${skill.categoryLabel}</a></p>
    <h1 data-pagefind-weight="10">${skill.title}</h1>
    <p class="lead">${skill.summaryHtml ?? skill.summary}</p>
    ${aliasLine(skill.aliases)}
    ${guideDates(skill)}
  </header>
  ${searchData(skill, data.views.searchFacets(skill))}
  <section class="at-a-glance" aria-labelledby="needed-by-heading" data-pagefind-ignore>
    <h2 id="needed-by-heading">Roles that need it</h2>
    ${skillDemandChart(data.views.skillDemand(skill))}
    ${importances.length === 0 ? html`<p>No role lists this skill yet.</p>` : html`<dl class="needed-by">${importances.map((importance) => html`<dt>${importanceLevels[importance]}</dt><dd>${tagList(skill.neededBy[importance], `Roles where it is ${importanceLevels[importance].toLowerCase()}`)}</dd>`)}</dl>`}
    ${skill.prerequisites.length > 0 ? html`<h2 id="prerequisites-heading">Learn first</h2>${tagList(skill.prerequisites, "Prerequisites")}` : ""}
    ${skill.technologies.length > 0 ? html`<h2 id="technologies-heading">Technologies</h2>${tagList(skill.technologies, "Technologies")}` : ""}
  </section>
  <div class="prose">
  ${skill.body}
  </div>
  ${reviewSources(skill)}
</article>`,
  });
}
