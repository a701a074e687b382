// Small pieces shared by page templates: lists of linked guides, dates, tags.
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { readableDate } from "../../src/lib/dates.ts";
import type { GuideBase, GuideLink } from "../../src/content/model.ts";

/** A list of guide links with their summaries, or nothing when the list is empty. */
export function guideList(links: readonly GuideLink[], options: { summaries?: boolean; className?: string } = {}): SafeHtml | "" {
  if (links.length === 0) return "";
  const summaries = options.summaries ?? true;
  return html`<ul class="${options.className ?? "guide-list"}">${links.map(
    (link) => html`<li><a href="${link.url}">${link.title}</a>${summaries ? html`<p>${link.summaryHtml ?? link.summary}</p>` : ""}</li>`,
  )}</ul>`;
}

/** A compact, comma-free list of linked tags. */
export function tagList(links: readonly GuideLink[], label: string): SafeHtml | "" {
  if (links.length === 0) return "";
  return html`<ul class="tag-list" aria-label="${label}">${links.map((link) => html`<li><a href="${link.url}">${link.title}</a></li>`)}</ul>`;
}

/** A date as a <time> element: machine-readable attribute, readable text. */
export function dateTag(value: string): SafeHtml {
  return html`<time datetime="${value}">${readableDate(value)}</time>`;
}

/** The published and updated dates of a guide, and the day its facts were last checked. */
export function guideDates(guide: GuideBase): SafeHtml {
  return html`<p class="guide-dates">Published ${dateTag(guide.published)}${guide.updated ? html` · Updated ${dateTag(guide.updated)}` : ""}${guide.reviewed ? html` · Checked on ${dateTag(guide.reviewed)}` : ""}</p>`;
}

/** "Also called" aliases line, weighted for search. */
export function aliasLine(aliases: readonly string[]): SafeHtml | "" {
  if (aliases.length === 0) return "";
  return html`<p class="aliases">Also called <span data-pagefind-weight="8">${aliases.join(", ")}</span></p>`;
}

/** A breadcrumb trail from the home page to the current page. */
export function breadcrumbs(trail: ReadonlyArray<{ title: string; url?: string }>): SafeHtml {
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${trail.map((step) =>
    step.url ? html`<li><a href="${step.url}">${step.title}</a></li>` : html`<li><span aria-current="page">${step.title}</span></li>`,
  )}</ol></nav>`;
}
