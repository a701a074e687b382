// The "where people go next" section of a role page: each role people commonly move to, with the skills it needs
// that this role does not list, and a link to the comparison of the two.
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { catalogueTranslator, type Messages } from "../../src/i18n/messages.ts";
import { guideLink } from "./links.ts";
import type { Role } from "../../src/content/model.ts";
import type { CompareData } from "../../src/compare/compare-data.ts";
import { skillsByImportance } from "../../src/compare/comparison-html.ts";
import type { Pathway } from "../../src/views/comparisons.ts";

/** The pathways from a role to the roles in its `movesTo`, or nothing when it names none. */
export function pathways(
  role: Pick<Role, "title">,
  paths: readonly Pathway[],
  lookup: Pick<CompareData, "skills" | "technologies">,
  m: Messages = catalogueTranslator(),
): SafeHtml | "" {
  if (paths.length === 0) return "";
  return html`<section class="pathways" aria-labelledby="pathways-heading" data-pagefind-ignore>
  <h2 id="pathways-heading">${m.t("pathways.heading")}</h2>
  <p>${m.t("pathways.intro")}</p>
  <ul class="pathway-list">
  ${paths.map(({ target, gap, size, levels, compareUrl }) => {
    const counts = levels.map(({ importance, count }) => m.t("pathways.levelCount", { count, importance: m.t(`importanceInText.${importance}`) }));
    return html`<li class="pathway">
    <h3 id="pathway-${target.slug}">${guideLink(target)}</h3>
    <p class="pathway__summary"${target.hreflang ? html` lang="${target.hreflang}"` : ""}>${target.summaryHtml ?? target.summary}</p>
    <p class="gap-size">${size === 0 ? m.t("pathways.noGap") : m.t("pathways.gap", { count: size, levels: counts.join(", ") })}</p>
    ${size === 0 ? "" : skillsByImportance(gap.skills, lookup, 4, "", (key, params) => m.t(key, params))}
    ${compareUrl ? html`<p class="pathway__compare"><a href="${compareUrl}">${m.t("pathways.compare", { from: role.title, to: target.title })}</a></p>` : ""}
  </li>`;
  })}
  </ul>
</section>`;
}
