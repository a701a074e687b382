// Small charts drawn from the model at build time: how many roles need a skill, how close the roles are to each other,
// and what two roles share by category. Each is either a short picture with a one-sentence name beside a text list
// the page already has, or a table that is its own text equivalent, with bars and shading for the eye.
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { importanceLevels, importanceOrder, skillCategories, type Importance, type SkillCategory } from "../../src/schema/index.ts";
import type { Role, Skill, SkillLink } from "../../src/content/model.ts";
import { pairPath, relatedPairs, skillOverlap } from "../../src/compare/related-roles.ts";
import { roleProfile } from "../../src/compare/role-profile.ts";

/** A horizontal bar, `value` of `max`, stretched to its cell by CSS; `align` says which end it grows from. */
function bar(value: number, max: number, kind: string, align: "start" | "middle" | "end" = "start"): SafeHtml {
  const width = Math.max(1, max);
  const x = align === "start" ? 0 : align === "end" ? width - value : (width - value) / 2;
  return html`<svg class="chart__bar" viewBox="0 0 ${width} 1" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="chart__track" width="${width}" height="1"/>${value > 0 ? html`<rect class="chart__fill chart__fill--${kind}" x="${x}" width="${value}" height="1"/>` : ""}</svg>`;
}

/**
 * On a skill page: how many of the site's roles need the skill at each importance, as bars out of all roles. A picture
 * with a one-sentence name; the list of the roles by importance below it is the full text equivalent.
 */
export function skillDemandChart(skill: Pick<Skill, "neededBy">, roleCount: number): SafeHtml | "" {
  const counts = importanceOrder.map((importance) => ({ importance, count: skill.neededBy[importance].length }));
  const total = counts.reduce((sum, { count }) => sum + count, 0);
  if (total === 0 || roleCount === 0) return "";
  const summary = `Needed by ${total} of ${roleCount} roles: ${counts.map(({ importance, count }) => `${count} ${importanceLevels[importance].toLowerCase()}`).join(", ")}`;
  return html`<figure class="chart">
  <div class="demand-chart" role="img" aria-label="${summary}">
    ${counts.map(({ importance, count }) => html`<span>${importanceLevels[importance]}</span>${bar(count, roleCount, importance)}<span class="demand-chart__value">${count} of ${roleCount} roles</span>`)}
  </div>
</figure>`;
}

/** The shading step (0 to 5) of a share of shared skills: one step per ten percentage points, 50% and more the darkest. */
export function heatStep(share: number): number {
  return Math.min(5, Math.floor(Math.round(share * 100) / 10));
}

/**
 * On the roles list: a table of every pair of roles, each cell the share of skills the two have in common, shaded
 * like a heat map; a cell links to the pair's comparison page when the site builds one.
 */
export function roleSimilarityChart(roles: readonly Role[]): SafeHtml | "" {
  if (roles.length < 2) return "";
  const profiles = roles.map(roleProfile);
  const compared = new Set(relatedPairs(profiles).map(([a, b]) => pairPath(a.slug, b.slug)));
  const cell = (row: Role, column: Role, index: number, columnIndex: number) => {
    if (row.slug === column.slug) return html`<td class="heat--self"><span><span aria-hidden="true">–</span><span class="visually-hidden">same role</span></span></td>`;
    const [first, second] = [profiles[index], profiles[columnIndex]];
    const share = first && second ? skillOverlap(first, second) : 0;
    const percent = `${Math.round(share * 100)}%`;
    const path = pairPath(row.slug, column.slug);
    return html`<td class="heat--${heatStep(share)}">${compared.has(path)
      ? html`<a href="${path}" aria-label="${percent}: compare ${row.title} with ${column.title}">${percent}</a>`
      : html`<span>${percent}</span>`}</td>`;
  };
  // The table scrolls sideways on narrow screens, so its container is a named region that takes focus for keyboards.
  return html`<div class="chart chart--similarity">
  <h2 id="similarity-heading">How close the roles are</h2>
  <p>Each number is the share of skills two roles have in common: the skills both list, out of all the skills either lists. The stronger the colour, the closer the roles; a linked number opens the two roles' comparison.</p>
  <section class="chart__scroll" aria-labelledby="similarity-heading" tabindex="0">
    <table class="similarity">
      <caption class="visually-hidden">Share of skills in common, for every pair of roles</caption>
      <thead><tr><td></td>${roles.map((role) => html`<th scope="col"><span>${role.title}</span></th>`)}</tr></thead>
      <tbody>
      ${roles.map((row, index) => html`<tr><th scope="row"><a href="${row.url}">${row.title}</a></th>${roles.map((column, columnIndex) => cell(row, column, index, columnIndex))}</tr>
      `)}</tbody>
    </table>
  </section>
  <ul class="similarity-legend" aria-label="Shading">
    ${[0, 1, 2, 3, 4, 5].map((step) => html`<li class="heat--${step}">${step === 5 ? "50% or more" : `${step * 10}–${step * 10 + 9}%`}</li>`)}
  </ul>
</div>`;
}

