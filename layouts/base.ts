// The page shell every template renders into: head, skip link, header with search, main, footer.
import { html, type HtmlValue, type SafeHtml } from "../src/lib/html.ts";
import type { PageData } from "../src/site/page-data.ts";
import type { Guide } from "../src/content/model.ts";
import { formatProblem } from "../src/content/problems.ts";
import { headMeta } from "./partials/head-meta.ts";
import { headerTools } from "./partials/header-tools.ts";
import { pageFooter } from "./partials/footer.ts";
import { languageSwitcher, localPath, pageMessages } from "./partials/edition.ts";

/** What a page tells the shell about itself. */
export interface PageOptions {
  title: string;
  description: string;
  /** Which top-level section the page belongs to, for the current-page marker in the navigation. */
  section?: "home" | "roles" | "skills" | "technologies" | "search" | "compare" | "me";
  /** The guide this page presents, when it presents one (for share cards, structured data, edit links and dates). */
  guide?: Guide;
  /** Extra browser scripts (asset names, like "search.js") this page loads and runs at once. */
  scripts?: string[];
  /**
   * Scripts (asset names) loaded only when a section nears the screen, each by the selector of its section, so that
   * nothing runs before the reader gets there (see src/browser/_later-scripts.ts).
   */
  scriptsWhenNear?: Record<string, string>;
  /** The stylesheet (asset name): site.css, or a smaller one made for the page type, like role.css. */
  stylesheet?: string;
  /** Extra scripts that must run before first paint, loaded as blocking classic scripts; theme-init.js always is. */
  blockingScripts?: string[];
  /** Extra elements for the head. */
  head?: HtmlValue;
  main: SafeHtml;
}

const sections = [
  { key: "roles", label: "nav.roles", url: "/roles/" },
  { key: "skills", label: "nav.skills", url: "/skills/" },
  { key: "technologies", label: "nav.technologies", url: "/technologies/" },
  { key: "compare", label: "nav.compare", url: "/compare/" },
] as const;

/** Renders a whole HTML document around a page's main content. */
export function renderPage(data: PageData, options: PageOptions): string {
  const { site, assets } = data;
  const { language } = data.edition;
  const m = language.messages;
  const fullTitle = options.title === site.name ? site.name : m.t("site.pageTitle", { title: options.title, site: site.name });
  const scripts = (options.scripts ?? []).filter((name) => assets[name]);
  const blockingScripts = ["theme-init.js", ...(options.blockingScripts ?? [])].filter((name) => assets[name]);
  const asset = (name: string) => assetUrl(data, name);
  // The head's script loads these later: site.js only on pages opened from disk, a section's script as it nears.
  const later = {
    near: Object.entries(options.scriptsWhenNear ?? {})
      .filter(([name]) => assets[name])
      .map(([name, selector]) => [selector, asset(name)]),
    onDisk: ["site.js"].filter((name) => assets[name]).map(asset),
  };
  return `<!doctype html>\n${String(html`<html lang="${language.pageLanguage}"${language.dir === "rtl" ? html` dir="rtl"` : ""}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${options.description}">
${blockingScripts.map(
  (name) => html`<script src="${asset(name)}"></script>
`,
)}<link rel="stylesheet" href="${asset(options.stylesheet ?? "site.css")}">
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<link rel="manifest" href="/manifest.webmanifest">
${scripts.map((name) => html`<script defer src="${asset(name)}"></script>\n`)}${pageMessages(data)}${headMeta(data, options)}${options.head}
</head>
<body data-path-prefix="${site.pathPrefix}" data-later-scripts="${JSON.stringify(later)}"${site.mode === "build" ? html` data-offline="on"` : ""}>
<a class="skip-link" href="#main">${m.t("site.skipLink")}</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-name${site.logo ? " site-name--logo" : ""}" href="${language.prefix}"${options.section === "home" ? html` aria-current="page"` : ""}>${site.logo ? html`<img class="site-logo" src="${site.logo.url}" alt="" width="${site.logo.width}" height="${site.logo.height}"> ` : ""}${site.name}</a>
    <nav class="site-nav" aria-label="${m.t("site.mainNavigation")}">
      <ul>
        ${sections.map((section) => html`<li><a href="${localPath(data, section.url)}"${options.section === section.key ? html` aria-current="page"` : ""}>${m.t(section.label)}</a></li>`)}
      </ul>
    </nav>
    <form class="site-search" role="search" action="${localPath(data, "/search/")}" method="get">
      <label class="visually-hidden" for="site-search-input">${m.t("header.searchLabel")}</label>
      <input id="site-search-input" type="search" name="q" placeholder="${m.t("header.searchPlaceholder")}" autocomplete="off" aria-keyshortcuts="/">
      <button type="submit">${m.t("header.searchButton")}</button>
    </form>
    ${headerTools(data, options)}${languageSwitcher(data)}
  </div>
</header>
${problemBanner(data)}
<main id="main" tabindex="-1">
${options.main}
</main>
${pageFooter(data, options)}
</body>
</html>`)}\n`;
}

/**
 * The URL of a built asset as this page should reference it: relative to the page, so that styles and scripts load
 * under any sub-path and from a file opened on disk; root-relative on the 404 page, which hosts serve at any depth.
 */
export function assetUrl(data: PageData, name: string): string {
  const url = data.assets[name];
  if (!url) throw new Error(`No built asset named ${name}; is src/styles or src/browser missing it?`);
  const pageUrl = data.page.url;
  if (pageUrl === "/404.html" || !pageUrl.startsWith("/")) return url;
  const depth = pageUrl.split("/").length - 2;
  return `${depth > 0 ? "../".repeat(depth) : "./"}${url.slice(1)}`;
}

function problemBanner(data: PageData): SafeHtml | "" {
  if (data.contentProblems.length === 0) return "";
  return html`<div class="content-problems" role="alert">
  <h2>The content has ${data.contentProblems.length} problem(s); this page shows the last version that built</h2>
  <ul>${data.contentProblems.map((problem) => html`<li><code>${formatProblem(problem)}</code></li>`)}</ul>
</div>`;
}
