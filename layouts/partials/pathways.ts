// The "where people go next" section of a role page: each role people commonly move to, with the skills it needs
// that this role does not list, and a link to the comparison of the two.
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { importanceLevels, importanceOrder } from "../../src/schema/taxonomy.ts";
import type { Role, SiteModel } from "../../src/content/model.ts";
import { compareData } from "../../src/compare/compare-data.ts";
import { gapSize, skillGap } from "../../src/compare/compare-roles.ts";
import { skillsByImportance } from "../../src/compare/comparison-html.ts";
import { areCloselyRelated, pairPath } from "../../src/compare/related-roles.ts";
import { roleProfile } from "../../src/compare/role-profile.ts";

/** The pathways from a role to the roles in its `movesTo`, or nothing when it names none. */
export function pathways(role: Role, guides: SiteModel): SafeHtml | "" {
  const targets = role.movesTo.flatMap((link) => guides.roles.filter((candidate) => candidate.slug === link.slug));
  if (targets.length === 0) return "";
  const lookup = compareData(guides, "/");
  const from = roleProfile(role);
  return html`<section class="pathways" aria-labelledby="pathways-heading" data-pagefind-ignore>
  <h2 id="pathways-heading">Where people go next</h2>
  <p>Roles people in this role commonly move to, with the skills each one needs that this role does not list.</p>
  <ul class="pathway-list">
  ${targets.map((target) => {
    const to = roleProfile(target);
    const gap = skillGap(from, to);
    const size = gapSize(gap);
    const counts = importanceOrder.filter((importance) => gap.skills[importance].length > 0).map((importance) => `${gap.skills[importance].length} ${importanceLevels[importance].toLowerCase()}`);
    return html`<li class="pathway">
    <h3 id="pathway-${target.slug}"><a href="${target.url}">${target.title}</a></h3>
    <p class="pathway__summary">${target.summary}</p>
    <p class="gap-size">${size === 0 ? "No skills to add: this role already lists every skill it needs." : `${size} skill${size === 1 ? "" : "s"} to add: ${counts.join(", ")}`}</p>
    ${size === 0 ? "" : skillsByImportance(gap.skills, lookup, 4, "")}
    ${areCloselyRelated(from, to) ? html`<p class="pathway__compare"><a href="${pairPath(role.slug, target.slug)}">Compare ${role.title} with ${target.title}</a></p>` : ""}
  </li>`;
  })}
  </ul>
</section>`;
}
