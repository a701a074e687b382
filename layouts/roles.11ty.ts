// The list of every role.
import { html } from "../src/lib/html.ts";
import type { PaginatedData } from "../src/site/page-data.ts";
import type { Edition } from "../src/i18n/editions.ts";
import { editionPage } from "../src/site/editions-data.ts";
import { localPath, messagesOf, perEdition } from "./partials/edition.ts";
import { renderPage } from "./base.ts";
import { breadcrumbs, guideList } from "./partials/links.ts";
import { roleSimilarityChart } from "./partials/charts.ts";

type Data = PaginatedData<"edition", Edition>;

export const data = { pagination: perEdition, permalink: (data: Data) => `${data.edition.language.prefix}roles/index.html` };

export default function render(page: Data): string {
  const data = editionPage(page, page.edition);
  const m = messagesOf(data);
  const { roles } = data.guides;
  return renderPage(data, {
    title: m.t("nav.roles"),
    description: m.t("lists.rolesDescription", { count: roles.length }),
    section: "roles",
    main: html`${breadcrumbs([{ title: m.t("site.home"), url: localPath(data, "/") }, { title: m.t("nav.roles") }], m)}
<h1>${m.t("nav.roles")}</h1>
<p class="lead">${m.t("lists.rolesLead")}</p>
${guideList(roles, { className: "card-list" })}
${roleSimilarityChart(data.views.roleSimilarity, m)}`,
  });
}
