// The "where people go next" section of a role page: each role people commonly move to, with the skills it needs
// that this role does not list, and a link to the comparison of the two.
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { importanceLevels } from "../../src/schema/taxonomy.ts";
import type { Role } from "../../src/content/model.ts";
import type { CompareData } from "../../src/compare/compare-data.ts";
import { skillsByImportance } from "../../src/compare/comparison-html.ts";
import type { Pathway } from "../../src/views/comparisons.ts";

/** The pathways from a role to the roles in its `movesTo`, or nothing when it names none. */
export function pathways(role: Pick<Role, "title">, paths: readonly Pathway[], lookup: Pick<CompareData, "skills" | "technologies">): SafeHtml | "" {
  if (paths.length === 0) return "";
  return html`<section class="pathways" aria-labelledby="pathways-heading" data-pagefind-ignore>
  <h2 id="pathways-heading">Where people go next</h2>
  <p>Roles people in this role commonly move to, with the skills each one needs that this role does not list.</p>
  <ul class="pathway-list">
  ${paths.map(({ target, gap, size, levels, compareUrl }) => {
    const counts = levels.map(({ importance, count }) => `${count} ${importanceLevels[importance].toLowerCase()}`);
    return html`<li class="pathway">
    <h3 id="pathway-${target.slug}"><a href="${target.url}">${target.title}</a></h3>
    <p class="pathway__summary">${target.summaryHtml ?? target.summary}</p>
    <p class="gap-size">${size === 0 ? "No skills to add: this role already lists every skill it needs." : `${size} skill${size === 1 ? "" : "s"} to add: ${counts.join(", ")}`}</p>
    ${size === 0 ? "" : skillsByImportance(gap.skills, lookup, 4, "")}
    ${compareUrl ? html`<p class="pathway__compare"><a href="${compareUrl}">Compare ${role.title} with ${target.title}</a></p>` : ""}
  </li>`;
  })}
  </ul>
</section>`;
}
