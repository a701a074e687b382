// sitemap.xml (https://www.sitemaps.org/protocol.html): every page of a built site with the day it last changed.
import { allGuides, type SiteModel } from "../content/model.ts";
import { escapeHtml } from "../lib/html.ts";
import { fileUrlPath } from "../lib/url-paths.ts";
import { absoluteUrl, type SiteLocation } from "./public-url.ts";

/** One page of the sitemap: its absolute URL and the day it last changed. */
export interface SitemapEntry {
  url: string;
  lastModified: string;
}

/**
 * The sitemap entries for the HTML files of a built site (paths relative to it, with "/"), sorted by URL.
 * A guide page changed when its guide did; every other page (indexes, comparisons) when any guide did.
 * The 404 page is left out. Needs the site's public address: the protocol wants absolute URLs.
 */
export function sitemapEntries(htmlFiles: readonly string[], model: SiteModel, site: Required<SiteLocation>): SitemapEntry[] {
  const guideDates = new Map(allGuides(model).map((guide) => [guide.url, guide.lastModified]));
  return htmlFiles
    .filter((file) => file.endsWith(".html") && file !== "404.html")
    .map(fileUrlPath)
    .sort()
    .map((sitePath) => ({ url: absoluteUrl(site, sitePath) ?? sitePath, lastModified: guideDates.get(sitePath) ?? model.lastModified }));
}

/** Writes sitemap entries as sitemap XML. */
export function renderSitemap(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => `  <url>\n    <loc>${escapeHtml(entry.url)}</loc>\n    <lastmod>${entry.lastModified}</lastmod>\n  </url>\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("")}</urlset>\n`;
}
