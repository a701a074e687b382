// /compare/: every ready-made comparison of closely related roles, and a picker that compares any two or three roles
// in the browser (compare.js, from /compare/roles.json). The picker is a GET form of checkboxes: /compare/?roles=a,b,c,
// or the repeated ?role=a&role=b the form itself submits, which compare.js rewrites to ?roles=.
import { html } from "../src/lib/html.ts";
import type { PaginatedData } from "../src/site/page-data.ts";
import type { Edition } from "../src/i18n/editions.ts";
import { editionPage } from "../src/site/editions-data.ts";
import { localPath, messagesOf, perEdition } from "./partials/edition.ts";
import { renderPage } from "./base.ts";
import { breadcrumbs, titleOf } from "./partials/links.ts";

type Data = PaginatedData<"edition", Edition>;

export const data = { pagination: perEdition, permalink: (data: Data) => `${data.edition.language.prefix}compare/index.html` };

export default function render(page: Data): string {
  const data = editionPage(page, page.edition);
  const m = messagesOf(data);
  const roles = data.guides.roles;
  const pairs = data.views.rolePairs;
  const lang = (role: { hreflang?: string }) => (role.hreflang ? html` lang="${role.hreflang}"` : "");
  return renderPage(data, {
    title: m.t("compare.title"),
    description: m.t("compare.description"),
    section: "compare",
    scripts: ["compare.js"],
    head: html`<link rel="preload" href="${localPath(data, "/compare/roles.json")}" as="fetch" crossorigin="anonymous" data-compare-data>\n`,
    main: html`<div class="compare-index">
  ${breadcrumbs([{ title: m.t("site.home"), url: localPath(data, "/") }, { title: m.t("nav.compare") }], m)}
  <h1>${m.t("compare.title")}</h1>
  <p class="lead">${m.t("compare.lead")}</p>
  <form class="compare-picker" action="${localPath(data, "/compare/")}" method="get" data-compare-picker>
    <!-- [html-validate-disable form-dup-name: checkboxes sharing a name submit ?role=a&role=b] -->
    <fieldset>
      <legend>${m.t("compare.pickLegend")}</legend>
      <ul class="check-list">
      ${roles.map((role) => html`<li><input type="checkbox" id="pick-${role.slug}" name="role" value="${role.slug}"><label for="pick-${role.slug}"${lang(role)}>${role.title}</label></li>`)}
      </ul>
    </fieldset>
    <button type="submit">${m.t("compare.button")}</button>
  </form>
  <noscript><p class="compare-noscript">${m.t("compare.noscript")}</p></noscript>
  <p class="compare-status" role="status" data-compare-status></p>
  <section class="compare-result" tabindex="-1" data-compare-result hidden></section>
  <section class="compare-pairs" aria-labelledby="pairs-heading">
    <h2 id="pairs-heading">${m.t("compare.pairsHeading")}</h2>
    ${
      pairs.length === 0
        ? html`<p>${m.t("compare.noPairs")}</p>`
        : html`<ul class="pair-list">${pairs.map(({ first, second, url }) => html`<li><a href="${url}">${titleOf(first)} <span class="compare-vs">${m.t("compare.versus")}</span> ${titleOf(second)}</a></li>`)}</ul>`
    }
    <p class="compare-rule">${m.t("compare.pairRule")}</p>
  </section>
</div>`,
  });
}
