// One page for each pair of closely related roles, at /compare/<a>-vs-<b>/ (slugs in alphabetical order): the skills
// and technologies they share and do not, by importance, and what it takes to move from one to the other.
import { html } from "../src/lib/html.ts";
import type { Role } from "../src/content/model.ts";
import type { PageData, PaginatedData } from "../src/site/page-data.ts";
import { unlessBodiesOnly } from "../src/site/render-scope.ts";
import { compareData } from "../src/compare/compare-data.ts";
import { compareRoles } from "../src/compare/compare-roles.ts";
import { comparisonView } from "../src/compare/comparison-html.ts";
import { pairPath, relatedPairs, skillOverlap } from "../src/compare/related-roles.ts";
import { roleProfile, skillsOf, type RoleProfile } from "../src/compare/role-profile.ts";
import { renderPage } from "./base.ts";
import { breadcrumbs } from "./partials/links.ts";
import { comparisonChart } from "./partials/charts.ts";

type Pair = [RoleProfile, RoleProfile];
type Data = PaginatedData<"pair", Pair>;

export const data = {
  pagination: { data: "guides.roles", size: 1, alias: "pair", before: (roles: Role[], data: PageData): Pair[] => unlessBodiesOnly(relatedPairs(roles.map(roleProfile)), data.renderScope) },
  permalink: (data: Data) => `${pairPath(data.pair[0].slug, data.pair[1].slug)}index.html`,
};

export default function render(data: Data): string {
  const [a, b] = data.pair;
  const lookup = compareData(data.guides, "/");
  const comparison = compareRoles([a, b], lookup);
  const title = `${a.title} vs ${b.title}`;
  const sharedSkills = comparison.sharedSkills.length;
  const allSkills = new Set([...skillsOf(a), ...skillsOf(b)]).size;
  const sharedTech = comparison.sharedTechnologies.length;
  const allTech = new Set([...a.technologies, ...b.technologies]).size;
  const [roleA, roleB] = [roleNamed(data.guides.roles, a.slug), roleNamed(data.guides.roles, b.slug)];
  return renderPage(data, {
    title,
    description: `How the roles ${a.title} and ${b.title} differ: the skills and technologies they share, what is unique to each, and what it takes to move from one to the other.`,
    section: "compare",
    main: html`<article class="compare-page">
  ${breadcrumbs([{ title: "Home", url: "/" }, { title: "Compare", url: "/compare/" }, { title }])}
  <header class="guide-header">
    <p class="eyebrow">Compare roles</p>
    <h1>${a.title} <span class="compare-vs">vs</span> ${b.title}</h1>
    <p class="lead">What the two roles share, what sets each apart, and what it takes to move from one to the other.</p>
  </header>
  <div class="compare-summary">
    <ul class="compare-roles">${[a, b].map((role) => html`<li><a href="${role.url}">${role.title}</a><p>${role.summary}</p></li>`)}</ul>
    <p class="compare-overlap">They share ${sharedSkills} of their ${allSkills} skills (${Math.round(skillOverlap(a, b) * 100)}%) and ${sharedTech} of their ${allTech} technologies.</p>
  </div>
  <section class="comparison__section compare-chart" aria-labelledby="skills-by-category">
    <h2 id="skills-by-category">Skills by category</h2>
    ${comparisonChart(roleA, roleB)}
  </section>
  ${comparisonView(comparison, lookup, { headingLevel: 2, idPrefix: "" })}
  <p class="compare-more"><a href="/compare/?roles=${a.slug},${b.slug}">Compare them with a third role</a> · <a href="/compare/">All comparisons</a></p>
</article>`,
  });
}

/** The full role behind a comparison profile; the pair was built from these roles, so a miss is a bug. */
function roleNamed(roles: readonly Role[], slug: string): Role {
  const role = roles.find((candidate) => candidate.slug === slug);
  if (!role) throw new Error(`compare-pair: no role with slug "${slug}"`);
  return role;
}
