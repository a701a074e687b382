// The list of every skill, grouped by category.
import { html } from "../src/lib/html.ts";
import type { PaginatedData } from "../src/site/page-data.ts";
import type { Edition } from "../src/i18n/editions.ts";
import { editionPage } from "../src/site/editions-data.ts";
import { localPath, messagesOf, perEdition } from "./partials/edition.ts";
import { renderPage } from "./base.ts";
import { breadcrumbs, guideList } from "./partials/links.ts";

type Data = PaginatedData<"edition", Edition>;

export const data = { pagination: perEdition, permalink: (data: Data) => `${data.edition.language.prefix}skills/index.html` };

export default function render(page: Data): string {
  const data = editionPage(page, page.edition);
  const m = messagesOf(data);
  const { skills, skillsByCategory } = data.guides;
  return renderPage(data, {
    title: m.t("nav.skills"),
    description: m.t("lists.skillsDescription", { count: skills.length }),
    section: "skills",
    main: html`${breadcrumbs([{ title: m.t("site.home"), url: localPath(data, "/") }, { title: m.t("nav.skills") }], m)}
<h1>${m.t("nav.skills")}</h1>
<p class="lead">${m.t("lists.skillsLead", { skills: m.t("home.skillCount", { count: skills.length }), categories: m.t("lists.categoryCount", { count: skillsByCategory.length }) })}</p>
<nav class="jump-list" aria-label="${m.t("lists.categoriesLabel")}"><ul>${skillsByCategory.map((group) => html`<li><a href="#${group.key}">${group.label}</a></li>`)}</ul></nav>
${skillsByCategory.map(
  (group) => html`<section class="group" aria-labelledby="${group.key}">
  <h2 id="${group.key}">${group.label} <span class="count">(${m.number(group.items.length)})</span></h2>
  ${guideList(group.items)}
</section>`,
)}`,
  });
}
