// feed.xml: an Atom feed (RFC 4287) of the most recently published or updated guides, written only when the build
// knows the site's public address, since Atom ids and links must be absolute. Its dates come from the guides, never
// from the clock, so the same content gives the same feed.
import { escapeHtml } from "../src/lib/html.ts";
import { timestamp } from "../src/lib/dates.ts";
import { guideTypeLabel } from "../src/views/guide-type.ts";
import { feedEntries } from "../src/views/feed.ts";
import type { Edition } from "../src/i18n/editions.ts";
import { editionPage } from "../src/site/editions-data.ts";
import { localPath, messagesOf, perEdition } from "./partials/edition.ts";
import { absoluteUrl } from "../src/deploy/public-url.ts";
import type { Guide } from "../src/content/model.ts";
import { reviewNote } from "./partials/review.ts";
import type { PageData, PaginatedData } from "../src/site/page-data.ts";
import { publicHtml, type TemplateFilters } from "../src/exports/public-html.ts";

type Data = PaginatedData<"edition", Edition>;

// One feed per language, of the guides written in it: /feed.xml, /de/feed.xml.
export const data = {
  pagination: perEdition,
  permalink: (data: Data) => (data.site.baseUrl ? `${data.edition.language.prefix}feed.xml` : false),
  eleventyExcludeFromCollections: true,
};

function url(data: PageData, sitePath: string): string {
  return escapeHtml(absoluteUrl(data.site, sitePath) ?? sitePath);
}

async function entry(filters: TemplateFilters, data: PageData, guide: Guide): Promise<string> {
  // The check date and sources follow the text, so feed readers see how recently the facts were checked.
  const m = messagesOf(data);
  const content = await publicHtml(filters, data.site, `${guide.body.toString()}${reviewNote(guide, m).toString()}`, guide.url);
  const type = guideTypeLabel(guide, m);
  return `  <entry>
    <id>${url(data, guide.url)}</id>
    <title>${escapeHtml(guide.title)}</title>
    <link rel="alternate" type="text/html" href="${url(data, guide.url)}"/>
    <published>${timestamp(guide.published)}</published>
    <updated>${timestamp(guide.lastModified)}</updated>
    <category term="${guide.type}" label="${escapeHtml(type)}"/>
    <summary>${escapeHtml(guide.summary)}</summary>
    <content type="html">${escapeHtml(content)}</content>
  </entry>
`;
}

export default async function render(this: TemplateFilters, page: Data): Promise<string> {
  const data = editionPage(page, page.edition);
  const m = messagesOf(data);
  const { site, guides, edition } = data;
  const guidesInFeed = edition.language.isDefault ? data.views.feedEntries : feedEntries(edition.pages);
  const entries = await Promise.all(guidesInFeed.map((guide) => entry(this, data, guide)));
  const feed = localPath(data, "/feed.xml");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(edition.language.pageLanguage)}">
  <id>${url(data, feed)}</id>
  <title>${escapeHtml(m.t("feed.title", { site: site.name }))}</title>
  <subtitle>${escapeHtml(site.description)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${url(data, feed)}"/>
  <link rel="alternate" type="text/html" href="${url(data, localPath(data, "/"))}"/>
  <updated>${timestamp(guides.lastModified)}</updated>
  <author>
    <name>${escapeHtml(m.t("feed.contributors", { site: site.name }))}</name>
  </author>
  <generator>${escapeHtml(site.name)}</generator>
${entries.join("")}</feed>
`;
}
