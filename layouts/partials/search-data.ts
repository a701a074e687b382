// The hidden Pagefind attributes that give a guide page its search filters, metadata and sort keys; the filter values
// come from src/views/search-filters.ts.
import { html, type SafeHtml } from "../../src/lib/html.ts";
import type { GuideBase } from "../../src/content/model.ts";
import type { SearchFacets } from "../../src/views/search-filters.ts";

/** One filter value, read by Pagefind from an attribute so that any text is safe as a value. */
function filter(name: string, value: string): SafeHtml {
  return html`<span data-pagefind-filter="${name}[data-value]" data-value="${value}"></span>`;
}

/** The search metadata, sort keys and filters for one guide page. */
export function searchData(guide: GuideBase, facets: SearchFacets): SafeHtml {
  const meta = ["type[data-type]", "summary[data-summary]", "updated[data-updated]", ...(guide.aliases.length > 0 ? ["aliases[data-aliases]"] : [])];
  return html`<div hidden data-pagefind-meta="${meta.join(", ")}" data-type="${facets.type}" data-summary="${guide.summary}" data-updated="${guide.lastModified}"${guide.aliases.length > 0 ? html` data-aliases="${guide.aliases.join(", ")}"` : ""} data-pagefind-sort="title[data-title], updated[data-updated]" data-title="${guide.title.toLowerCase()}">
${Object.entries(facets.filters).flatMap(([name, values]) => values.map((value) => filter(name, value)))}
</div>`;
}
