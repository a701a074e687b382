// /compare/: every ready-made comparison of closely related roles, and a picker that compares any two or three roles
// in the browser (compare.js, from /compare/roles.json). The picker is a GET form of checkboxes: /compare/?roles=a,b,c,
// or the repeated ?role=a&role=b the form itself submits, which compare.js rewrites to ?roles=.
import { html } from "../src/lib/html.ts";
import type { PageData } from "../src/site/page-data.ts";
import { renderPage } from "./base.ts";
import { breadcrumbs } from "./partials/links.ts";

export const data = { permalink: "/compare/index.html" };

export default function render(data: PageData): string {
  const roles = data.guides.roles;
  const pairs = data.views.rolePairs;
  return renderPage(data, {
    title: "Compare roles",
    description: "Compare developer roles side by side: the skills and technologies they share, what sets each apart, and what it takes to move from one to another.",
    section: "compare",
    scripts: ["compare.js"],
    head: html`<link rel="preload" href="/compare/roles.json" as="fetch" crossorigin="anonymous" data-compare-data>\n`,
    main: html`<div class="compare-index">
  ${breadcrumbs([{ title: "Home", url: "/" }, { title: "Compare" }])}
  <h1>Compare roles</h1>
  <p class="lead">What two or three roles share, what sets each apart, and what it takes to move from one to another.</p>
  <form class="compare-picker" action="/compare/" method="get" data-compare-picker>
    <!-- [html-validate-disable form-dup-name: checkboxes sharing a name submit ?role=a&role=b] -->
    <fieldset>
      <legend>Pick two or three roles</legend>
      <ul class="check-list">
      ${roles.map((role) => html`<li><input type="checkbox" id="pick-${role.slug}" name="role" value="${role.slug}"><label for="pick-${role.slug}">${role.title}</label></li>`)}
      </ul>
    </fieldset>
    <button type="submit">Compare</button>
  </form>
  <noscript><p class="compare-noscript">Comparing roles you pick needs JavaScript, which is off or blocked. The ready-made comparisons below work without it.</p></noscript>
  <p class="compare-status" role="status" data-compare-status></p>
  <section class="compare-result" tabindex="-1" data-compare-result hidden></section>
  <section class="compare-pairs" aria-labelledby="pairs-heading">
    <h2 id="pairs-heading">Ready-made comparisons</h2>
    ${pairs.length === 0
      ? html`<p>No two roles are closely related yet.</p>`
      : html`<ul class="pair-list">${pairs.map(({ first, second, url }) => html`<li><a href="${url}">${first.title} <span class="compare-vs">vs</span> ${second.title}</a></li>`)}</ul>`}
    <p class="compare-rule">A ready-made comparison exists for two roles when either lists the other as a role people move to, or when they share at least 40% of their combined skills.</p>
  </section>
</div>`,
  });
}
