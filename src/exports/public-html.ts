// Rewrites the links in a guide's rendered text for use outside its page (feed entries, JSON exports).
import type { SiteLocation } from "../deploy/public-url.ts";

/** The filters Eleventy gives a JavaScript template as `this`; transformWithHtmlBase comes from the HTML base plugin. */
export interface TemplateFilters {
  transformWithHtmlBase(content: string, base?: string, pageUrl?: string): Promise<string>;
}

/**
 * A guide's HTML with every root-relative and relative URL made absolute when the site's address is known, or put
 * under the path prefix otherwise; `pageUrl` is the guide's own URL, which `#fragment` links are relative to.
 */
export async function publicHtml(filters: TemplateFilters, site: SiteLocation, content: string, pageUrl: string): Promise<string> {
  const base = site.baseUrl ?? site.pathPrefix;
  return base === "/" ? content : filters.transformWithHtmlBase(content, base, pageUrl);
}
