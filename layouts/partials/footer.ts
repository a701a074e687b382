// The site footer: what the site is and, on guide pages, when the guide changed and where to edit it.
import { html, type SafeHtml } from "../../src/lib/html.ts";
import type { Guide } from "../../src/content/model.ts";
import type { PageData } from "../../src/site/page-data.ts";
import type { PageOptions } from "../base.ts";
import { dateTag } from "./links.ts";

/** The footer shown on every page. */
export function pageFooter(data: PageData, options: PageOptions): SafeHtml {
  return html`<footer class="site-footer">
  ${options.guide ? pageSource(options.guide) : ""}
  <p>${data.site.name} — ${data.site.description}</p>
</footer>`;
}

/** When a guide's source last changed and, when the repository is known, a link to edit it. */
function pageSource(guide: Guide): SafeHtml {
  return html`<div class="page-source">
    <p>Last updated ${dateTag(guide.lastUpdated ?? guide.lastModified)}</p>
    ${guide.editUrl ? html`<p><a class="page-source__edit" href="${guide.editUrl}">Edit this page</a></p>` : ""}
  </div>`;
}
