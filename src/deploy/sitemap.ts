// sitemap.xml (https://www.sitemaps.org/protocol.html): every page of a built site with the day it last changed.
import { allGuides, type SiteModel } from "../content/model.ts";
import { escapeHtml } from "../lib/html.ts";
import { fileUrlPath } from "../lib/url-paths.ts";
import { absoluteUrl, type SiteLocation } from "./public-url.ts";
import { editionsOf, pageKey, pageVersions } from "../i18n/editions.ts";

/** One page of the sitemap: its absolute URL, the day it last changed and, on a site in several languages, its versions. */
export interface SitemapEntry {
  url: string;
  lastModified: string;
  /** Every language version of the page (itself included) and the one for readers of any other language. */
  alternates?: Array<{ hreflang: string; url: string }>;
}

/**
 * The sitemap entries for the HTML files of a built site (paths relative to it, with "/"), sorted by URL.
 * A guide page changed when its guide did; every other page (indexes, comparisons) when any guide did.
 * The 404 page is left out. Needs the site's public address: the protocol wants absolute URLs.
 */
export function sitemapEntries(htmlFiles: readonly string[], model: SiteModel, site: Required<SiteLocation>): SitemapEntry[] {
  const editions = editionsOf(model);
  const guideDates = new Map(editions.flatMap((edition) => allGuides(edition.pages).map((guide) => [guide.url, guide.lastModified] as const)));
  const absolute = (sitePath: string) => absoluteUrl(site, sitePath) ?? sitePath;
  return htmlFiles
    .filter((file) => file.endsWith(".html") && file !== "404.html")
    .map(fileUrlPath)
    .sort()
    .map((sitePath) => {
      const entry: SitemapEntry = { url: absolute(sitePath), lastModified: guideDates.get(sitePath) ?? model.lastModified };
      const language = [...editions].reverse().find((edition) => sitePath.startsWith(edition.language.prefix))?.language ?? editions[0]!.language;
      const versions = pageVersions(editions, pageKey(language, sitePath));
      if (versions.length > 1) {
        entry.alternates = [
          ...versions.map((version) => ({ hreflang: version.language.pageLanguage, url: absolute(version.url) })),
          { hreflang: "x-default", url: absolute(versions[0]!.url) },
        ];
      }
      return entry;
    });
}

/** Writes sitemap entries as sitemap XML. */
export function renderSitemap(entries: readonly SitemapEntry[]): string {
  const alternates = (entry: SitemapEntry) =>
    (entry.alternates ?? [])
      .map((alternate) => `    <xhtml:link rel="alternate" hreflang="${escapeHtml(alternate.hreflang)}" href="${escapeHtml(alternate.url)}"/>\n`)
      .join("");
  const urls = entries.map(
    (entry) => `  <url>\n    <loc>${escapeHtml(entry.url)}</loc>\n    <lastmod>${entry.lastModified}</lastmod>\n${alternates(entry)}  </url>\n`,
  );
  // The xhtml namespace carries the language versions of a page (https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap).
  const xhtml = entries.some((entry) => entry.alternates) ? ` xmlns:xhtml="http://www.w3.org/1999/xhtml"` : "";
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>\n${urls.join("")}</urlset>\n`;
}
