// The home page: what the site is, and every role.
import { html } from "../src/lib/html.ts";
import type { PaginatedData } from "../src/site/page-data.ts";
import type { Edition } from "../src/i18n/editions.ts";
import { editionPage } from "../src/site/editions-data.ts";
import { localPath, messagesOf, perEdition } from "./partials/edition.ts";
import { renderPage } from "./base.ts";
import { guideList } from "./partials/links.ts";

type Data = PaginatedData<"edition", Edition>;

export const data = { pagination: perEdition, permalink: (data: Data) => `${data.edition.language.prefix}index.html` };

export default function render(page: Data): string {
  const data = editionPage(page, page.edition);
  const m = messagesOf(data);
  const { guides, site } = data;
  return renderPage(data, {
    title: site.name,
    description: site.description,
    section: "home",
    main: html`<div class="home">
  <header class="hero">
    <h1>${site.heading}</h1>
    <p class="lead">${site.description}</p>
    <p class="hero-stats">${m.t("home.roleCount", { count: guides.roles.length })} · <a href="${localPath(data, "/skills/")}">${m.t("home.skillCount", { count: guides.skills.length })}</a> · <a href="${localPath(data, "/technologies/")}">${m.t("home.technologyCount", { count: guides.technologies.length })}</a></p>
  </header>
  <section aria-labelledby="roles-heading">
    <h2 id="roles-heading">${m.t("home.rolesHeading")}</h2>
    ${guideList(guides.roles, { className: "card-list" })}
  </section>
</div>`,
  });
}
