// Small charts drawn at build time from src/views/charts.ts: how many roles need a skill, how close the roles are to each other,
// and what two roles share by category. Each is either a short picture with a one-sentence name beside a text list
// the page already has, or a table that is its own text equivalent, with bars and shading for the eye.
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { catalogueTranslator, type Messages } from "../../src/i18n/messages.ts";
import { guideLink } from "./links.ts";
import { htmlMessage } from "../../src/i18n/html-message.ts";
import type { Role } from "../../src/content/model.ts";
import type { SimilarityCell, SimilarityRow, SkillDemand, SkillSplit } from "../../src/views/charts.ts";

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
export function skillDemandChart(demand: SkillDemand, m: Messages = catalogueTranslator()): SafeHtml | "" {
  const { counts, total, roleCount } = demand;
  if (total === 0 || roleCount === 0) return "";
  const roles = m.t("charts.roleCount", { count: roleCount });
  const levels = counts.map(({ importance, count }) => m.t("pathways.levelCount", { count, importance: m.t(`importanceInText.${importance}`) })).join(", ");
  const summary = m.t("charts.demandSummary", { count: total, roles, levels });
  return html`<figure class="chart">
  <div class="demand-chart" role="img" aria-label="${summary}">
    ${counts.map(({ importance, count }) => html`<span>${m.t(`importance.${importance}`)}</span>${bar(count, roleCount, importance)}<span class="demand-chart__value">${m.t("charts.demandValue", { count, roles })}</span>`)}
  </div>
</figure>`;
}

/**
 * On the roles list: a table of every pair of roles, each cell the share of skills the two have in common, shaded
 * like a heat map; a cell links to the pair's comparison page when the site builds one.
 */
export function roleSimilarityChart(rows: readonly SimilarityRow[], m: Messages = catalogueTranslator()): SafeHtml | "" {
  if (rows.length < 2) return "";
  const cell = (row: Role, item: SimilarityCell) => {
    if (item.self)
      return html`<td class="heat--self"><span><span aria-hidden="true">–</span><span class="visually-hidden">${m.t("charts.sameRole")}</span></span></td>`;
    const percent = m.t("site.percent", { value: item.percent });
    return html`<td class="heat--${item.heat}">${
      item.compareUrl
        ? html`<a href="${item.compareUrl}" aria-label="${m.t("charts.similarityLink", { percent, from: row.title, to: item.column.title })}">${percent}</a>`
        : html`<span>${percent}</span>`
    }</td>`;
  };
  // The table scrolls sideways on narrow screens, so its container is a named region that takes focus for keyboards.
  return html`<div class="chart chart--similarity">
  <h2 id="similarity-heading">${m.t("charts.similarityHeading")}</h2>
  <p>${htmlMessage(m, "charts.similarityIntro")}</p>
  <section class="chart__scroll" aria-labelledby="similarity-heading" tabindex="0">
    <table class="similarity">
      <caption class="visually-hidden">${m.t("charts.similarityCaption")}</caption>
      <thead><tr><td></td>${rows.map(({ role }) => html`<th scope="col"><span${role.hreflang ? html` lang="${role.hreflang}"` : ""}>${role.title}</span></th>`)}</tr></thead>
      <tbody>
      ${rows.map(
        ({ role, cells }) => html`<tr><th scope="row">${guideLink(role)}</th>${cells.map((item) => cell(role, item))}</tr>
      `,
      )}</tbody>
    </table>
  </section>
  <ul class="similarity-legend" aria-label="${m.t("charts.shadingLabel")}">
    ${[0, 1, 2, 3, 4, 5].map((step) => html`<li class="heat--${step}">${step === 5 ? m.t("charts.shadingTop", { percent: m.t("site.percent", { value: 50 }) }) : m.t("charts.shadingRange", { from: step * 10, to: m.t("site.percent", { value: step * 10 + 9 }) })}</li>`)}
  </ul>
</div>`;
}

/**
 * On a comparison page: the skills only one role lists, both list, and only the other lists, by category — a table
 * (its own text equivalent) with a bar in each cell, the first role's bars growing towards the shared column from the
 * left and the second's away from it to the right. On screens too narrow for its columns it scrolls sideways in its own
 * focusable region rather than widening the page.
 */
export function comparisonChart(split: SkillSplit, a: Pick<Role, "title">, b: Pick<Role, "title">, m: Messages = catalogueTranslator()): SafeHtml {
  const { rows, max, totals } = split;
  return html`<figure class="chart chart--split">
  <section class="chart__scroll" aria-labelledby="split-chart-caption" tabindex="0">
    <table class="split-chart">
      <caption id="split-chart-caption">${m.t("charts.splitCaption", { first: a.title, second: b.title })}</caption>
      <thead><tr><th scope="col">${m.t("charts.category")}</th><th scope="col" class="split-chart__first">${m.t("charts.only", { role: a.title })}</th><th scope="col" class="split-chart__shared">${m.t("charts.both")}</th><th scope="col">${m.t("charts.only", { role: b.title })}</th></tr></thead>
      <tbody>
      ${rows.map(
        (
          row,
        ) => html`<tr><th scope="row">${row.label}</th><td class="split-chart__first">${row.onlyFirst}${bar(row.onlyFirst, max, "a", "end")}</td><td class="split-chart__shared">${row.shared}${bar(row.shared, max, "shared", "middle")}</td><td>${row.onlySecond}${bar(row.onlySecond, max, "b")}</td></tr>
      `,
      )}</tbody>
      <tfoot><tr><th scope="row">${m.t("charts.allSkills")}</th><td class="split-chart__first">${totals.onlyFirst}</td><td class="split-chart__shared">${totals.shared}</td><td>${totals.onlySecond}</td></tr></tfoot>
    </table>
  </section>
</figure>`;
}
