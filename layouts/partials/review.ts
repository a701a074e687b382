// The sources a guide's last fact check used, on its page and in the feed (the check date itself is in guideDates).
import { html, type SafeHtml } from "../../src/lib/html.ts";
import type { GuideBase } from "../../src/content/model.ts";
import { dateTag } from "./links.ts";
import { catalogueTranslator, type Messages } from "../../src/i18n/messages.ts";
import { htmlMessage } from "../../src/i18n/html-message.ts";

/** The reviewer's sources as the article's footer; nothing when the guide lists none. */
export function reviewSources(guide: GuideBase, m: Messages = catalogueTranslator()): SafeHtml | "" {
  if (!guide.reviewed || guide.sources.length === 0) return "";
  return html`<footer class="guide-sources" data-pagefind-ignore>
    <p>${htmlMessage(m, "review.sources", { date: dateTag(guide.reviewed, m) })}</p>
    <ul>${guide.sources.map((source) => html`<li><a href="${source.url}" rel="external">${source.title}</a></li>`)}</ul>
  </footer>`;
}

/** The check date and sources as a feed entry carries them after the guide's text; nothing for a guide never reviewed. */
export function reviewNote(guide: GuideBase, m: Messages = catalogueTranslator()): SafeHtml | "" {
  if (!guide.reviewed) return "";
  return guide.sources.length > 0 ? reviewSources(guide, m) : html`<p>${htmlMessage(m, "review.checked", { date: dateTag(guide.reviewed, m) })}</p>`;
}
