// One page per role: what it is, the skills it needs by importance, its technologies, and the guide itself.
import { html } from "../src/lib/html.ts";
import { importanceOrder } from "../src/schema/index.ts";
import type { Role } from "../src/content/model.ts";
import type { PaginatedData } from "../src/site/page-data.ts";
import { editionPage } from "../src/site/editions-data.ts";
import { editionGuides, localPath, messagesOf, type EditionGuide } from "./partials/edition.ts";
import { renderPage } from "./base.ts";
import { aliasLine, breadcrumbs, guideDates, guideList, tagList } from "./partials/links.ts";
import { reviewSources } from "./partials/review.ts";
import { searchData } from "./partials/search-data.ts";
import { selfCheckSection } from "./partials/self-check.ts";
import { pathways } from "./partials/pathways.ts";
import { roadmap } from "./partials/roadmap.ts";

type Data = PaginatedData<"entry", EditionGuide<Role>>;

export const data = {
  // One page per role in every language it is written in: every role in the default language, the translated ones in others.
  pagination: { data: "editions", size: 1, alias: "entry", before: editionGuides("roles") },
  permalink: (data: Data) => `${data.entry.url}index.html`,
};

export default function render(entry: Data): string {
  const data = editionPage(entry, entry.entry.edition);
  const role = entry.entry.guide;
  const m = messagesOf(data);
  return renderPage(data, {
    title: role.title,
    description: role.summary,
    guide: role,
    section: "roles",
    stylesheet: "role.css",
    scriptsWhenNear: { "self-check.js": "[data-self-check]" },
    main: html`<article class="guide guide--role" data-pagefind-body>
  ${breadcrumbs([{ title: m.t("site.home"), url: localPath(data, "/") }, { title: m.t("nav.roles"), url: localPath(data, "/roles/") }, { title: role.title }], m)}
  <header class="guide-header">
    <p class="eyebrow">${m.t("guide.role")}</p>
    <h1 data-pagefind-weight="10">${role.title}</h1>
    <p class="lead">${role.summaryHtml ?? role.summary}</p>
    ${aliasLine(role.aliases, m)}
    ${guideDates(role, m)}
  </header>
  ${roadmap(role, data.views.roadmap(role), m)}
  ${searchData(role, data.views.searchFacets(role))}
  <section class="at-a-glance" aria-labelledby="skills-heading" data-pagefind-ignore>
    <h2 id="skills-heading">${m.t("role.skillsHeading")}</h2>
    <div class="importance-columns">
    ${importanceOrder
      .filter((importance) => role.skills[importance].length > 0)
      .map(
        (importance) => html`<section class="importance importance--${importance}" aria-labelledby="skills-${importance}">
      <h3 id="skills-${importance}">${m.t(`importance.${importance}`)} <span class="count">(${m.number(role.skills[importance].length)})</span></h3>
      ${tagList(role.skills[importance], m.t("role.skillsAtLevel", { importance: m.t(`importance.${importance}`) }))}
    </section>`,
      )}
    </div>
    ${role.technologies.length > 0 ? html`<h2 id="technologies-heading">${m.t("role.technologiesHeading")}</h2>${tagList(role.technologies, m.t("role.technologiesHeading"))}` : ""}
    ${role.worksWith.length > 0 ? html`<h2 id="works-with-heading">${m.t("role.worksWithHeading")}</h2>${guideList(role.worksWith, { summaries: false, className: "tag-list" })}` : ""}
  </section>
  ${selfCheckSection(role, m, localPath(data, "/me/"), data.edition.language.isDefault ? undefined : data.site.pathPrefix)}
  <div class="prose">
  ${role.body}
  </div>
  ${pathways(role, data.views.pathways(role), data.views.compareData, m)}
  ${reviewSources(role, m)}
</article>`,
  });
}
