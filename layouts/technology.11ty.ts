// One page per technology: the guide, its official home page, the roles that use it and the skills it serves.
import { html } from "../src/lib/html.ts";
import type { Technology } from "../src/content/model.ts";
import type { PaginatedData } from "../src/site/page-data.ts";
import { editionPage } from "../src/site/editions-data.ts";
import { editionGuides, localPath, messagesOf, type EditionGuide } from "./partials/edition.ts";
import { renderPage } from "./base.ts";
import { aliasLine, breadcrumbs, guideDates, tagList } from "./partials/links.ts";
import { reviewSources } from "./partials/review.ts";
import { searchData } from "./partials/search-data.ts";

type Data = PaginatedData<"entry", EditionGuide<Technology>>;

export const data = {
  // One page per technology in every language it is written in: all in the default language, the translated ones in others.
  pagination: { data: "editions", size: 1, alias: "entry", before: editionGuides("technologies") },
  permalink: (data: Data) => `${data.entry.url}index.html`,
};

export default function render(entry: Data): string {
  const data = editionPage(entry, entry.entry.edition);
  const technology = entry.entry.guide;
  const m = messagesOf(data);
  return renderPage(data, {
    title: technology.title,
    description: technology.summary,
    guide: technology,
    section: "technologies",
    main: html`<article class="guide guide--technology" data-pagefind-body>
  ${breadcrumbs([{ title: m.t("site.home"), url: localPath(data, "/") }, { title: m.t("nav.technologies"), url: localPath(data, "/technologies/") }, { title: technology.title }], m)}
  <header class="guide-header">
    <p class="eyebrow">${m.t("guide.technology")} · <a href="${localPath(data, "/technologies/")}#${technology.kind}">${technology.kindLabel}</a></p>
    <h1 data-pagefind-weight="10">${technology.title}</h1>
    <p class="lead">${technology.summaryHtml ?? technology.summary}</p>
    ${aliasLine(technology.aliases, m)}
    ${technology.homepage ? html`<p class="homepage" data-pagefind-ignore>${m.t("technology.officialSite")} <a href="${technology.homepage}" rel="external">${new URL(technology.homepage).hostname}</a></p>` : ""}
    ${guideDates(technology, m)}
  </header>
  ${searchData(technology, data.views.searchFacets(technology))}
  <section class="at-a-glance" aria-labelledby="used-by-heading" data-pagefind-ignore>
    <h2 id="used-by-heading">${m.t("technology.usedByHeading")}</h2>
    ${technology.usedBy.length > 0 ? tagList(technology.usedBy, m.t("technology.usedByLabel")) : html`<p>${m.t("technology.usedByNone")}</p>`}
    ${technology.skills.length > 0 ? html`<h2 id="skills-heading">${m.t("technology.skillsHeading")}</h2>${tagList(technology.skills, m.t("technology.skillsHeading"))}` : ""}
  </section>
  <div class="prose">
  ${technology.body}
  </div>
  ${reviewSources(technology, m)}
</article>`,
  });
}
