// The body of a role comparison — shared skills, skills unique to each role, technologies and what it takes to move —
// rendered the same way by the static pair pages at build time and by the picker (compare.js) in the browser, so it
// lives here rather than in layouts/, which the browser script must not import.
import { html, trustedHtml, type HtmlValue, type SafeHtml } from "../lib/html.ts";
import { importanceOrder, type Importance } from "../schema/taxonomy.ts";
import type { Translate } from "../i18n/translate.ts";
import type { CompareData } from "./compare-data.ts";
import { gapSize, type Comparison, type SkillGap } from "./compare-roles.ts";
import type { LinkInfo, RoleProfile } from "./role-profile.ts";

/** Where a comparison sits on its page: the level of its section headings and a prefix that keeps its ids unique. */
export interface ComparisonPlacement {
  headingLevel: 2 | 3;
  idPrefix: string;
}

type Lookup = Pick<CompareData, "skills" | "technologies">;

/** The sections of a comparison of two or three roles, in the language of `t`. */
export function comparisonView(comparison: Comparison, lookup: Lookup, placement: ComparisonPlacement, t: Translate): SafeHtml {
  const { roles } = comparison;
  const level = placement.headingLevel;
  const id = (name: string) => `${placement.idPrefix}${name}`;
  const pair = roles.length === 2;
  return html`<div class="comparison">
<section class="comparison__section" aria-labelledby="${id("shared-skills")}">
  ${heading(level, id("shared-skills"), t(pair ? "comparison.sharedSkillsPair" : "comparison.sharedSkillsMany"))}
  ${
    comparison.sharedSkills.length === 0
      ? html`<p>${t("comparison.noSharedSkills")}</p>`
      : // The ARIA roles repeat the table's own on purpose: narrow screens restyle the rows as blocks (see _compare.css),
        // which makes some browsers stop treating it as a table.
        html`<!-- [html-validate-disable-block no-redundant-role: narrow screens restyle the rows as blocks] -->
  <table class="comparison-table" role="table">
    <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">${t("comparison.skill")}</th>${roles.map((role) => html`<th scope="col" role="columnheader">${role.title}</th>`)}</tr></thead>
    <tbody role="rowgroup">${comparison.sharedSkills.map((row) => html`<tr role="row"><th scope="row" role="rowheader">${link(lookup.skills, row.skill)}</th>${row.importance.map((importance, index) => html`<td role="cell" data-role="${roles[index]?.title}">${levelBadge(importance, t)}</td>`)}</tr>`)}</tbody>
  </table>`
  }
</section>
<section class="comparison__section" aria-labelledby="${id("unique-skills")}">
  ${heading(level, id("unique-skills"), t("comparison.uniqueSkills"))}
  <div class="comparison-columns">
  ${roles.map((role, index) => roleColumn(role, level + 1, id(`unique-${role.slug}`), uniqueSkills(comparison.uniqueSkills[index], lookup, level + 2, t)))}
  </div>
</section>
<section class="comparison__section" aria-labelledby="${id("technologies")}">
  ${heading(level, id("technologies"), t("comparison.technologies"))}
  ${heading(level + 1, id("shared-technologies"), t(pair ? "comparison.sharedTechnologiesPair" : "comparison.sharedTechnologiesMany"))}
  ${
    comparison.sharedTechnologies.length === 0
      ? html`<p>${t("comparison.noSharedTechnologies")}</p>`
      : linkList(
          lookup.technologies,
          comparison.sharedTechnologies.map((row) => row.technology),
          pair ? "" : (row) => usedByNote(roles, comparison.sharedTechnologies.find((shared) => shared.technology === row)?.usedBy ?? []),
        )
  }
  <div class="comparison-columns">
  ${roles.map((role, index) => roleColumn(role, level + 1, id(`technologies-${role.slug}`), (comparison.uniqueTechnologies[index] ?? []).length === 0 ? html`<p>${t(pair ? "comparison.nothingUniquePair" : "comparison.nothingUniqueMany")}</p>` : linkList(lookup.technologies, comparison.uniqueTechnologies[index] ?? []), t))}
  </div>
</section>
<section class="comparison__section" aria-labelledby="${id("moves")}">
  ${heading(level, id("moves"), t("comparison.moves"))}
  <p>${t("comparison.movesIntro")}</p>
  <div class="comparison-columns">
  ${comparison.moves.map((gap) => moveColumn(gap, roles, lookup, level + 1, id(`move-${gap.from}-to-${gap.to}`), t))}
  </div>
</section>
</div>`;
}

/** A role's skills grouped under headings by importance, or a note when it has none in that grouping. */
export function skillsByImportance(skills: Record<Importance, string[]>, lookup: Lookup, headingLevel: number, empty: string, t: Translate): SafeHtml {
  const levels = importanceOrder.filter((importance) => skills[importance].length > 0);
  if (levels.length === 0) return html`<p>${empty}</p>`;
  return html`${levels.map(
    (importance) => html`<div class="level-group level-group--${importance}">
  ${heading(headingLevel, undefined, html`${levelBadge(importance, t)} <span class="count">(${skills[importance].length})</span>`)}
  ${linkList(lookup.skills, skills[importance])}
</div>`,
  )}`;
}

