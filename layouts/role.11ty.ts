// One page per role: what it is, the skills it needs by importance, its technologies, and the guide itself.
import { html } from "../src/lib/html.ts";
import { importanceLevels, importanceOrder } from "../src/schema/index.ts";
import type { Role } from "../src/content/model.ts";
import type { PageData, PaginatedData } from "../src/site/page-data.ts";
import { guidesInScope } from "../src/site/render-scope.ts";
import { renderPage } from "./base.ts";
import { aliasLine, breadcrumbs, guideDates, guideList, tagList } from "./partials/links.ts";
import { reviewSources } from "./partials/review.ts";
import { searchData } from "./partials/search-data.ts";
import { selfCheckSection } from "./partials/self-check.ts";
import { pathways } from "./partials/pathways.ts";
import { roadmap } from "./partials/roadmap.ts";

type Data = PaginatedData<"role", Role>;

export const data = {
  pagination: { data: "guides.roles", size: 1, alias: "role", before: (items: Role[], data: PageData) => guidesInScope(items, data.renderScope) },
  permalink: (data: Data) => `${data.role.url}index.html`,
};

export default function render(data: Data): string {
  const { role } = data;
  return renderPage(data, {
    title: role.title,
    description: role.summary,
    guide: role,
    section: "roles",
    scripts: ["self-check.js"],
    main: html`<article class="guide guide--role" data-pagefind-body>
  ${breadcrumbs([{ title: "Home", url: "/" }, { title: "Roles", url: "/roles/" }, { title: role.title }])}
  <header class="guide-header">
    <p class="eyebrow">Role</p>
    <h1 data-pagefind-weight="10">${role.title}</h1>
    <p class="lead">${role.summaryHtml ?? role.summary}</p>
    ${aliasLine(role.aliases)}
    ${guideDates(role)}
  </header>
  ${roadmap(role, data.views.roadmap(role))}
  ${searchData(role, data.views.searchFacets(role))}
  <section class="at-a-glance" aria-labelledby="skills-heading" data-pagefind-ignore>
    <h2 id="skills-heading">Skills</h2>
    <div class="importance-columns">
    ${importanceOrder.filter((importance) => role.skills[importance].length > 0).map((importance) => html`<section class="importance importance--${importance}" aria-labelledby="skills-${importance}">
      <h3 id="skills-${importance}">${importanceLevels[importance]} <span class="count">(${role.skills[importance].length})</span></h3>
      ${tagList(role.skills[importance], `${importanceLevels[importance]} skills`)}
    </section>`)}
    </div>
    ${role.technologies.length > 0 ? html`<h2 id="technologies-heading">Technologies</h2>${tagList(role.technologies, "Technologies")}` : ""}
    ${role.worksWith.length > 0 ? html`<h2 id="works-with-heading">Works with</h2>${guideList(role.worksWith, { summaries: false, className: "tag-list" })}` : ""}
  </section>
  ${selfCheckSection(role)}
  <div class="prose">
  ${role.body}
  </div>
  ${pathways(role, data.views.pathways(role), data.views.compareData)}
  ${reviewSources(role)}
</article>`,
  });
}
