// The site footer: what the site is and, on guide pages, when the guide changed and where to edit it.
import { html, type SafeHtml } from "../../src/lib/html.ts";
import type { PageData } from "../../src/page-data.ts";
import type { PageOptions } from "../base.ts";

/** The footer shown on every page. */
export function pageFooter(data: PageData, _options: PageOptions): SafeHtml {
  return html`<footer class="site-footer">
  <p>${data.site.name} — ${data.site.description}</p>
</footer>`;
}
