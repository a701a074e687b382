// The list of every technology, grouped by kind.
import { html } from "../src/lib/html.ts";
import type { PageData } from "../src/site/page-data.ts";
import { renderPage } from "./base.ts";
import { breadcrumbs, guideList } from "./partials/links.ts";

export const data = { permalink: "/technologies/index.html" };

export default function render(data: PageData): string {
  const { technologies, technologiesByKind } = data.guides;
  return renderPage(data, {
    title: "Technologies",
    description: `${technologies.length} languages, frameworks, databases, tools and platforms that developer roles use.`,
    section: "technologies",
    main: html`${breadcrumbs([{ title: "Home", url: "/" }, { title: "Technologies" }])}
<h1>Technologies</h1>
<p class="lead">${technologies.length} languages, frameworks, databases, tools, platforms and standards, and the roles that use them.</p>
<nav class="jump-list" aria-label="Kinds"><ul>${technologiesByKind.map((group) => html`<li><a href="#${group.key}">${group.label}</a></li>`)}</ul></nav>
${technologiesByKind.map((group) => html`<section class="group" aria-labelledby="${group.key}">
  <h2 id="${group.key}">${group.label} <span class="count">(${group.items.length})</span></h2>
  ${guideList(group.items)}
</section>`)}`,
  });
}
