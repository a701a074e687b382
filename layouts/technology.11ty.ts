// One page per technology: the guide, its official home page, the roles that use it and the skills it serves.
import { html } from "../src/lib/html.ts";
import type { Technology } from "../src/content/model.ts";
import type { PageData, PaginatedData } from "../src/site/page-data.ts";
import { guidesInScope } from "../src/site/render-scope.ts";
import { renderPage } from "./base.ts";
import { aliasLine, breadcrumbs, guideDates, tagList } from "./partials/links.ts";
import { reviewSources } from "./partials/review.ts";
import { searchData } from "./partials/search-data.ts";

type Data = PaginatedData<"technology", Technology>;

export const data = {
  pagination: { data: "guides.technologies", size: 1, alias: "technology", before: (items: Technology[], data: PageData) => guidesInScope(items, data.renderScope) },
  permalink: (data: Data) => `${data.technology.url}index.html`,
};

export default function render(data: Data): string {
  const { technology } = data;
  return renderPage(data, {
    title: technology.title,
    description: technology.summary,
    guide: technology,
    section: "technologies",
    main: html`<article class="guide guide--technology" data-pagefind-body>
  ${breadcrumbs([{ title: "Home", url: "/" }, { title: "Technologies", url: "/technologies/" }, { title: technology.title }])}
  <header class="guide-header">
    <p class="eyebrow">Technology · <a href="/technologies/#${technology.kind}">${technology.kindLabel}</a></p>
    <h1 data-pagefind-weight="10">${technology.title}</h1>
    <p class="lead">${technology.summaryHtml ?? technology.summary}</p>
    ${aliasLine(technology.aliases)}
    ${technology.homepage ? html`<p class="homepage" data-pagefind-ignore>Official site: <a href="${technology.homepage}" rel="external">${new URL(technology.homepage).hostname}</a></p>` : ""}
    ${guideDates(technology)}
  </header>
  ${searchData(technology, data.views.searchFacets(technology))}
  <section class="at-a-glance" aria-labelledby="used-by-heading" data-pagefind-ignore>
    <h2 id="used-by-heading">Roles that use it</h2>
    ${technology.usedBy.length > 0 ? tagList(technology.usedBy, "Roles") : html`<p>No role lists this technology yet.</p>`}
    ${technology.skills.length > 0 ? html`<h2 id="skills-heading">Skills</h2>${tagList(technology.skills, "Skills")}` : ""}
  </section>
  <div class="prose">
  ${technology.body}
  </div>
  ${reviewSources(technology)}
</article>`,
  });
}