/** The importance of a skill as a labelled badge whose shape, not only its colour, tells the levels apart. */
export function levelBadge(importance: Importance | undefined, t: Translate): SafeHtml {
  return importance
    ? html`<span class="level level--${importance}">${t(`importance.${importance}`)}</span>`
    : html`<span class="level level--none">${t("comparison.notListed")}</span>`;
}

function uniqueSkills(skills: Record<Importance, string[]> | undefined, lookup: Lookup, headingLevel: number, t: Translate): SafeHtml {
  return skillsByImportance(skills ?? { required: [], recommended: [], niceToHave: [] }, lookup, headingLevel, t("comparison.noUniqueSkills"), t);
}

/** A column of one role; with `t`, its heading reads "Only <role>". */
function roleColumn(role: RoleProfile, headingLevel: number, id: string, body: HtmlValue, only?: Translate): SafeHtml {
  const name = roleLink(role);
  return html`<section class="comparison-column" aria-labelledby="${id}">
  ${heading(headingLevel, id, only ? htmlText(only("comparison.only", { role: marker }), name) : name)}
  ${body}
</section>`;
}

function moveColumn(gap: SkillGap, roles: readonly RoleProfile[], lookup: Lookup, headingLevel: number, id: string, t: Translate): SafeHtml {
  const from = roles.find((role) => role.slug === gap.from);
  const to = roles.find((role) => role.slug === gap.to);
  const size = gapSize(gap);
  return html`<section class="comparison-column" aria-labelledby="${id}">
  ${heading(headingLevel, id, t("comparison.fromTo", { from: from?.title ?? gap.from, to: to?.title ?? gap.to }))}
  <p class="gap-size">${size === 0 ? t("comparison.noNewSkills") : t("comparison.newSkills", { count: size })}</p>
  ${size === 0 ? "" : skillsByImportance(gap.skills, lookup, headingLevel + 1, "", t)}
  ${
    gap.deepen.length === 0
      ? ""
      : html`<p class="gap-size">${t("comparison.deepen", { count: gap.deepen.length })}</p>
  <ul class="noted-list">${gap.deepen.map((item) => html`<li>${link(lookup.skills, item.skill)} <span class="noted-list__note">${t("comparison.levelChange", { from: t(`importanceInText.${item.from}`), to: t(`importanceInText.${item.to}`) })}</span></li>`)}</ul>`
  }
</section>`;
}

/** Stands for a link inside a message's text, so the text around it can be escaped. */
const marker = "\uE000";

/** A message's text with `value` in place of the marker, the text escaped. */
function htmlText(text: string, value: SafeHtml): SafeHtml {
  const [before = "", after = ""] = text.split(marker);
  return html`${before}${value}${after}`;
}

/** A link to a role's page; to its original, with its language, when the role is not yet translated. */
function roleLink(role: RoleProfile): SafeHtml {
  return role.hreflang
    ? html`<a href="${role.url}" hreflang="${role.hreflang}"><span lang="${role.hreflang}">${role.title}</span></a>`
    : html`<a href="${role.url}">${role.title}</a>`;
}

function usedByNote(roles: readonly RoleProfile[], usedBy: readonly boolean[]): string {
  return roles
    .filter((_, index) => usedBy[index])
    .map((role) => role.title)
    .join(", ");
}

function linkList(links: Record<string, LinkInfo>, slugs: readonly string[], note: "" | ((slug: string) => string) = ""): SafeHtml {
  if (!note) return html`<ul class="tag-list">${slugs.map((slug) => html`<li>${link(links, slug)}</li>`)}</ul>`;
  return html`<ul class="noted-list">${slugs.map((slug) => html`<li>${link(links, slug)} <span class="noted-list__note">${note(slug)}</span></li>`)}</ul>`;
}

function link(links: Record<string, LinkInfo>, slug: string): SafeHtml {
  const info = Object.hasOwn(links, slug) ? links[slug] : undefined;
  if (!info) return html`${slug}`;
  return info.hreflang
    ? html`<a href="${info.url}" hreflang="${info.hreflang}"><span lang="${info.hreflang}">${info.title}</span>${info.languageNote ? html` <span class="language-note">${info.languageNote}</span>` : ""}</a>`
    : html`<a href="${info.url}">${info.title}</a>`;
}

function heading(level: number, id: string | undefined, content: HtmlValue): SafeHtml {
  // The tag name is built from a number, never from content.
  const tag = trustedHtml(`h${Math.min(Math.max(Math.trunc(level), 2), 6)}`);
  return html`<${tag}${id ? html` id="${id}"` : ""}>${content}</${tag}>`;
}
