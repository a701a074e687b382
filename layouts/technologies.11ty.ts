// The list of every technology, grouped by kind.
import { html } from "../src/lib/html.ts";
import type { PaginatedData } from "../src/site/page-data.ts";
import type { Edition } from "../src/i18n/editions.ts";
import { editionPage } from "../src/site/editions-data.ts";
import { localPath, messagesOf, perEdition } from "./partials/edition.ts";
import { renderPage } from "./base.ts";
import { breadcrumbs, guideList } from "./partials/links.ts";

type Data = PaginatedData<"edition", Edition>;

export const data = { pagination: perEdition, permalink: (data: Data) => `${data.edition.language.prefix}technologies/index.html` };

export default function render(page: Data): string {
  const data = editionPage(page, page.edition);
  const m = messagesOf(data);
  const { technologies, technologiesByKind } = data.guides;
  return renderPage(data, {
    title: m.t("nav.technologies"),
    description: m.t("lists.technologiesDescription", { count: technologies.length }),
    section: "technologies",
    main: html`${breadcrumbs([{ title: m.t("site.home"), url: localPath(data, "/") }, { title: m.t("nav.technologies") }], m)}
<h1>${m.t("nav.technologies")}</h1>
<p class="lead">${m.t("lists.technologiesLead", { count: technologies.length })}</p>
<nav class="jump-list" aria-label="${m.t("lists.kindsLabel")}"><ul>${technologiesByKind.map((group) => html`<li><a href="#${group.key}">${group.label}</a></li>`)}</ul></nav>
${technologiesByKind.map(
  (group) => html`<section class="group" aria-labelledby="${group.key}">
  <h2 id="${group.key}">${group.label} <span class="count">(${m.number(group.items.length)})</span></h2>
  ${guideList(group.items)}
</section>`,
)}`,
  });
}
