// Small pieces shared by page templates: lists of linked guides, dates, tags.
import { html, type SafeHtml } from "../../src/lib/html.ts";
import type { GuideBase, GuideLink } from "../../src/content/model.ts";
import { catalogueTranslator, type Messages } from "../../src/i18n/messages.ts";
import { htmlMessage } from "../../src/i18n/html-message.ts";

/**
 * A link to a guide. A guide not yet translated into the page's language is linked in its original language: the link
 * says so with `hreflang`, its title with `lang`, and a visible note like "(Englisch)".
 */
export function guideLink(link: Pick<GuideLink, "url" | "title" | "hreflang" | "languageNote">): SafeHtml {
  if (!link.hreflang) return html`<a href="${link.url}">${link.title}</a>`;
  return html`<a href="${link.url}" hreflang="${link.hreflang}"><span lang="${link.hreflang}">${link.title}</span> <span class="language-note">${link.languageNote}</span></a>`;
}

/** A guide's title, marked with its language when it is not the page's (a guide not yet translated). */
export function titleOf(guide: Pick<GuideLink, "title" | "hreflang">): SafeHtml {
  return guide.hreflang ? html`<span lang="${guide.hreflang}">${guide.title}</span>` : html`${guide.title}`;
}

/** A list of guide links with their summaries, or nothing when the list is empty. */
export function guideList(links: readonly GuideLink[], options: { summaries?: boolean; className?: string } = {}): SafeHtml | "" {
  if (links.length === 0) return "";
  const summaries = options.summaries ?? true;
  return html`<ul class="${options.className ?? "guide-list"}">${links.map(
    (link) =>
      html`<li>${guideLink(link)}${summaries ? html`<p${link.hreflang ? html` lang="${link.hreflang}"` : ""}>${link.summaryHtml ?? link.summary}</p>` : ""}</li>`,
  )}</ul>`;
}

/** A compact, comma-free list of linked tags. */
export function tagList(links: readonly GuideLink[], label: string): SafeHtml | "" {
  if (links.length === 0) return "";
  return html`<ul class="tag-list" aria-label="${label}">${links.map((link) => html`<li>${guideLink(link)}</li>`)}</ul>`;
}

/** A date as a <time> element: machine-readable attribute, readable text in the page's language. */
export function dateTag(value: string, m: Messages = catalogueTranslator()): SafeHtml {
  return html`<time datetime="${value}">${m.date(value)}</time>`;
}

/** The published and updated dates of a guide, and the day its facts were last checked. */
export function guideDates(guide: GuideBase, m: Messages = catalogueTranslator()): SafeHtml {
  const separator = m.t("guide.dateSeparator");
  return html`<p class="guide-dates">${htmlMessage(m, "guide.published", { date: dateTag(guide.published, m) })}${guide.updated ? html`${separator}${htmlMessage(m, "guide.updated", { date: dateTag(guide.updated, m) })}` : ""}${guide.reviewed ? html`${separator}${htmlMessage(m, "guide.reviewed", { date: dateTag(guide.reviewed, m) })}` : ""}</p>`;
}

/** "Also called" aliases line, weighted for search. */
export function aliasLine(aliases: readonly string[], m: Messages = catalogueTranslator()): SafeHtml | "" {
  if (aliases.length === 0) return "";
  return html`<p class="aliases">${m.t("guide.alsoCalled")} <span data-pagefind-weight="8">${aliases.join(", ")}</span></p>`;
}

/** A breadcrumb trail from the home page to the current page. */
export function breadcrumbs(trail: ReadonlyArray<{ title: string; url?: string }>, m: Messages = catalogueTranslator()): SafeHtml {
  return html`<nav class="breadcrumbs" aria-label="${m.t("site.breadcrumb")}"><ol>${trail.map((step) =>
    step.url ? html`<li><a href="${step.url}">${step.title}</a></li>` : html`<li><span aria-current="page">${step.title}</span></li>`,
  )}</ol></nav>`;
}
