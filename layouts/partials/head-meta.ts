// Extra head elements: the Content-Security-Policy, and for discovery the canonical URL, share cards, the feed link
// and structured data. URLs that must be absolute (canonical, og:url, og:image) appear only when the build knows the
// site's public address (--base-url https://…).
import { html, trustedHtml, type HtmlValue, type SafeHtml } from "../../src/lib/html.ts";
import { contentSecurityPolicyFor, cspMetaValue } from "../../src/deploy/csp.ts";
import { absoluteUrl } from "../../src/deploy/public-url.ts";
import { guidePageData, homePageData, jsonForScript, termSetPageData, type JsonLd } from "../../src/deploy/structured-data.ts";
import { shareImage } from "../../src/deploy/discovery-plugin.ts";
import type { PageData } from "../../src/site/page-data.ts";
import type { PageOptions } from "../base.ts";
import { localPath } from "./edition.ts";
import { pageKey, pageVersions } from "../../src/i18n/editions.ts";
import { openGraphLocale } from "../../src/i18n/language-tags.ts";

/**
 * The page's versions in other languages, as `<link rel="alternate" hreflang>` (the page's own among them, as search
 * engines ask) and `x-default`, the default language's version; nothing when the page has no other version.
 */
function alternates(data: PageData): SafeHtml | "" {
  const versions = pageVersions(data.editions, pageKey(data.edition.language, data.page.url));
  if (versions.length < 2) return "";
  const href = (sitePath: string) => absoluteUrl(data.site, sitePath) ?? sitePath;
  return html`${versions.map((version) => html`<link rel="alternate" hreflang="${version.language.pageLanguage}" href="${href(version.url)}">\n`)}<link rel="alternate" hreflang="x-default" href="${href(versions[0]!.url)}">\n${versions.filter((version) => version.language !== data.edition.language).map((version) => html`<meta property="og:locale:alternate" content="${openGraphLocale(version.language.pageLanguage)}">\n`)}`;
}

/** The head elements that tell browsers, search engines, feed readers and share previews about a page. */
export function headMeta(data: PageData, options: PageOptions): HtmlValue {
  const { site } = data;
  const { language } = data.edition;
  const m = language.messages;
  const notFound = data.page.url === "/404.html";
  const canonical = notFound ? undefined : absoluteUrl(site, data.page.url);
  const image = site.shareCard ? absoluteUrl(site, shareImage.path) : undefined;
  const imageAlt = m.t("site.shareImageAlt");
  const guide = options.guide;
  const feed = localPath(data, "/feed.xml");
  return html`<meta http-equiv="Content-Security-Policy" content="${cspMetaValue(contentSecurityPolicyFor(site))}">
${notFound ? html`<meta name="robots" content="noindex">\n` : ""}${canonical ? html`<link rel="canonical" href="${canonical}">\n` : ""}${notFound ? "" : alternates(data)}${site.baseUrl ? html`<link rel="alternate" type="application/atom+xml" title="${m.t("feed.title", { site: site.name })}" href="${feed}">\n` : ""}<meta property="og:site_name" content="${site.name}">
<meta property="og:type" content="${guide ? "article" : "website"}">
<meta property="og:title" content="${options.title}">
<meta property="og:description" content="${options.description}">
<meta property="og:locale" content="${openGraphLocale(language.pageLanguage)}">
${canonical ? html`<meta property="og:url" content="${canonical}">\n` : ""}${
    guide
      ? html`<meta property="article:published_time" content="${guide.published}">
<meta property="article:modified_time" content="${guide.lastModified}">\n`
      : ""
  }${
    image
      ? html`<meta property="og:image" content="${image}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${shareImage.width}">
<meta property="og:image:height" content="${shareImage.height}">
<meta property="og:image:alt" content="${imageAlt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="${image}">
<meta name="twitter:image:alt" content="${imageAlt}">\n`
      : html`<meta name="twitter:card" content="summary">\n`
  }<meta name="twitter:title" content="${options.title}">
<meta name="twitter:description" content="${options.description}">
${structuredData(data, options)}`;
}

/** The page's JSON-LD block, for guide pages, the home page and the skills and technologies indexes. */
function structuredData(data: PageData, options: PageOptions): SafeHtml | "" {
  const { language } = data.edition;
  const site = { ...data.site, language: language.pageLanguage, messages: language.messages, languagePrefix: language.prefix };
  const key = pageKey(language, data.page.url);
  let value: JsonLd | undefined;
  if (options.guide) value = guidePageData(site, options.guide);
  else if (key === "/") value = homePageData(site);
  else if (key === "/skills/") value = termSetPageData(site, "skill", data.guides);
  else if (key === "/technologies/") value = termSetPageData(site, "technology", data.guides);
  if (!value) return "";
  // A data block: never executed, so the CSP does not apply; jsonForScript keeps "</script>" in content inert.
  return html`<script type="application/ld+json">${trustedHtml(jsonForScript(value))}</script>\n`;
}
