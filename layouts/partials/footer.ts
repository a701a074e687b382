// The site footer: what the site is and, on guide pages, when the guide changed and where to edit it.
import { html, type SafeHtml } from "../../src/lib/html.ts";
import type { Guide } from "../../src/content/model.ts";
import type { PageData } from "../../src/site/page-data.ts";
import type { PageOptions } from "../base.ts";
import { dateTag } from "./links.ts";
import { messagesOf } from "./edition.ts";
import type { Messages } from "../../src/i18n/messages.ts";
import { htmlMessage } from "../../src/i18n/html-message.ts";

/** The footer shown on every page. */
export function pageFooter(data: PageData, options: PageOptions): SafeHtml {
  const m = messagesOf(data);
  return html`<footer class="site-footer">
  ${options.guide ? pageSource(options.guide, m) : ""}
  <p>${m.t("site.footer", { site: data.site.name, description: data.site.description })}</p>
</footer>`;
}

/** When a guide's source last changed and, when the repository is known, a link to edit it. */
function pageSource(guide: Guide, m: Messages): SafeHtml {
  return html`<div class="page-source">
    <p>${htmlMessage(m, "site.lastUpdated", { date: dateTag(guide.lastUpdated ?? guide.lastModified, m) })}</p>
    ${guide.editUrl ? html`<p><a class="page-source__edit" href="${guide.editUrl}">${m.t("site.editPage")}</a></p>` : ""}
  </div>`;
}
