// One page per skill: the guide, the roles that need it at each importance, and its technologies.
import { html } from "../src/lib/html.ts";
import { importanceOrder } from "../src/schema/index.ts";
import type { Skill } from "../src/content/model.ts";
import type { PaginatedData } from "../src/site/page-data.ts";
import { editionPage } from "../src/site/editions-data.ts";
import { editionGuides, localPath, messagesOf, type EditionGuide } from "./partials/edition.ts";
import { renderPage } from "./base.ts";
import { aliasLine, breadcrumbs, guideDates, tagList } from "./partials/links.ts";
import { reviewSources } from "./partials/review.ts";
import { searchData } from "./partials/search-data.ts";
import { skillDemandChart } from "./partials/charts.ts";

type Data = PaginatedData<"entry", EditionGuide<Skill>>;

export const data = {
  // One page per skill in every language it is written in: every skill in the default language, the translated ones in others.
  pagination: { data: "editions", size: 1, alias: "entry", before: editionGuides("skills") },
  permalink: (data: Data) => `${data.entry.url}index.html`,
};

export default function render(entry: Data): string {
  const data = editionPage(entry, entry.entry.edition);
  const skill = entry.entry.guide;
  const m = messagesOf(data);
  const importances = importanceOrder.filter((importance) => skill.neededBy[importance].length > 0);
  return renderPage(data, {
    title: skill.title,
    description: skill.summary,
    guide: skill,
    section: "skills",
    main: html`<article class="guide guide--skill" data-pagefind-body>
  ${breadcrumbs([{ title: m.t("site.home"), url: localPath(data, "/") }, { title: m.t("nav.skills"), url: localPath(data, "/skills/") }, { title: skill.title }], m)}
  <header class="guide-header">
    <p class="eyebrow">${m.t("guide.skill")} · <a href="${localPath(data, "/skills/")}#${skill.category}">${skill.categoryLabel}</a></p>
    <h1 data-pagefind-weight="10">${skill.title}</h1>
    <p class="lead">${skill.summaryHtml ?? skill.summary}</p>
    ${aliasLine(skill.aliases, m)}
    ${guideDates(skill, m)}
  </header>
  ${searchData(skill, data.views.searchFacets(skill))}
  <section class="at-a-glance" aria-labelledby="needed-by-heading" data-pagefind-ignore>
    <h2 id="needed-by-heading">${m.t("skill.neededByHeading")}</h2>
    ${skillDemandChart(data.views.skillDemand(skill), m)}
    ${importances.length === 0 ? html`<p>${m.t("skill.neededByNone")}</p>` : html`<dl class="needed-by">${importances.map((importance) => html`<dt>${m.t(`importance.${importance}`)}</dt><dd>${tagList(skill.neededBy[importance], m.t("skill.neededByAtLevel", { importance: m.t(`importanceInText.${importance}`) }))}</dd>`)}</dl>`}
    ${skill.prerequisites.length > 0 ? html`<h2 id="prerequisites-heading">${m.t("skill.prerequisitesHeading")}</h2>${tagList(skill.prerequisites, m.t("skill.prerequisitesLabel"))}` : ""}
    ${skill.technologies.length > 0 ? html`<h2 id="technologies-heading">${m.t("skill.technologiesHeading")}</h2>${tagList(skill.technologies, m.t("skill.technologiesHeading"))}` : ""}
  </section>
  <div class="prose">
  ${skill.body}
  </div>
  ${reviewSources(skill, m)}
</article>`,
  });
}
