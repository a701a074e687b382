// feed.xml: an Atom feed (RFC 4287) of the most recently published or updated guides, written only when the build
// knows the site's public address, since Atom ids and links must be absolute. Its dates come from the guides, never
// from the clock, so the same content gives the same feed.
import { escapeHtml } from "../src/lib/html.ts";
import { timestamp } from "../src/lib/dates.ts";
import { feedTitle } from "../src/deploy/feed.ts";
import { guideTypeLabel } from "../src/views/guide-type.ts";
import { absoluteUrl } from "../src/deploy/public-url.ts";
import type { Guide } from "../src/content/model.ts";
import { reviewNote } from "./partials/review.ts";
import type { PageData } from "../src/site/page-data.ts";
import { publicHtml, type TemplateFilters } from "../src/exports/public-html.ts";

export const data = {
  permalink: (data: PageData) => (data.site.baseUrl ? "/feed.xml" : false),
  eleventyExcludeFromCollections: true,
};

function url(data: PageData, sitePath: string): string {
  return escapeHtml(absoluteUrl(data.site, sitePath) ?? sitePath);
}

async function entry(filters: TemplateFilters, data: PageData, guide: Guide): Promise<string> {
  // The check date and sources follow the text, so feed readers see how recently the facts were checked.
  const content = await publicHtml(filters, data.site, `${guide.body.toString()}${reviewNote(guide).toString()}`, guide.url);
  const type = guideTypeLabel(guide);
  return `  <entry>
    <id>${url(data, guide.url)}</id>
    <title>${escapeHtml(guide.title)}</title>
    <link rel="alternate" type="text/html" href="${url(data, guide.url)}"/>
    <published>${timestamp(guide.published)}</published>
    <updated>${timestamp(guide.lastModified)}</updated>
    <category term="${type.toLowerCase()}" label="${type}"/>
    <summary>${escapeHtml(guide.summary)}</summary>
    <content type="html">${escapeHtml(content)}</content>
  </entry>
`;
}

export default async function render(this: TemplateFilters, data: PageData): Promise<string> {
  const { site, guides } = data;
  const entries = await Promise.all(data.views.feedEntries.map((guide) => entry(this, data, guide)));
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(site.language)}">
  <id>${url(data, "/feed.xml")}</id>
  <title>${escapeHtml(feedTitle(site))}</title>
  <subtitle>${escapeHtml(site.description)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${url(data, "/feed.xml")}"/>
  <link rel="alternate" type="text/html" href="${url(data, "/")}"/>
  <updated>${timestamp(guides.lastModified)}</updated>
  <author>
    <name>${escapeHtml(site.name)} contributors</name>
  </author>
  <generator>${escapeHtml(site.name)}</generator>
${entries.join("")}</feed>
`;
}