/** How many skills of each category only the first role lists, both list, and only the second lists. */
export interface CategorySplit {
  category: SkillCategory;
  label: string;
  onlyFirst: number;
  shared: number;
  onlySecond: number;
}

/** Splits two roles' skills into only-first, shared and only-second, counted by category in the skills index's order. */
export function categorySplit(a: Pick<Role, "skills">, b: Pick<Role, "skills">): CategorySplit[] {
  const skillsOf = (role: Pick<Role, "skills">): SkillLink[] => importanceOrder.flatMap((importance: Importance) => role.skills[importance]);
  const [first, second] = [skillsOf(a), skillsOf(b)];
  const [firstSlugs, secondSlugs] = [new Set(first.map((skill) => skill.slug)), new Set(second.map((skill) => skill.slug))];
  return (Object.keys(skillCategories) as SkillCategory[])
    .map((category) => ({
      category,
      label: skillCategories[category],
      onlyFirst: first.filter((skill) => skill.category === category && !secondSlugs.has(skill.slug)).length,
      shared: first.filter((skill) => skill.category === category && secondSlugs.has(skill.slug)).length,
      onlySecond: second.filter((skill) => skill.category === category && !firstSlugs.has(skill.slug)).length,
    }))
    .filter((row) => row.onlyFirst + row.shared + row.onlySecond > 0);
}

/**
 * On a comparison page: the skills only one role lists, both list, and only the other lists, by category — a table
 * (its own text equivalent) with a bar in each cell, the first role's bars growing towards the shared column from the
 * left and the second's away from it to the right. On screens too narrow for its columns it scrolls sideways in its own
 * focusable region rather than widening the page.
 */
export function comparisonChart(a: Role, b: Role): SafeHtml {
  const rows = categorySplit(a, b);
  const max = Math.max(1, ...rows.flatMap((row) => [row.onlyFirst, row.shared, row.onlySecond]));
  const sum = (key: "onlyFirst" | "shared" | "onlySecond") => rows.reduce((total, row) => total + row[key], 0);
  return html`<figure class="chart chart--split">
  <section class="chart__scroll" aria-labelledby="split-chart-caption" tabindex="0">
    <table class="split-chart">
      <caption id="split-chart-caption">Skills by category: those only ${a.title} lists, those both list, and those only ${b.title} lists.</caption>
      <thead><tr><th scope="col">Category</th><th scope="col" class="split-chart__first">Only ${a.title}</th><th scope="col" class="split-chart__shared">Both</th><th scope="col">Only ${b.title}</th></tr></thead>
      <tbody>
      ${rows.map((row) => html`<tr><th scope="row">${row.label}</th><td class="split-chart__first">${row.onlyFirst}${bar(row.onlyFirst, max, "a", "end")}</td><td class="split-chart__shared">${row.shared}${bar(row.shared, max, "shared", "middle")}</td><td>${row.onlySecond}${bar(row.onlySecond, max, "b")}</td></tr>
      `)}</tbody>
      <tfoot><tr><th scope="row">All skills</th><td class="split-chart__first">${sum("onlyFirst")}</td><td class="split-chart__shared">${sum("shared")}</td><td>${sum("onlySecond")}</td></tr></tfoot>
    </table>
  </section>
</figure>`;
}
