// Extra head elements: the Content-Security-Policy, and for discovery the canonical URL, share cards, the feed link
// and structured data. URLs that must be absolute (canonical, og:url, og:image) appear only when the build knows the
// site's public address (--base-url https://…).
import { html, trustedHtml, type HtmlValue, type SafeHtml } from "../../src/lib/html.ts";
import { contentSecurityPolicyFor, cspMetaValue } from "../../src/deploy/csp.ts";
import { absoluteUrl } from "../../src/deploy/public-url.ts";
import { guidePageData, homePageData, jsonForScript, termSetPageData, type JsonLd } from "../../src/deploy/structured-data.ts";
import { feedTitle } from "../../src/deploy/feed.ts";
import { shareImage } from "../../src/deploy/discovery-plugin.ts";
import type { PageData } from "../../src/site/page-data.ts";
import type { PageOptions } from "../base.ts";

/** The head elements that tell browsers, search engines, feed readers and share previews about a page. */
export function headMeta(data: PageData, options: PageOptions): HtmlValue {
  const { site } = data;
  const notFound = data.page.url === "/404.html";
  const canonical = notFound ? undefined : absoluteUrl(site, data.page.url);
  const image = site.shareCard ? absoluteUrl(site, shareImage.path) : undefined;
  const guide = options.guide;
  return html`<meta http-equiv="Content-Security-Policy" content="${cspMetaValue(contentSecurityPolicyFor(site))}">
${notFound ? html`<meta name="robots" content="noindex">\n` : ""}${canonical ? html`<link rel="canonical" href="${canonical}">\n` : ""}${site.baseUrl ? html`<link rel="alternate" type="application/atom+xml" title="${feedTitle(site)}" href="/feed.xml">\n` : ""}<meta property="og:site_name" content="${site.name}">
<meta property="og:type" content="${guide ? "article" : "website"}">
<meta property="og:title" content="${options.title}">
<meta property="og:description" content="${options.description}">
<meta property="og:locale" content="${site.language.replace("-", "_")}">
${canonical ? html`<meta property="og:url" content="${canonical}">\n` : ""}${guide ? html`<meta property="article:published_time" content="${guide.published}">
<meta property="article:modified_time" content="${guide.lastModified}">\n` : ""}${image ? html`<meta property="og:image" content="${image}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${shareImage.width}">
<meta property="og:image:height" content="${shareImage.height}">
<meta property="og:image:alt" content="${shareImage.alt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="${image}">
<meta name="twitter:image:alt" content="${shareImage.alt}">\n` : html`<meta name="twitter:card" content="summary">\n`}<meta name="twitter:title" content="${options.title}">
<meta name="twitter:description" content="${options.description}">
${structuredData(data, options)}`;
}

/** The page's JSON-LD block, for guide pages, the home page and the skills and technologies indexes. */
function structuredData(data: PageData, options: PageOptions): SafeHtml | "" {
  const site = data.site;
  let value: JsonLd | undefined;
  if (options.guide) value = guidePageData(site, options.guide);
  else if (data.page.url === "/") value = homePageData(site);
  else if (data.page.url === "/skills/") value = termSetPageData(site, "skill", data.guides);
  else if (data.page.url === "/technologies/") value = termSetPageData(site, "technology", data.guides);
  if (!value) return "";
  // A data block: never executed, so the CSP does not apply; jsonForScript keeps "</script>" in content inert.
  return html`<script type="application/ld+json">${trustedHtml(jsonForScript(value))}</script>\n`;
}
