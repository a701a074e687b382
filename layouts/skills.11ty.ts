// The list of every skill, grouped by category.
import { html } from "../src/lib/html.ts";
import type { PageData } from "../src/site/page-data.ts";
import { renderPage } from "./base.ts";
import { breadcrumbs, guideList } from "./partials/links.ts";

export const data = { permalink: "/skills/index.html" };

export default function render(data: PageData): string {
  const { skills, skillsByCategory } = data.guides;
  return renderPage(data, {
    title: "Skills",
    description: `${skills.length} skills that developer roles need, grouped by category.`,
    section: "skills",
    main: html`${breadcrumbs([{ title: "Home", url: "/" }, { title: "Skills" }])}
<h1>Skills</h1>
<p class="lead">${skills.length} skills in ${skillsByCategory.length} categories. Each guide says what the skill is, why it matters, what it looks like at each level and how to practise it.</p>
<nav class="jump-list" aria-label="Categories"><ul>${skillsByCategory.map((group) => html`<li><a href="#${group.key}">${group.label}</a></li>`)}</ul></nav>
${skillsByCategory.map((group) => html`<section class="group" aria-labelledby="${group.key}">
  <h2 id="${group.key}">${group.label} <span class="count">(${group.items.length})</span></h2>
  ${guideList(group.items)}
</section>`)}`,
  });
}
