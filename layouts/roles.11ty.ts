// The list of every role.
import { html } from "../src/lib/html.ts";
import type { PageData } from "../src/site/page-data.ts";
import { renderPage } from "./base.ts";
import { breadcrumbs, guideList } from "./partials/links.ts";
import { roleSimilarityChart } from "./partials/charts.ts";

export const data = { permalink: "/roles/index.html" };

export default function render(data: PageData): string {
  const { roles } = data.guides;
  return renderPage(data, {
    title: "Roles",
    description: `Guides to ${roles.length} developer roles: what each one does and what it takes to get there.`,
    section: "roles",
    main: html`${breadcrumbs([{ title: "Home", url: "/" }, { title: "Roles" }])}
<h1>Roles</h1>
<p class="lead">What each role does, the skills and technologies it needs, and how people get into it.</p>
${guideList(roles, { className: "card-list" })}
${roleSimilarityChart(data.views.roleSimilarity)}`,
  });
}
