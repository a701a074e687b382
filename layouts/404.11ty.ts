// The page static hosts serve for a URL that does not exist.
import { html } from "../src/lib/html.ts";
import type { PageData } from "../src/site/page-data.ts";
import { htmlMessage } from "../src/i18n/html-message.ts";
import { messagesOf } from "./partials/edition.ts";
import { renderPage } from "./base.ts";

export const data = { permalink: "/404.html" };

// Hosts serve one page for every missing address, whatever its language: the default language's.
export default function render(data: PageData): string {
  const m = messagesOf(data);
  return renderPage(data, {
    title: m.t("notFound.title"),
    description: m.t("notFound.description"),
    main: html`<h1>${m.t("notFound.title")}</h1>
<p class="lead">${m.t("notFound.lead")}</p>
<ul>
  <li>${htmlMessage(m, "notFound.browse", { roles: html`<a href="/roles/">${m.t("search.rolesLink")}</a>`, skills: html`<a href="/skills/">${m.t("search.skillsLink")}</a>`, technologies: html`<a href="/technologies/">${m.t("search.technologiesLink")}</a>` })}</li>
  <li>${m.t("notFound.search")}</li>
</ul>`,
  });
}
