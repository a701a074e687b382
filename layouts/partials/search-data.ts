// The hidden Pagefind attributes that give a guide page its search filters, metadata and sort keys.
import { html, type SafeHtml } from "../../src/lib/html.ts";
import type { GuideBase } from "../../src/content/model.ts";

/** One filter value, read by Pagefind from an attribute so that any text is safe as a value. */
function filter(name: string, value: string): SafeHtml {
  return html`<span data-pagefind-filter="${name}[data-value]" data-value="${value}"></span>`;
}

/** The search metadata, sort keys and filters for one guide page. */
export function searchData(guide: GuideBase, type: "Role" | "Skill" | "Technology", filters: Record<string, readonly string[]>): SafeHtml {
  return html`<div hidden data-pagefind-meta="type[data-type], summary[data-summary], updated[data-updated]" data-type="${type}" data-summary="${guide.summary}" data-updated="${guide.lastModified}" data-pagefind-sort="title[data-title], updated[data-updated]" data-title="${guide.title.toLowerCase()}">
${filter("type", type)}${Object.entries(filters).flatMap(([name, values]) => values.map((value) => filter(name, value)))}
</div>`;
}
